/// A clinic's protocol: the rules `planpress validate` checks, in file order.
public struct ProtocolRules: Sendable, Hashable, Codable {
    /// The rules.
    public var rules: [ProtocolRule]

    /// Creates a protocol.
    public init(rules: [ProtocolRule]) {
        self.rules = rules
    }
}
