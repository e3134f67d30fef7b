import Foundation

/// The preview sessions: for each id, the current case, its version (1 for the first case put, then one
/// more per put) and the browsers watching it.
///
/// Bounded by `SessionLimits`: a session idle for `idleExpiry` ends (its watchers' streams end with it),
/// and a put that would open one session too many, or hold too many bytes, is refused with 429.
public actor SessionStore {
    /// What a watcher is told.
    enum Event: Sendable, Equatable {
        /// The session has this version now; `variants` names its variants.
        case version(Int, variants: [String])
        /// Nothing changed; a line to keep the connection alive.
        case keepAlive
    }

    private struct Session {
        var source: SessionSource
        var version: Int
        var variants: [String]
        var lastUsed: ContinuousClock.Instant
        var watchers: [Int: AsyncStream<Event>.Continuation] = [:]
        /// `planpress watch --serve`'s session, which lives as long as the command.
        var pinned: Bool
    }

    private let limits: SessionLimits
    private let clock = ContinuousClock()
    private var sessions: [String: Session] = [:]
    private var nextWatcher = 0

    /// An empty store.
    public init(limits: SessionLimits) {
        self.limits = limits
    }

    /// Puts a case into session `id`, opening it when new, and tells its watchers; returns the new version.
    @discardableResult
    func put(_ id: String, source: SessionSource, pinned: Bool = false) throws(Problem) -> Int {
        let now = clock.now
        expireIdle(now: now)
        let old = sessions[id]
        if old == nil, sessions.count >= limits.maximumSessions {
            throw Problem(.overloaded, "\(sessions.count) preview sessions are open; the limit is \(limits.maximumSessions)",
                          retryAfterSeconds: 60)
        }
        let bytes = sessions.values.reduce(0) { $0 + $1.source.byteCount } - (old?.source.byteCount ?? 0) + source.byteCount
        if bytes > limits.maximumBytes {
            throw Problem(.overloaded, "the preview sessions would hold \(bytes) bytes; the limit is \(limits.maximumBytes)",
                          retryAfterSeconds: 60)
        }
        var session = old ?? Session(source: source, version: 0, variants: [], lastUsed: now, pinned: pinned)
        session.source = source
        session.version += 1
        session.variants = source.variantNames()
        session.lastUsed = now
        sessions[id] = session
        let event = Event.version(session.version, variants: session.variants)
        for watcher in session.watchers.values { watcher.yield(event) }
        return session.version
    }

    /// Puts the case file `caseFile` on disk (its files only from `root`, shown in `template`) into session
    /// `id`, which then lives as long as the store: `planpress watch --serve` calls this at each save.
    @discardableResult
    public func showFile(_ caseFile: URL, root: URL, template: String?, as id: String) throws -> Int {
        try put(id, source: .disk(caseFile: caseFile, root: root, template: template), pinned: true)
    }

    /// Session `id`'s case and version; a use that keeps it open.
    func current(_ id: String) throws(Problem) -> (source: SessionSource, version: Int) {
        guard var session = sessions[id] else { throw Self.missing(id) }
        session.lastUsed = clock.now
        sessions[id] = session
        return (session.source, session.version)
    }

    /// A stream of session `id`'s versions, the current one first, with keep-alives; it ends with the session,
    /// or when its continuation is finished.
    func watch(_ id: String) throws(Problem) -> (AsyncStream<Event>, AsyncStream<Event>.Continuation) {
        guard var session = sessions[id] else { throw Self.missing(id) }
        let (stream, continuation) = AsyncStream.makeStream(of: Event.self, bufferingPolicy: .bufferingNewest(8))
        let watcher = nextWatcher
        nextWatcher += 1
        continuation.yield(.version(session.version, variants: session.variants))
        continuation.onTermination = { _ in Task { await self.forget(watcher, of: id) } }
        session.watchers[watcher] = continuation
        session.lastUsed = clock.now
        sessions[id] = session
        return (stream, continuation)
    }

    /// Ends session `id` and its watchers' streams; `false` when there was none.
    func remove(_ id: String) -> Bool {
        guard let session = sessions.removeValue(forKey: id) else { return false }
        for watcher in session.watchers.values { watcher.finish() }
        return true
    }

    /// Ends idle sessions and sends every watcher a keep-alive; `SessionService` calls it every `keepAlive`.
    func tick() {
        expireIdle(now: clock.now)
        for session in sessions.values {
            for watcher in session.watchers.values { watcher.yield(.keepAlive) }
        }
    }

    /// Sessions open now.
    var count: Int { sessions.count }

    private func forget(_ watcher: Int, of id: String) {
        sessions[id]?.watchers[watcher] = nil
    }

    private func expireIdle(now: ContinuousClock.Instant) {
        for (id, session) in sessions where !session.pinned && now - session.lastUsed >= limits.idleExpiry {
            _ = remove(id)
        }
    }

    private static func missing(_ id: String) -> Problem {
        Problem(.notFound, "no preview session \"\(id)\" (it ended, or no case was put into it)")
    }
}
