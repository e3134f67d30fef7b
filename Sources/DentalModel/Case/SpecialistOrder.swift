/// How several specialists share a visit.
public enum SpecialistOrder: String, Sendable, Hashable, Codable, CaseIterable {
    /// They work together.
    case together
    /// One after another, in the order listed.
    case sequential
}
