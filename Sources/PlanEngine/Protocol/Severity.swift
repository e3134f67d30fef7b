/// How serious a protocol finding is. Only errors make `planpress validate` exit 1.
public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Informational (e.g. an item marked own expense).
    case info
    /// Worth a look, does not block.
    case warning
    /// Violates the clinic's protocol.
    case error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
