import Foundation

/// An exact amount of money in one currency, held as a whole number of minor units (kopeks, cents, öre).
///
/// ## Rounding policy (the only one in PlanPress; see docs/money.md)
/// - Prices are parsed from their written decimal text straight into minor units; a price with
///   more decimals than the currency's minor unit is rejected, never rounded.
/// - Quantities are whole numbers, so `unit price × quantity` is exact and never rounded.
/// - Visit subtotals and variant totals are exact integer sums of the item amounts, so printed
///   items always add up to printed subtotals and subtotals to the total.
/// - The only division is a percentage share (insurer coverage). It is computed per item and
///   rounded **half-to-even** (banker's rounding) to the minor unit; the patient's share is the
///   item amount minus the insurer's, so the two shares always add up to the amount exactly.
///   Half-even is chosen because it has no upward bias when many lines are summed.
/// - Display (`formatted(_:)`) never changes the value; it only hides ",00" where the locale does.
public struct Money: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The amount in minor units (12 500,50 ₽ is 1 250 050).
    public let minorUnits: Int64
    /// The currency.
    public let currency: Currency

    /// An amount of `minorUnits` minor units.
    public init(minorUnits: Int64, currency: Currency) {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    /// Zero in `currency`.
    public static func zero(_ currency: Currency) -> Money { Money(minorUnits: 0, currency: currency) }

    /// Parses a decimal string ("12500", "42.24") exactly, or `nil` when it is not a number or has
    /// more decimals than the currency's minor unit.
    public init?(_ text: String, currency: Currency) {
        guard let number = DecimalText(text), let minor = number.scaled(to: currency.minorUnitDigits),
              minor != 0 || !text.trimmingCharacters(in: .whitespaces).hasPrefix("-") else {
            return nil  // "-0" is a typing error, not an amount
        }
        self.init(minorUnits: minor, currency: currency)
    }

    /// The amount as an exact `Decimal`.
    public var decimal: Decimal {
        Decimal(sign: minorUnits < 0 ? .minus : .plus, exponent: -currency.minorUnitDigits,
                significand: Decimal(minorUnits.magnitude))
    }

    /// The amount as a plain decimal string with all minor digits: "12500.00", "-3.50".
    public var decimalString: String {
        let digits = currency.minorUnitDigits
        let magnitude = minorUnits.magnitude
        var divisor: UInt64 = 1
        for _ in 0..<digits { divisor *= 10 }
        let whole = magnitude / divisor, part = magnitude % divisor
        let sign = minorUnits < 0 ? "-" : ""
        guard digits > 0 else { return "\(sign)\(whole)" }
        let partText = String(part)
        return "\(sign)\(whole).\(String(repeating: "0", count: digits - partText.count))\(partText)"
    }

    /// "12500.00 RUB".
    public var description: String { "\(decimalString) \(currency.code)" }

    /// True for zero.
    public var isZero: Bool { minorUnits == 0 }

    /// `self × quantity`, or `nil` on overflow.
    public func multiplied(by quantity: Int) -> Money? {
        let (value, overflow) = minorUnits.multipliedReportingOverflow(by: Int64(quantity))
        return overflow ? nil : Money(minorUnits: value, currency: currency)
    }

    /// `self + other`, or `nil` on overflow or when the currencies differ.
    public func adding(_ other: Money) -> Money? {
        guard other.currency == currency else { return nil }
        let (value, overflow) = minorUnits.addingReportingOverflow(other.minorUnits)
        return overflow ? nil : Money(minorUnits: value, currency: currency)
    }

    /// `self − other`, or `nil` on overflow or when the currencies differ.
    public func subtracting(_ other: Money) -> Money? {
        guard other.currency == currency else { return nil }
        let (value, overflow) = minorUnits.subtractingReportingOverflow(other.minorUnits)
        return overflow ? nil : Money(minorUnits: value, currency: currency)
    }

    /// The exact sum of `amounts`, or `nil` on overflow or mixed currencies.
    public static func sum(_ amounts: some Sequence<Money>, currency: Currency) -> Money? {
        var total = zero(currency)
        for amount in amounts {
            guard let next = total.adding(amount) else { return nil }
            total = next
        }
        return total
    }

    /// `percent` of this amount, rounded half-to-even to the minor unit, or `nil` on overflow.
    public func share(_ percent: Percentage) -> Money? {
        let (product, overflow) = minorUnits.multipliedReportingOverflow(by: percent.hundredths)
        guard !overflow else { return nil }
        return Money(minorUnits: Self.divideHalfEven(product, by: 10_000), currency: currency)
    }

    /// `numerator / denominator` (denominator > 0) rounded half-to-even.
    static func divideHalfEven(_ numerator: Int64, by denominator: Int64) -> Int64 {
        var quotient = numerator / denominator
        let remainder = numerator % denominator
        let twice = remainder.magnitude * 2, whole = denominator.magnitude
        if twice > whole || (twice == whole && quotient % 2 != 0) {
            quotient += numerator < 0 ? -1 : 1
        }
        return quotient
    }

    private enum CodingKeys: String, CodingKey { case amount, currency }

    /// Decodes `{"amount": "12500.00", "currency": "RUB"}`; the amount must be a string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let currency = try container.decode(Currency.self, forKey: .currency)
        let text = try container.decode(String.self, forKey: .amount)
        guard let money = Money(text, currency: currency) else {
            throw DecodingError.dataCorruptedError(forKey: .amount, in: container,
                                                   debugDescription: "not an amount in \(currency.code): \(text)")
        }
        self = money
    }

    /// Encodes `{"amount": "12500.00", "currency": "RUB"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(decimalString, forKey: .amount)
        try container.encode(currency, forKey: .currency)
    }
}
