import Foundation
import Graphics
import Hummingbird

/// The service's endpoints, each a thin step from HTTP to the render pool and back.
struct ServiceRoutes: Sendable {
    let limits: ServiceLimits
    let pool: WorkerPool
    let metrics: ServiceMetrics
    /// The preview sessions' endpoints.
    let sessions: SessionRoutes
    /// The preview page's endpoints.
    let preview: PreviewRoutes

    /// One endpoint: its method, its path and what answers it.
    struct Endpoint: Sendable {
        let method: HTTPRequest.Method
        let path: String
        let handler: @Sendable (Request) async throws -> Response
    }

    /// Every endpoint the service answers; a new one is one more entry here (and in docs/openapi.json).
    var endpoints: [Endpoint] {
        [
            Endpoint(method: .post, path: "/v1/render") { request in try await render(request) },
            Endpoint(method: .post, path: "/v1/validate") { request in
                try await report(request) { backend, workspace in
                    try backend.validate(caseFile: workspace.caseFile, caseDirectory: workspace.directory)
                }
            },
            Endpoint(method: .post, path: "/v1/quote") { request in
                try await report(request) { backend, workspace in
                    try backend.quote(caseFile: workspace.caseFile, caseDirectory: workspace.directory)
                }
            },
            Endpoint(method: .post, path: "/v1/suggest") { request in
                let replacing = try SuggestQuery.replacing(request)
                return try await report(request) { backend, workspace in
                    try backend.suggest(caseFile: workspace.caseFile, caseDirectory: workspace.directory, replacing: replacing)
                }
            },
            Endpoint(method: .post, path: "/v1/outcome") { request in
                try await report(request) { backend, workspace in
                    try backend.outcome(caseFile: workspace.caseFile, caseDirectory: workspace.directory)
                }
            },
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
        router.add(middleware: MethodCheckMiddleware(endpoints: endpoints.map { ($0.method, $0.path) }))
        for endpoint in endpoints {
            let handler = endpoint.handler
            router.on(RouterPath(endpoint.path), method: endpoint.method) { request, _ in try await handler(request) }
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
        let maximumPixels = limits.maximumImagePixels
        // The pool answers 503 at the render timeout; the render itself stops then too, freeing its worker.
        query.deadline = Deadline(after: limits.renderTimeout)
        let parameters = query
        let document = try await pool.run { backend in
            try ImageBudget.check(upload.files, maximumPixels: maximumPixels)
            return try CaseWorkspace.with(upload) { workspace in
                try backend.render(caseFile: workspace.caseFile, caseDirectory: workspace.directory,
                                   parameters: parameters)
            }
        }
        var headers: HTTPFields = [.contentType: document.contentType, .pageCount: String(document.pageCount)]
        if !document.findings.isEmpty {
            headers[.protocolFindings] = document.findings.map(\.headerValue).joined(separator: ", ")
        }
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: document.bytes)))
    }

    private func report(
        _ request: Request,
        _ work: @escaping @Sendable (any RenderBackend, CaseWorkspace) throws -> PlanReport
    ) async throws -> Response {
        let upload = try await upload(request)
        let maximumPixels = limits.maximumImagePixels
        let report = try await pool.run { backend in
            try ImageBudget.check(upload.files, maximumPixels: maximumPixels)
            return try CaseWorkspace.with(upload) { workspace in try work(backend, workspace) }
        }
        return Response(status: report.isAcceptable ? .ok : .unprocessableContent,
                        headers: [.contentType: "application/json"],
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: report.json)))
    }

    private func upload(_ request: Request) async throws -> CaseUpload {
        let body = try await RequestBody.collect(request, limit: limits.maximumBodyBytes)
        return try CaseUpload(body: body, contentType: request.headers[.contentType])
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
