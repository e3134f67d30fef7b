import DentalModel

/// One rule of a clinic's protocol file.
public struct ProtocolRule: Sendable, Hashable, Codable {
    /// The id findings carry ("endo-rubber-dam").
    public var id: String
    /// How serious a violation is.
    public var severity: Severity
    /// What it checks.
    public var kind: RuleKind
    /// The message per locale, with placeholders `{tooth}`, `{visit}`, `{variant}`, `{code}`,
    /// `{service}`, `{percent}`, `{max}`, `{weeks}`, `{programme}`.
    public var messages: [CaseLocale: String]

    /// Creates a rule.
    public init(id: String, severity: Severity, kind: RuleKind, messages: [CaseLocale: String] = [:]) {
        self.id = id
        self.severity = severity
        self.kind = kind
        self.messages = messages
    }
}
