import Foundation
import Graphics
import Hummingbird

/// The service's endpoints, each a thin step from HTTP to the render pool and back.
struct ServiceRoutes: Sendable {
    let limits: ServiceLimits
    let pool: WorkerPool
    let metrics: ServiceMetrics

    /// Adds every endpoint to `router`, `/v1/*` behind `token` when there is one, and returns each
    /// route as `(method, path)`. Any other method on a route's path is answered 405 with `Allow`.
    @discardableResult
    func add(to router: Router<BasicRequestContext>, token: BearerToken?) -> [(method: String, path: String)] {
        router.add(middleware: ObservingMiddleware(metrics: metrics))
        if let token { router.add(middleware: BearerAuthMiddleware(token: token, protectedPrefix: "/v1/")) }
        var routes: [(method: String, path: String)] = []
        func on(_ method: HTTPRequest.Method, _ path: String,
                _ handler: @escaping @Sendable (Request) async throws -> Response) {
            router.on(RouterPath(path), method: method) { request, _ in try await handler(request) }
            routes.append((method.rawValue, path))
        }
        on(.post, "/v1/render") { request in try await render(request) }
        on(.post, "/v1/validate") { request in
            try await report(request) { backend, workspace in
                try backend.validate(caseFile: workspace.caseFile, caseDirectory: workspace.directory)
            }
        }
        on(.post, "/v1/quote") { request in
            try await report(request) { backend, workspace in
                try backend.quote(caseFile: workspace.caseFile, caseDirectory: workspace.directory)
            }
        }
        on(.get, "/v1/templates") { _ in try await templates() }
        on(.get, "/healthz") { _ in try health() }
        on(.get, "/metrics") { _ in prometheus() }
        on(.get, "/openapi.json") { _ in
            Response(status: .ok, headers: [.contentType: "application/json"],
                     body: ResponseBody(byteBuffer: ByteBuffer(bytes: PackageResources.openapi_json)))
        }
        refuseOtherMethods(on: router, routes: routes)
        return routes
    }

    /// Answers every method a path does not take with 405 and the `Allow` header listing those it does.
    private func refuseOtherMethods(on router: Router<BasicRequestContext>, routes: [(method: String, path: String)]) {
        let methods: [HTTPRequest.Method] = [.get, .head, .post, .put, .delete, .patch, .options, .trace, .connect]
        for path in Set(routes.map(\.path)) {
            let allowed = routes.filter { $0.path == path }.map(\.method).sorted()
            for method in methods where !allowed.contains(method.rawValue) {
                router.on(RouterPath(path), method: method) { _, _ -> Response in
                    throw Problem(.methodNotAllowed, "\(path) takes \(allowed.joined(separator: " and "))",
                                  allowedMethods: allowed)
                }
            }
        }
    }

    private func templates() async throws -> Response {
        let templates = try await pool.run { backend in try backend.templates() }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let body = try encoder.encode(["templates": templates])
        return Response(status: .ok, headers: [.contentType: "application/json"],
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }

    private func render(_ request: Request) async throws -> Response {
        var parameters = try RenderQuery.parameters(of: request, maximumPages: limits.maximumPages)
        let upload = try await upload(request)
        let maximumPixels = limits.maximumImagePixels
        // The pool answers 503 at the render timeout; the render itself stops then too, freeing its worker.
        parameters.deadline = Deadline(after: limits.renderTimeout)
        let document = try await pool.run { [parameters] backend in
            try ImageBudget.check(upload.files, maximumPixels: maximumPixels)
            return try CaseWorkspace.with(upload) { workspace in
                try backend.render(caseFile: workspace.caseFile, caseDirectory: workspace.directory,
                                   parameters: parameters)
            }
        }
        return Response(status: .ok,
                        headers: [.contentType: document.contentType, .pageCount: String(document.pageCount)],
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: document.bytes)))
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
