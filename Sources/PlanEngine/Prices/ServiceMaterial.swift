/// The material class of a structure, used by the metal quota rule.
public enum ServiceMaterial: String, Sendable, Hashable, Codable, CaseIterable {
    /// Contains a metal framework or metal post.
    case metal
    /// Ceramic, zirconia, composite or fibre.
    case metalFree = "metal-free"
}
