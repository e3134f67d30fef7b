/// How much of the money a template shows.
public enum PriceMode: String, Hashable, Sendable, CaseIterable {
    /// Every line with its price, visit subtotals and the total.
    case itemised
    /// Visit subtotals and the total only; line prices and codes are hidden.
    case totals
}
