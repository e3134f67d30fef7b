import DentalModel

/// The prices of one visit.
public struct VisitQuote: Sendable, Hashable, Codable {
    /// Position in the variant, from 1.
    public let number: Int
    /// The visit as written.
    public let title: String
    /// Chair time in minutes.
    public let durationMinutes: Int
    /// The wait before it.
    public let interval: VisitInterval?
    /// The specialists.
    public let specialists: [Specialist]
    /// Its items, in order.
    public let items: [ItemQuote]
    /// The exact sum of the item amounts.
    public let subtotal: Money
    /// The exact sum of the insurer shares.
    public let insurerShare: Money
    /// The exact sum of the patient shares.
    public let patientShare: Money
    /// The exact sum of what the programme's shares are taken of (zero without insurance).
    public let programmeAmount: Money
    /// The exact sum of the parts outside the programme, paid by the patient in full (zero without insurance).
    public let ownExpenseAmount: Money
}
