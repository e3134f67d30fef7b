import ArgumentParser
import Foundation
import Logging
import PlanPress
import PlanPressServer

/// `planpress serve`: the render service over HTTP (see docs/openapi.json).
///
/// Listens until SIGTERM or SIGINT, then stops accepting, finishes the renders in flight and exits.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve renders, validation and quotes over HTTP.",
        discussion: """
            Endpoints: POST /v1/render, /v1/validate, /v1/quote; GET /v1/templates, /healthz, /metrics, \
            /openapi.json; preview sessions under /v1/sessions/{id} and their page at /preview/{id}. Errors are application/problem+json. Logs go to stdout, one line per request, \
            with its id and never patient data.
            """
    )

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The TCP port to listen on.")
    var port = 8080

    @Option(help: "The folder holding Fonts/ and Templates/ (default: $PLANPRESS_HOME, else found from the executable).")
    var resources: String?

    @Option(help: "The folder templates are read from, and the only one (default: Templates/ beside Fonts/).")
    var templates: String?

    @Option(name: .customLong("token-file"), help: "A file holding the bearer token every /v1/* request must send.")
    var tokenFile: String?

    @Option(name: .customLong("max-body-bytes"), help: "Largest request body, in bytes (413 beyond).")
    var maximumBodyBytes = 50_000_000

    @Option(name: .customLong("max-image-pixels"), help: "Largest image, in pixels (413 beyond).")
    var maximumImagePixels = 50_000_000

    @Option(name: .customLong("max-pages"), help: "Most pages a document may have (413 beyond).")
    var maximumPages = 200

    @Option(name: .customLong("render-timeout"), help: "Seconds a client waits for a render (503 beyond).")
    var renderTimeout = 10.0

    @Option(name: .customLong("header-timeout"), help: "Seconds a new connection has to send a complete request head (closed beyond).")
    var headerTimeout = 10.0

    @Option(name: .customLong("read-timeout"), help: "Seconds a request body has to arrive after its head (closed beyond).")
    var readTimeout = 60.0

    @Option(name: .customLong("idle-timeout"), help: "Seconds a kept-alive connection may sit idle between requests.")
    var idleTimeout = 60.0

    @Option(help: "Renders running at once, one thread each (default: the number of cores).")
    var workers = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Renders that may wait for a worker (429 with Retry-After beyond).")
    var queue = 32

    @Option(name: .customLong("max-sessions"), help: "Preview sessions open at once (429 beyond).")
    var maximumSessions = 64

    @Option(name: .customLong("session-bytes"), help: "Bytes the preview sessions' cases and files may hold together (429 beyond).")
    var sessionBytes = 512_000_000

    @Option(name: .customLong("session-idle"), help: "Seconds a preview session lives without a put or a screen request.")
    var sessionIdle = 7200.0

    @Option(name: .customLong("file-cache-mb"), help: "Memory for uploaded files (PUT /v1/files/{sha256}), in MiB; least recently used out first.")
    var fileCacheMB = 256

    @Option(name: .customLong("body-memory-mb"), help: "Memory for request bodies being read or answered, all requests together, in MiB (429 beyond); at least --max-body-bytes.")
    var bodyMemoryMB = 256

    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical.")
    var logLevel = "info"

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0–65535") }
        guard workers >= 1, queue >= 0 else { throw ValidationError("--workers must be ≥ 1 and --queue ≥ 0") }
        guard maximumBodyBytes > 0, maximumImagePixels > 0, maximumPages > 0, renderTimeout > 0,
              headerTimeout > 0, readTimeout > 0, idleTimeout > 0, maximumSessions > 0, sessionBytes > 0, sessionIdle > 0,
              (1...1 << 20).contains(fileCacheMB) else {
            throw ValidationError("limits must be positive")
        }
        guard (1...1 << 20).contains(bodyMemoryMB), bodyMemoryMB << 20 >= maximumBodyBytes else {
            throw ValidationError("--body-memory-mb must hold one body of --max-body-bytes (\(maximumBodyBytes) bytes)")
        }
        guard Logger.Level(rawValue: logLevel) != nil else { throw ValidationError("unknown --log-level \(logLevel)") }
    }

    func run() async throws {
        MallocTuning.applyForRenderService()
        let logger = {
            var logger = Logger(label: "planpress")
            logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
            return logger
        }()
        let located: ResourceLocator
        let token: BearerToken?
        do {
            located = try Self.resources(explicit: resources, templates: templates)
            token = try tokenFile.map { (path) throws -> BearerToken in
                guard FileManager.default.isReadableFile(atPath: path) else {
                    throw ValidationError("--token-file \(path): no such file or not readable")
                }
                return try BearerToken(contentsOf: URL(fileURLWithPath: path))
            }
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(2)
        }
        let limits = ServiceLimits(maximumBodyBytes: maximumBodyBytes, maximumImagePixels: maximumImagePixels,
                                   maximumPages: maximumPages, renderTimeout: Self.duration(renderTimeout),
                                   concurrentRenders: workers, queuedRenders: queue,
                                   headerTimeout: Self.duration(headerTimeout), readTimeout: Self.duration(readTimeout),
                                   idleTimeout: Self.duration(idleTimeout), fileCacheBytes: fileCacheMB << 20,
                                   bodyMemoryBytes: bodyMemoryMB << 20)
        let sessions = SessionLimits(maximumSessions: maximumSessions, maximumBytes: sessionBytes,
                                     idleExpiry: Self.duration(sessionIdle))
        let configuration = ServerConfiguration(host: host, port: port, limits: limits, sessions: sessions, bearerToken: token)
        let server = RenderServer(configuration: configuration, logger: logger) { try Renderer(resources: located) }
        try await server.run { port in
            logger.notice("listening", metadata: ["host": "\(host)", "port": "\(port)", "workers": "\(limits.concurrentRenders)",
                                                  "resources": "\(located.root.path)", "templates": "\(located.templates.path)"])
        }
    }

    /// `seconds` as a duration, to the millisecond.
    private static func duration(_ seconds: Double) -> Duration {
        .milliseconds(Int((seconds * 1000).rounded()))
    }

    /// The fonts and templates to use: the located resources, with `templates` when given.
    private static func resources(explicit: String?, templates: String?) throws -> ResourceLocator {
        let located = try ResourceLocator.locate(explicit: explicit)
        guard let templates else { return located }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: templates, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ConfigurationError("--templates \(templates) is not a folder")
        }
        return located.withTemplates(URL(fileURLWithPath: templates))
    }
}
