/// The clinical findings a tooth can have.
public enum FindingKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Caries on some surfaces.
    case caries
    /// A periapical lesion.
    case periapicalLesion = "periapical-lesion"
    /// A fracture of crown or root.
    case fracture
    /// Mobility, graded 0–3.
    case mobility
    /// Wear (attrition, abrasion, erosion).
    case wear
}
