import Foundation

/// A decimal number parsed exactly from its written text: `significand × 10^-scale`.
///
/// Accepts an optional sign, up to 15 integer digits and up to 3 decimals after a `.`
/// ("12500", "42.24", "-3.5"). Nothing passes through `Double`.
public struct DecimalText: Sendable, Hashable {
    /// The digits as an integer, with the sign.
    public let significand: Int64
    /// How many of the digits are decimals.
    public let scale: Int

    /// Parses `text`, or returns `nil` when it is not a plain decimal number.
    public init?(_ text: String) {
        var body = Substring(text.trimmingCharacters(in: .whitespaces))
        var negative = false
        if let sign = body.first, sign == "-" || sign == "+" {
            negative = sign == "-"
            body = body.dropFirst()
        }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return nil }
        let integer = parts[0], fraction = parts.count == 2 ? parts[1] : ""
        guard !integer.isEmpty, integer.count <= 15, fraction.count <= 3,
              parts.count == 1 || !fraction.isEmpty,
              (integer + fraction).allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        var value: Int64 = 0
        for digit in integer + fraction {
            value = value * 10 + Int64(digit.wholeNumberValue ?? 0)
        }
        significand = negative ? -value : value
        scale = fraction.count
    }

    /// The value scaled to exactly `digits` decimals, or `nil` when that would drop non-zero digits.
    public func scaled(to digits: Int) -> Int64? {
        if scale <= digits {
            var value = significand
            for _ in 0..<(digits - scale) {
                let (next, overflow) = value.multipliedReportingOverflow(by: 10)
                if overflow { return nil }
                value = next
            }
            return value
        }
        var divisor: Int64 = 1
        for _ in 0..<(scale - digits) { divisor *= 10 }
        return significand % divisor == 0 ? significand / divisor : nil
    }
}
