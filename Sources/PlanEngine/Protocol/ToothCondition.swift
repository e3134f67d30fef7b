/// A condition on the tooth an item treats, for `requires` rules.
public enum ToothCondition: String, Sendable, Hashable, Codable, CaseIterable {
    /// The formula shows a filled root canal, or the variant does endodontics on the tooth in this or an earlier visit.
    case endodonticallyTreated = "endodontically-treated"
}
