/// How `planpress serve` listens and what it serves.
public struct ServerConfiguration: Sendable {
    /// The address to bind; loopback by default.
    public var host: String
    /// The TCP port; 0 lets the system pick one (tests do).
    public var port: Int
    /// What a request may cost.
    public var limits: ServiceLimits
    /// How many preview sessions are kept, and how long.
    public var sessions: SessionLimits
    /// The bearer token every `/v1/*` request must present, or `nil` for an open service.
    public var bearerToken: BearerToken?

    /// Creates a configuration.
    public init(host: String = "127.0.0.1", port: Int = 8080,
                limits: ServiceLimits = ServiceLimits(), sessions: SessionLimits = SessionLimits(),
                bearerToken: BearerToken? = nil) {
        self.host = host
        self.port = port
        self.limits = limits
        self.sessions = sessions
        self.bearerToken = bearerToken
    }
}
