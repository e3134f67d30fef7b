import DentalModel

/// The prices of one variant.
public struct VariantQuote: Sendable, Hashable, Codable {
    /// The variant's name.
    public let name: String
    /// The insurance programme, when insured.
    public let insurance: InsuranceProgramme?
    /// Its visits.
    public let visits: [VisitQuote]
    /// The exact sum of the visit subtotals.
    public let total: Money
    /// The exact sum of the insurer shares.
    public let insurerShare: Money
    /// The exact sum of the patient shares.
    public let patientShare: Money
    /// The exact sum of what the programme's shares are taken of (zero without insurance).
    public let programmeAmount: Money
    /// The exact sum of the parts outside the programme, paid by the patient in full (zero without insurance).
    public let ownExpenseAmount: Money
    /// Total chair time in minutes.
    public let durationMinutes: Int
    /// Total waiting time between visits in days (months count 30).
    public let intervalDays: Int
}
