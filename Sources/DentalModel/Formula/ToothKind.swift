/// The anatomical kind of a tooth, which decides how a chart draws it.
public enum ToothKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Positions 1–2.
    case incisor
    /// Position 3.
    case canine
    /// Positions 4–5 of the permanent dentition.
    case premolar
    /// Positions 6–8 of the permanent dentition, 4–5 of the primary dentition.
    case molar
}
