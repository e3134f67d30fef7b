/// A unit price that replaces the price list's, with the mandatory reason.
public struct PriceOverride: Sendable, Hashable, Codable {
    /// The unit price to use.
    public var unitPrice: Money
    /// Why, shown verbatim ("loyalty discount", "скидка по акции").
    public var reason: String

    /// Creates an override.
    public init(unitPrice: Money, reason: String) {
        self.unitPrice = unitPrice
        self.reason = reason
    }
}
