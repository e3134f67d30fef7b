import DentalModel

/// One protocol finding: which rule, how serious, where (variant, visit, tooth), and a message in the case locale.
public struct ProtocolFinding: Sendable, Hashable, Codable {
    /// Severity.
    public let severity: Severity
    /// The rule's id.
    public let ruleID: String
    /// Variant index, from 0.
    public let variant: Int
    /// Visit number in the variant, from 1, when the finding is about a visit.
    public let visit: Int?
    /// The tooth, when the finding is about a tooth.
    public let tooth: ToothNumber?
    /// The message in the case locale.
    public let message: String
    /// The item `--fix` would add, priced, for a missing required item.
    public let fix: ProposedFix?
}

/// An item the protocol engine can add for a missing requirement.
public struct ProposedFix: Sendable, Hashable, Codable {
    /// Variant index, from 0.
    public let variant: Int
    /// The visit index (from 0) to add it to; `-1` means "a new first visit".
    public let visit: Int
    /// The item index to insert it before (same visit), or `nil` to append.
    public let beforeItem: Int?
    /// The item to add.
    public let item: PlanItem
    /// Its price: list price × default quantity.
    public let amount: Money
}
