/// One restoration on a tooth: its kind, the surfaces it covers (fillings, inlays, onlays) and its material.
public struct Restoration: Sendable, Hashable, Codable {
    /// What it is.
    public var kind: RestorationKind
    /// Covered surfaces in reading order; empty for kinds that do not use surfaces.
    public var surfaces: [Surface]
    /// The material as written in the case ("composite", "zirconia", "metal-ceramic"…), if given.
    public var material: String?

    /// Creates a restoration.
    public init(kind: RestorationKind, surfaces: [Surface] = [], material: String? = nil) {
        self.kind = kind
        self.surfaces = surfaces
        self.material = material
    }
}
