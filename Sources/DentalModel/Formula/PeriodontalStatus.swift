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

    /// The probing depth from which a pocket is pathological: charted, named in the findings, and not
    /// cured by hygiene alone.
    public static let pocketThreshold = 4

    /// True when a pathological pocket (`pocketThreshold` or deeper) is recorded.
    public var hasPocket: Bool { (pocketDepthMM ?? 0) >= Self.pocketThreshold }

    /// This status with every value it does not record taken from `fallback` (a tooth's own values over
    /// its sextant's).
    public func over(_ fallback: PeriodontalStatus?) -> PeriodontalStatus {
        PeriodontalStatus(plaque: plaque ?? fallback?.plaque, calculus: calculus ?? fallback?.calculus,
                          inflammation: inflammation ?? fallback?.inflammation,
                          bleeding: bleeding ?? fallback?.bleeding, pocketDepthMM: pocketDepthMM ?? fallback?.pocketDepthMM)
    }

    /// True when nothing is recorded.
    public var isEmpty: Bool { plaque == nil && calculus == nil && inflammation == nil && bleeding == nil && pocketDepthMM == nil }
}
