/// What two items must share for one to satisfy or order the other.
public enum RuleScope: String, Sendable, Hashable, Codable, CaseIterable {
    /// The same tooth.
    case tooth
    /// The same jaw.
    case jaw
    /// Anywhere in the mouth.
    case mouth
}
