import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import PlanPressServer
import ServiceLifecycle
import TestTiming

/// Runs the real service on a loopback port chosen by the system and talks to it over TCP.
struct LiveServer {
    let port: Int
    let server: RenderServer
    /// Starts the graceful shutdown (as SIGTERM does).
    let shutdown: @Sendable () async -> Void

    /// Starts a server, runs `body`, then shuts the server down gracefully. A test that leaves the render
    /// timeout at its default (10 s) is not testing it: there it is a budget and stretches with `TestTime`.
    static func with<Value: Sendable>(
        limits: ServiceLimits = ServiceLimits(concurrentRenders: 2),
        token: BearerToken? = nil,
        sessions: SessionLimits = SessionLimits(),
        makeBackend: @escaping WorkerPool.BackendFactory = { ScriptedBackend() },
        logger: Logger? = nil,
        _ body: @Sendable (LiveServer) async throws -> Value
    ) async throws -> Value {
        var limits = limits
        if limits.renderTimeout == ServiceLimits().renderTimeout {
            limits.renderTimeout = TestTime.budget(limits.renderTimeout)
        }
        let configuration = ServerConfiguration(host: "127.0.0.1", port: 0, limits: limits, sessions: sessions,
                                                bearerToken: token)
        let logger = logger ?? {
            var quiet = Logger(label: "planpress.test")
            quiet.logLevel = .warning
            return quiet
        }()
        let server = RenderServer(configuration: configuration, logger: logger, makeBackend: makeBackend)
        let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
        let application = server.application(onServerRunning: { portContinuation.yield($0) })
        let group = ServiceGroup(configuration: .init(services: [application], logger: logger))
        return try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next() else { throw CancellationError() }
            let live = LiveServer(port: port, server: server, shutdown: { await group.triggerGracefulShutdown() })
            do {
                let value = try await body(live)
                await group.triggerGracefulShutdown()
                try await tasks.waitForAll()
                return value
            } catch {
                await group.triggerGracefulShutdown()
                throw error
            }
        }
    }

    /// Waits until `/healthz` answers 200 (the workers are warm), at most 20 s (a budget: `TestTime`).
    func waitUntilReady() async throws {
        let giveUp = ContinuousClock.now + TestTime.budget(.seconds(20))
        while ContinuousClock.now < giveUp {
            if try await send(.get, "/healthz").status == .ok { return }
            try await Task.sleep(for: .milliseconds(10))
        }
        throw CancellationError()
    }

    /// How long the HTTP client waits for a response before it gives up (`readTimeout`): a budget, 15 s
    /// (HummingbirdTesting's default) stretched by `TestTime`.
    static let clientConfiguration = TestClient.Configuration(timeout: TestTime.budget(.seconds(15)))

    /// Sends one request on a fresh connection.
    func send(_ method: HTTPRequest.Method, _ path: String, headers: HTTPFields = [:],
              body: [UInt8]? = nil) async throws -> TestClient.Response {
        let port = port
        return try await TestClient.withClient(host: "127.0.0.1", port: port, configuration: Self.clientConfiguration) { client in
            try await client.execute(TestClient.Request(path, method: method, authority: "127.0.0.1", headers: headers,
                                                        body: body.map { ByteBuffer(bytes: $0) }))
        }
    }

    /// Sends a JSON render/validate/quote request for `caseObject` with `files` (name → bytes).
    func post(_ path: String, case caseObject: [String: Any], files: [String: [UInt8]] = [:],
              headers: HTTPFields = [:]) async throws -> TestClient.Response {
        var headers = headers
        headers[.contentType] = "application/json"
        return try await send(.post, path, headers: headers, body: Self.envelope(case: caseObject, files: files))
    }

    /// A JSON request body.
    static func envelope(case caseObject: [String: Any], files: [String: [UInt8]] = [:]) throws -> [UInt8] {
        let encoded = files.mapValues { Data($0).base64EncodedString() }
        return Array(try JSONSerialization.data(withJSONObject: ["case": caseObject, "files": encoded]))
    }
}

extension TestClient.Response {
    /// The body as text.
    var text: String { body.map { String(buffer: $0) } ?? "" }

    /// The body as a JSON object.
    var json: [String: Any] {
        (body.flatMap { try? JSONSerialization.jsonObject(with: Data($0.readableBytesView)) } as? [String: Any]) ?? [:]
    }
}
