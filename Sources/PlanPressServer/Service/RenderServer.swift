import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// The render service: a Hummingbird application over a `WorkerPool`.
///
/// `run()` listens until SIGTERM or SIGINT, then stops accepting, lets renders in flight finish and
/// ends the worker threads.
public struct RenderServer: Sendable {
    /// The counters behind `GET /metrics`.
    private let metrics = ServiceMetrics()
    /// The render workers.
    private let pool: WorkerPool
    /// The preview sessions: `planpress watch --serve` puts its case into one.
    public let sessions: SessionStore
    /// The files clients uploaded, by content.
    private let files: FileCache
    /// The request bodies held at once.
    private let bodyMemory: BodyMemory
    private let configuration: ServerConfiguration
    private let logger: Logger

    /// Creates the server; each worker calls `makeBackend` once, on its own thread.
    public init(configuration: ServerConfiguration, logger: Logger, makeBackend: @escaping WorkerPool.BackendFactory) {
        self.configuration = configuration
        self.logger = logger
        pool = WorkerPool(limits: configuration.limits, logger: logger, makeBackend: makeBackend)
        files = FileCache(budgetBytes: configuration.limits.fileCacheBytes)
        bodyMemory = BodyMemory(limit: configuration.limits.bodyMemoryBytes)
        sessions = SessionStore(limits: configuration.sessions)
    }

    /// The service's endpoints.
    private var serviceRoutes: ServiceRoutes {
        ServiceRoutes(limits: configuration.limits, pool: pool, metrics: metrics,
                      sessions: SessionRoutes(limits: configuration.limits, pool: pool, store: sessions, files: files),
                      preview: PreviewRoutes(token: configuration.bearerToken), files: files,
                      bodyMemory: bodyMemory)
    }

    /// Every route the service answers, as `(method, path)`: the OpenAPI document must describe each.
    public var routes: [(method: String, path: String)] {
        serviceRoutes.add(to: Router(), token: configuration.bearerToken)
    }

    /// The application, for `run()` or a test harness; `onServerRunning` learns the bound port.
    public func application(
        onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        let router = Router()
        serviceRoutes.add(to: router, token: configuration.bearerToken)
        let limits = configuration.limits
        return Application(
            router: router,
            server: .http1(configuration: .init(
                additionalChannelHandlers: [
                    ContinueHandler(maximumBodyBytes: limits.maximumBodyBytes),
                    RequestTimeoutHandler(headerTimeout: TimeAmount(limits.headerTimeout),
                                          readTimeout: TimeAmount(limits.readTimeout)),
                ],
                idleTimeout: TimeAmount(limits.idleTimeout)
            )),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port),
                                 serverName: "planpress"),
            services: [PoolService(pool: pool),
                       SessionService(store: sessions, keepAlive: configuration.sessions.keepAlive)],
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? 0) },
            logger: logger
        )
    }

    /// Serves until SIGTERM or SIGINT, then shuts down gracefully.
    public func run(onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        try await application(onServerRunning: onServerRunning).runService()
    }
}

/// Starts the pool with the application and, on graceful shutdown (after the HTTP server has finished
/// the requests in flight), ends its threads.
private struct PoolService: Service {
    let pool: WorkerPool

    func run() async throws {
        pool.start()
        try? await gracefulShutdown()
        await pool.shutdown()
    }
}

extension TimeAmount {
    /// The same span as a NIO time amount.
    init(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        self = .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}
