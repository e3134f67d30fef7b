/// How many preview sessions the service keeps, and for how long.
public struct SessionLimits: Sendable, Hashable {
    /// Sessions open at once (a new one beyond it is refused with 429 until one ends); 64 by default.
    public var maximumSessions: Int
    /// Bytes the sessions' cases and files may hold together (429 beyond it); 512 MB by default.
    public var maximumBytes: Int
    /// A session nobody put a case into or looked at for this long ends; 2 hours (an appointment) by default.
    public var idleExpiry: Duration
    /// How often an open event stream gets a comment line, so proxies and the service see it is alive.
    public var keepAlive: Duration

    /// Creates limits; every argument has the documented default.
    public init(maximumSessions: Int = 64, maximumBytes: Int = 512_000_000, idleExpiry: Duration = .seconds(7200),
                keepAlive: Duration = .seconds(15)) {
        self.maximumSessions = maximumSessions
        self.maximumBytes = maximumBytes
        self.idleExpiry = idleExpiry
        self.keepAlive = keepAlive
    }
}
