import DentalModel

/// The price of one item.
public struct ItemQuote: Sendable, Hashable, Codable {
    /// The item as written (problem, solution, justification untouched).
    public let item: PlanItem
    /// The service name in the case locale.
    public let serviceName: String
    /// The teeth it applies to.
    public let teeth: [ToothNumber]
    /// Units charged.
    public let quantity: Int
    /// What a unit is.
    public let unit: ServiceUnit
    /// The unit price used: the override when there is one, else the list price.
    public let unitPrice: Money
    /// The list price of one unit.
    public let listUnitPrice: Money
    /// `unitPrice × quantity`, zero when declined.
    public let amount: Money
    /// What the insurer pays (zero when not insured or not covered).
    public let insurerShare: Money
    /// What the patient pays: `amount − insurerShare`.
    public let patientShare: Money
    /// True in an insured variant when the programme does not cover the code.
    public let ownExpense: Bool

    /// The code.
    public var code: String { item.code }
    /// True when the patient declined the item (it is not charged).
    public var isDeclined: Bool { item.isDeclined }
}
