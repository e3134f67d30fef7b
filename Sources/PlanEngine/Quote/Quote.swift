import DentalModel

/// The priced plan: per variant, per visit, per item, with insurer and patient shares.
///
/// All amounts are exact (see `Money` for the rounding policy): item amounts add up to visit
/// subtotals and subtotals to variant totals, to the minor unit.
public struct Quote: Sendable, Hashable, Codable {
    /// The currency of every amount.
    public let currency: Currency
    /// One quote per variant, in case order.
    public let variants: [VariantQuote]
}
