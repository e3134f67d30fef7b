import Foundation
import Graphics
import Hummingbird
import PlanPress
import ServiceLifecycle

/// The preview sessions' endpoints: a clinic system puts cases into a session; browsers showing
/// `/preview/{id}` draw its screens and hear of each new version through Server-Sent Events.
struct SessionRoutes: Sendable {
    let limits: ServiceLimits
    let pool: WorkerPool
    let store: SessionStore
    /// The uploaded files a session's case may name by content.
    let files: FileCache

    /// The endpoints, for `ServiceRoutes`; paths name the session id (and the screen) in braces.
    var endpoints: [ServiceRoutes.Endpoint] {
        [
            .init(method: .put, path: "/v1/sessions/{id}/case") { request in try await put(request) },
            .init(method: .get, path: "/v1/sessions/{id}") { request in try await describe(request) },
            .init(method: .delete, path: "/v1/sessions/{id}") { request in try await delete(request) },
            .init(method: .get, path: "/v1/sessions/{id}/screens/{n}.png") { request in try await screen(request) },
            .init(method: .get, path: "/v1/sessions/{id}/events") { request in try await events(request) },
        ]
    }

    private func put(_ request: Request) async throws -> Response {
        let id = try Self.sessionID(request)
        let body = try await RequestBody.collect(request, limit: limits.maximumBodyBytes)
        let upload = try Self.upload(body, contentType: request.headers[.contentType])
        // A case the service cannot read is refused now (422), not at each screen; the session keeps its last one.
        let maximumPixels = limits.maximumImagePixels
        let input = try upload.input(from: files)
        _ = try await pool.run { backend in
            try ImageBudget.check(upload.files, maximumPixels: maximumPixels)
            return try backend.quote(input)
        }
        let version = try await store.put(id, source: .upload(upload))
        return Self.json(["id": id, "version": version])
    }

    private func describe(_ request: Request) async throws -> Response {
        let id = try Self.sessionID(request)
        let (source, version) = try await store.current(id)
        return Self.json(["id": id, "version": version, "variants": source.variantNames()])
    }

    private func delete(_ request: Request) async throws -> Response {
        let id = try Self.sessionID(request)
        guard await store.remove(id) else { throw Problem(.notFound, "no preview session \"\(id)\"") }
        return Response(status: .noContent)
    }

    // Unoptimised for the same Swift 6.3.1 optimiser crash as the render route's (see ServiceRoutes).
    @_optimize(none)
    private func screen(_ request: Request) async throws -> Response {
        let id = try Self.sessionID(request)
        let segment = request.uri.path.split(separator: "/").last ?? ""
        guard segment.hasSuffix(".png"), let page = Int(segment.dropLast(4)), page >= 1 else {
            throw Problem(.badRequest, "a screen is addressed as {n}.png, n from 1", field: "n")
        }
        var screenRequest = try ScreenQuery.request(page: page, of: request)
        let (source, version) = try await store.current(id)
        screenRequest.template = source.template
        screenRequest.deadline = Deadline(after: limits.renderTimeout)
        let asked = screenRequest, maximumPixels = limits.maximumImagePixels, files = files
        let screen = try await pool.run { backend in
            switch source {
            case let .upload(upload):
                try ImageBudget.check(upload.files, maximumPixels: maximumPixels)
                return try backend.screen(upload.input(from: files), request: asked)
            case let .disk(caseFile, root, _):
                return try backend.screen(CaseInput.file(atPath: caseFile.path, root: root), request: asked)
            }
        }
        var headers: HTTPFields = [.contentType: "image/png", .cacheControl: "no-store",
                                   .pageCount: String(screen.pageCount), .sessionVersion: String(version)]
        headers[.screenBefore] = screen.beforePage.map(String.init)
        headers[.screenAfter] = screen.afterPage.map(String.init)
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: screen.png)))
    }

    /// A `text/event-stream` of `version` events (the current version first) and keep-alive comments,
    /// until the session ends, the client goes or the service shuts down.
    private func events(_ request: Request) async throws -> Response {
        let id = try Self.sessionID(request)
        let (stream, continuation) = try await store.watch(id)
        let body = ResponseBody { writer in
            try await writer.write(ByteBuffer(string: "retry: 1000\n\n"))
            // A graceful shutdown ends the stream, so the server's wait for responses in flight ends too.
            try await withGracefulShutdownHandler {
                for await event in stream {
                    try await writer.write(ByteBuffer(string: Self.text(event)))
                }
            } onGracefulShutdown: {
                continuation.finish()
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-store"], body: body)
    }

    /// An event as its lines on the stream.
    static func text(_ event: SessionStore.Event) -> String {
        switch event {
        case .keepAlive:
            return ": keep-alive\n\n"
        case let .version(version, variants):
            let data = (try? JSONSerialization.data(withJSONObject: ["version": version, "variants": variants] as [String: Any],
                                                    options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
            return "id: \(version)\nevent: version\ndata: \(String(decoding: data, as: UTF8.self))\n\n"
        }
    }

    /// A case as `PUT /v1/sessions/{id}/case` takes it: a YAML case document, or what `POST /v1/render` takes.
    private static func upload(_ body: [UInt8], contentType: String?) throws(Problem) -> CaseUpload {
        let mediaType = contentType?.split(separator: ";").first.map { $0.trimmingSpaces().lowercased() }
        guard let mediaType, ["application/yaml", "application/x-yaml", "text/yaml"].contains(mediaType) else {
            return try CaseUpload(body: body, contentType: contentType)
        }
        return try CaseUpload(caseDocument: body)
    }

    /// The session id in path segment `segment` (`/v1/sessions/{id}…` by default): 1–64 letters, digits, `-` and `_`.
    static func sessionID(_ request: Request, segment: Int = 3) throws(Problem) -> String {
        let parts = request.uri.path.split(separator: "/", omittingEmptySubsequences: false)
        let id = parts.count > segment ? String(parts[segment]) : ""
        guard (1...64).contains(id.count), id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
            throw Problem(.badRequest, "a session id is 1–64 letters, digits, - and _", field: "id")
        }
        return id
    }

    private static func json(_ object: [String: Any]) -> Response {
        let body = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return Response(status: .ok, headers: [.contentType: "application/json"],
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }
}
