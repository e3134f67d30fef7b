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
    /// What the insurer pays: `programmeAmount × (100 % − co-payment)`, rounded half-to-even (zero when
    /// not insured or not covered).
    public let insurerShare: Money
    /// What the patient pays: `amount − insurerShare` (their co-payment plus `ownExpenseAmount`).
    public let patientShare: Money
    /// True in an insured variant when the programme does not cover the code.
    public let ownExpense: Bool
    /// In an insured variant, the units the programme pays for: the quantity, less the units beyond
    /// the programme's limits; zero when not covered or declined.
    public let coveredUnits: Int
    /// The programme's tariff for one unit (its own, else the list price); `nil` when not covered.
    public let tariff: Money?
    /// What the programme's share is taken of: `min(unit price, tariff) × coveredUnits`.
    public let programmeAmount: Money
    /// In an insured variant, the part of the amount outside the programme — a code it does not cover,
    /// units beyond its limits, a unit price above its tariff — which the patient pays in full:
    /// `amount − programmeAmount`. Zero in a variant without insurance.
    public let ownExpenseAmount: Money

    /// The code.
    public var code: String { item.code }
    /// True when the patient declined the item (it is not charged).
    public var isDeclined: Bool { item.isDeclined }
    /// Units of a covered code the programme does not pay because of its limits.
    public var unitsBeyondLimit: Int { tariff == nil || isDeclined ? 0 : quantity - coveredUnits }
    /// True when the unit price is above the programme's tariff, so the difference is the patient's.
    public var isAboveTariff: Bool {
        guard let tariff, coveredUnits > 0 else { return false }
        return unitPrice.minorUnits > tariff.minorUnits
    }
}
