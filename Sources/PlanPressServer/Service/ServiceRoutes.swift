import Booklet
import DentalModel
import Foundation
import Graphics
import Hummingbird
import PlanPress

/// The service's endpoints, each a thin step from HTTP to the render pool and back.
struct ServiceRoutes: Sendable {
    let limits: ServiceLimits
    let pool: WorkerPool
    let metrics: ServiceMetrics
    /// The preview sessions' endpoints.
    let sessions: SessionRoutes
    /// The preview page's endpoints.
    let preview: PreviewRoutes
    /// The uploaded files, by SHA-256.
    let files: FileCache
    /// The request bodies held in memory at once.
    let bodyMemory: BodyMemory

    /// One endpoint: its method, its path and what answers it.
    struct Endpoint: Sendable {
        let method: HTTPRequest.Method
        let path: String
        let handler: @Sendable (Request) async throws -> Response
    }

    /// Every endpoint the service answers; a new one is one more entry here (and in docs/openapi.json).
    /// A path segment in braces (`{sha256}`) is a parameter, as OpenAPI writes it.
    var endpoints: [Endpoint] {
        [
            Endpoint(method: .post, path: "/v1/render") { request in try await render(request) },
            Endpoint(method: .post, path: "/v1/validate") { request in
                try await report(request) { backend, input in try backend.validate(input) }
            },
            Endpoint(method: .post, path: "/v1/quote") { request in
                try await report(request) { backend, input in try backend.quote(input) }
            },
            Endpoint(method: .post, path: "/v1/suggest") { request in
                let replacing = try SuggestQuery.replacing(request)
                return try await report(request) { backend, input in try backend.suggest(input, replacing: replacing) }
            },
            Endpoint(method: .post, path: "/v1/outcome") { request in
                try await report(request) { backend, input in try backend.outcome(input) }
            },
            Endpoint(method: .put, path: "/v1/files/{sha256}") { request in try await putFile(request) },
            Endpoint(method: .head, path: "/v1/files/{sha256}") { request in try hasFile(request) },
            Endpoint(method: .get, path: "/v1/templates") { _ in try await templates() },
            Endpoint(method: .get, path: "/healthz") { _ in try health() },
            Endpoint(method: .get, path: "/metrics") { _ in prometheus() },
            Endpoint(method: .get, path: "/openapi.json") { _ in
                Response(status: .ok, headers: [.contentType: "application/json"],
                         body: ResponseBody(byteBuffer: ByteBuffer(bytes: PackageResources.openapi_json)))
            },
        ] + sessions.endpoints + preview.endpoints
    }

    /// Adds every endpoint to `router`, `/v1/*` behind `token` when there is one, and returns each
    /// route as `(method, path)`. Any other method on an endpoint's path is answered 405 with `Allow`.
    @discardableResult
    func add(to router: Router<BasicRequestContext>, token: BearerToken?) -> [(method: String, path: String)] {
        let endpoints = endpoints
        router.add(middleware: ObservingMiddleware(metrics: metrics))
        if let token { router.add(middleware: BearerAuthMiddleware(token: token, protectedPrefix: "/v1/")) }
        router.add(middleware: BodyMemoryMiddleware(memory: bodyMemory))
        router.add(middleware: MethodCheckMiddleware(endpoints: endpoints.map { ($0.method, $0.path) }))
        for endpoint in endpoints {
            let handler = endpoint.handler
            let path = endpoint.path.replacingOccurrences(of: #"\{([a-z0-9]+)\}"#, with: ":$1", options: .regularExpression)
            router.on(RouterPath(path), method: endpoint.method) { request, _ in try await handler(request) }
        }
        return endpoints.map { ($0.method.rawValue, $0.path) }
    }

    private func templates() async throws -> Response {
        let templates = try await pool.run { backend in try backend.templates() }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let body = try encoder.encode(["templates": templates])
        return Response(status: .ok, headers: [.contentType: "application/json"],
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }

    // Swift 6.3.1's optimiser crashes (signal 11) splitting this coroutine in a release build; unoptimised, it
    // costs nothing that matters next to the render it waits for.
    @_optimize(none)
    private func render(_ request: Request) async throws -> Response {
        var query = try RenderQuery.parameters(of: request, maximumPages: limits.maximumPages)
        let upload = try await upload(request)
        let input = try upload.input(from: files)
        let maximumPixels = limits.maximumImagePixels
        // The pool answers 503 at the render timeout; the render itself stops then too, freeing its worker.
        query.deadline = Deadline(after: limits.renderTimeout)
        let parameters = query
        let document = try await pool.run { backend in
            try ImageBudget.check(upload.files, maximumPixels: maximumPixels)
            return try backend.render(input, parameters: parameters)
        }
        var headers: HTTPFields = [.contentType: document.contentType, .pageCount: String(document.pageCount)]
        if !document.findings.isEmpty {
            headers[.protocolFindings] = document.findings.map(\.headerValue).joined(separator: ", ")
        }
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: document.bytes)))
    }

    private func report(
        _ request: Request,
        _ work: @escaping @Sendable (any RenderBackend, CaseInput) throws -> PlanReport
    ) async throws -> Response {
        let upload = try await upload(request)
        let input = try upload.input(from: files)
        let maximumPixels = limits.maximumImagePixels
        let report = try await pool.run { backend in
            try ImageBudget.check(upload.files, maximumPixels: maximumPixels)
            return try work(backend, input)
        }
        return Response(status: report.isAcceptable ? .ok : .unprocessableContent,
                        headers: [.contentType: "application/json"],
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: report.json)))
    }

    private func upload(_ request: Request) async throws -> CaseUpload {
        let body = try await RequestBody.collect(request, limit: limits.maximumBodyBytes)
        return try CaseUpload(body: body, contentType: request.headers[.contentType])
    }

    /// `PUT /v1/files/{sha256}`: keeps the body by content, after checking it against its digest and the
    /// limits an upload inside a case meets. 201 when stored, 204 when it was already held.
    private func putFile(_ request: Request) async throws -> Response {
        let digest = try Self.fileDigest(request)
        let bytes = try await RequestBody.collect(request, limit: limits.maximumBodyBytes)
        guard BookletFingerprint.digest(bytes) == digest.hex else {
            throw Problem(.digestMismatch, "the body's SHA-256 is \(BookletFingerprint.digest(bytes)), not \(digest.hex)",
                          field: "sha256")
        }
        guard bytes.count <= files.budgetBytes else {
            throw Problem(.bodyTooLarge, "the file is over the \(files.budgetBytes)-byte file cache")
        }
        try ImageBudget.check([digest.reference: bytes], maximumPixels: limits.maximumImagePixels)
        let held = files.contains(digest)
        files.store(bytes, digest: digest)
        return Response(status: held ? .noContent : .created, headers: [.location: "/v1/files/\(digest.hex)"])
    }

    /// `HEAD /v1/files/{sha256}`: 204 when the file is held here, 404 when it must be uploaded.
    private func hasFile(_ request: Request) throws -> Response {
        Response(status: files.contains(try Self.fileDigest(request)) ? .noContent : .notFound)
    }

    /// The digest a `/v1/files/{sha256}` address names: 64 hex digits, else 400.
    private static func fileDigest(_ request: Request) throws(Problem) -> FileDigest {
        let segment = request.uri.path.split(separator: "/").last.map(String.init) ?? ""
        guard let digest = FileDigest(hex: segment) else {
            throw Problem(.badRequest, "the address must end in the file's SHA-256, 64 hex digits", field: "sha256")
        }
        return digest
    }

    private func health() throws -> Response {
        let status = pool.status
        guard status.isReady else {
            throw Problem(.notReady, status.startupFailure.map { "a render worker failed to start: \($0)" }
                          ?? "\(status.readyWorkers) of \(status.workers) render workers are warm",
                          retryAfterSeconds: 1)
        }
        let body = #"{"status":"ready","workers":\#(status.workers)}"#
        return Response(status: .ok, headers: [.contentType: "application/json"],
                        body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }

    private func prometheus() -> Response {
        let text = metrics.prometheusText(pool: pool.status, residentBytes: ResidentMemory.bytes())
        return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                        body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
