/// The unit of a waiting interval between visits.
public enum IntervalUnit: String, Sendable, Hashable, Codable, CaseIterable {
    /// Days.
    case days
    /// Weeks (7 days).
    case weeks
    /// Months (counted as 30 days for ordering rules).
    case months

    /// Days in one unit, for comparisons.
    public var days: Int {
        switch self {
        case .days: return 1
        case .weeks: return 7
        case .months: return 30
        }
    }
}
