/// Upper (maxilla) or lower (mandible) jaw.
public enum Jaw: String, Sendable, Hashable, Codable, CaseIterable {
    /// The maxilla: FDI quadrants 1, 2, 5, 6.
    case upper
    /// The mandible: FDI quadrants 3, 4, 7, 8.
    case lower
}
