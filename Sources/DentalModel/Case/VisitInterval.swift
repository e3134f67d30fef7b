/// The wait before a visit, counted from the previous visit ("3 months of healing").
public struct VisitInterval: Sendable, Hashable, Codable {
    /// How many units.
    public var count: Int
    /// Days, weeks or months.
    public var unit: IntervalUnit
    /// Why the wait, shown verbatim ("healing", "заживление"), if given.
    public var reason: String?

    /// Creates an interval.
    public init(count: Int, unit: IntervalUnit, reason: String? = nil) {
        self.count = count
        self.unit = unit
        self.reason = reason
    }

    /// The interval in days (a month counts 30).
    public var days: Int { count * unit.days }

    /// Parses "3 months", "2 weeks", "10 days", "1 month" (singular allowed; at most 9999).
    public static func parse(_ text: String) -> (count: Int, unit: IntervalUnit)? {
        let words = text.split(separator: " ").map(String.init)
        guard words.count == 2, words[0].count <= 4, let count = Int(words[0]), count >= 0 else { return nil }
        let unitWord = words[1].lowercased().hasSuffix("s") ? words[1].lowercased() : words[1].lowercased() + "s"
        guard let unit = IntervalUnit(rawValue: unitWord) else { return nil }
        return (count, unit)
    }
}
