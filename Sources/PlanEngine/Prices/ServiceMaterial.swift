import DentalModel

/// The material class of a structure, used by the metal quota rule: whether it contains metal.
public enum ServiceMaterial: String, Sendable, Hashable, Codable, CaseIterable {
    /// Contains a metal framework or metal post (metal, metal-ceramic, gold, amalgam).
    case metal
    /// Ceramic, zirconia, composite or fibre.
    case metalFree = "metal-free"

    /// The class of `material`.
    public init(_ material: RestorationMaterial) {
        self = material.containsMetal ? .metal : .metalFree
    }
}
