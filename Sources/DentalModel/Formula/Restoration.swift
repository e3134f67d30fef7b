/// One restoration on a tooth: its kind, the surfaces it covers (fillings, inlays, onlays) and its material.
public struct Restoration: Sendable, Hashable, Codable {
    /// What it is.
    public var kind: RestorationKind
    /// Covered surfaces in reading order; empty for kinds that do not use surfaces.
    public var surfaces: [Surface]
    /// What it is made of, if known.
    public var material: RestorationMaterial?

    /// Creates a restoration.
    public init(kind: RestorationKind, surfaces: [Surface] = [], material: RestorationMaterial? = nil) {
        self.kind = kind
        self.surfaces = surfaces
        self.material = material
    }
}
