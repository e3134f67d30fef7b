import Foundation

/// What one request may cost the service. Each limit is configurable from `planpress serve` and each
/// refusal is answered with `application/problem+json`.
public struct ServiceLimits: Sendable, Hashable {
    /// Largest request body in bytes (413 beyond it); 50 MB by default.
    public var maximumBodyBytes: Int
    /// Largest image, in pixels (width × height), read from its header (413 beyond it); 50 MP by default.
    public var maximumImagePixels: Int
    /// Most pages one document may have (413 beyond it); 200 by default.
    public var maximumPages: Int
    /// Longest a client waits for a render (503 beyond it); 10 s by default.
    public var renderTimeout: Duration
    /// Renders that run at once: one worker thread each; the number of cores by default.
    public var concurrentRenders: Int
    /// Renders that may wait for a worker (429 with `Retry-After` beyond it); 32 by default.
    public var queuedRenders: Int
    /// Longest a new connection may take to send a complete request head (closed beyond it); 10 s by default.
    public var headerTimeout: Duration
    /// Longest a request body may take to arrive after its head (closed beyond it); 60 s by default, enough for
    /// the largest body at 1 MB/s.
    public var readTimeout: Duration
    /// Longest a kept-alive connection may sit idle between requests (closed beyond it); 60 s by default.
    public var idleTimeout: Duration
    /// Memory for uploaded files and what is decoded from them (`PUT /v1/files/{sha256}`), least recently
    /// used out first; 256 MiB by default.
    public var fileCacheBytes: Int
    /// Bytes of request bodies held in memory at once, counted as they arrive and given back when each request
    /// is answered (429 with `Retry-After` beyond it); 256 MiB by default. At least `maximumBodyBytes`.
    public var bodyMemoryBytes: Int

    /// Creates limits; every argument has the documented default.
    public init(
        maximumBodyBytes: Int = 50_000_000,
        maximumImagePixels: Int = 50_000_000,
        maximumPages: Int = 200,
        renderTimeout: Duration = .seconds(10),
        concurrentRenders: Int = ProcessInfo.processInfo.activeProcessorCount,
        queuedRenders: Int = 32,
        headerTimeout: Duration = .seconds(10),
        readTimeout: Duration = .seconds(60),
        idleTimeout: Duration = .seconds(60),
        fileCacheBytes: Int = 256 << 20,
        bodyMemoryBytes: Int = 256 << 20
    ) {
        self.maximumBodyBytes = maximumBodyBytes
        self.maximumImagePixels = maximumImagePixels
        self.maximumPages = maximumPages
        self.renderTimeout = renderTimeout
        self.concurrentRenders = concurrentRenders
        self.queuedRenders = queuedRenders
        self.headerTimeout = headerTimeout
        self.readTimeout = readTimeout
        self.idleTimeout = idleTimeout
        self.fileCacheBytes = fileCacheBytes
        self.bodyMemoryBytes = bodyMemoryBytes
    }
}
