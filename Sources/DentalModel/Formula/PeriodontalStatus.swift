/// Periodontal indicators for one tooth or one sextant. `nil` means "not recorded".
public struct PeriodontalStatus: Sendable, Hashable, Codable {
    /// Plaque present.
    public var plaque: Bool?
    /// Calculus (tartar) present.
    public var calculus: Bool?
    /// Gingival inflammation present.
    public var inflammation: Bool?
    /// Bleeding on probing.
    public var bleeding: Bool?
    /// Deepest probing pocket depth in millimetres.
    public var pocketDepthMM: Int?

    /// Creates a status; everything defaults to "not recorded".
    public init(plaque: Bool? = nil, calculus: Bool? = nil, inflammation: Bool? = nil, bleeding: Bool? = nil,
                pocketDepthMM: Int? = nil) {
        self.plaque = plaque
        self.calculus = calculus
        self.inflammation = inflammation
        self.bleeding = bleeding
        self.pocketDepthMM = pocketDepthMM
    }

    /// True when nothing is recorded.
    public var isEmpty: Bool { plaque == nil && calculus == nil && inflammation == nil && bleeding == nil && pocketDepthMM == nil }
}
