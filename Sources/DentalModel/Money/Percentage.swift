import Foundation

/// A percentage between 0 and 100 kept exactly in hundredths of a percent (12.5 % is 1250).
public struct Percentage: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Hundredths of a percent, 0…10 000.
    public let hundredths: Int64

    /// The percentage written as `text` ("20", "12.5", "20 %"), or `nil` when it is not 0–100 with at most 2 decimals.
    public init?(_ text: String) {
        let body = text.replacingOccurrences(of: "%", with: "").trimmingCharacters(in: .whitespaces)
        guard let number = DecimalText(body), let value = number.scaled(to: 2), (0...10_000).contains(value) else {
            return nil
        }
        hundredths = value
    }

    /// The percentage of `hundredths` / 100.
    public init?(hundredths: Int64) {
        guard (0...10_000).contains(hundredths) else { return nil }
        self.hundredths = hundredths
    }

    /// `part` as a percentage of `whole` (0 < part ≤ whole), rounded half-to-even to 0.01 %.
    public init?(part: Int64, of whole: Int64) {
        guard whole > 0, (0...whole).contains(part) else { return nil }
        let (scaled, overflow) = part.multipliedReportingOverflow(by: 10_000)
        guard !overflow else { return nil }
        self.init(hundredths: Money.divideHalfEven(scaled, by: whole))
    }

    /// Zero percent.
    public static let zero = Percentage(uncheckedHundredths: 0)

    private init(uncheckedHundredths: Int64) {
        hundredths = uncheckedHundredths
    }

    /// 100 % minus this percentage.
    public var complement: Percentage {
        Percentage(hundredths: 10_000 - hundredths) ?? self
    }

    /// "12.5".
    public var description: String {
        let whole = hundredths / 100, part = hundredths % 100
        if part == 0 { return String(whole) }
        return part % 10 == 0 ? "\(whole).\(part / 10)" : "\(whole).\(part < 10 ? "0" : "")\(part)"
    }

    public static func < (lhs: Percentage, rhs: Percentage) -> Bool { lhs.hundredths < rhs.hundredths }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Percentage(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "not a percentage: \(text)"))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
