import Hummingbird

/// Answers a request for a known path with a method the path does not take (any method, `QUERY` or one
/// never heard of included) with 405 and `Allow`, before routing, which would answer 404. A path segment
/// in braces (`/v1/files/{sha256}`) matches any one segment.
struct MethodCheckMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The methods each path takes.
    private let allowed: [String: [String]]

    init(endpoints: [(method: HTTPRequest.Method, path: String)]) {
        allowed = Dictionary(grouping: endpoints, by: \.path).mapValues { $0.map(\.method.rawValue).sorted() }
    }

    /// The methods the endpoint path matching `path` takes, if one does.
    private func methods(for path: String) -> [String]? {
        if let methods = allowed[path] { return methods }
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        return allowed.first { pattern, _ in
            let parts = pattern.split(separator: "/", omittingEmptySubsequences: false)
            return parts.count == segments.count && zip(parts, segments).allSatisfy { part, segment in
                part == segment || (part.hasPrefix("{") && part.hasSuffix("}") && !segment.isEmpty)
            }
        }?.value
    }

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        if let methods = methods(for: request.uri.path), !methods.contains(request.method.rawValue) {
            throw Problem(.methodNotAllowed, "\(request.uri.path) takes \(methods.joined(separator: " and "))",
                          allowedMethods: methods)
        }
        return try await next(request, context)
    }
}
