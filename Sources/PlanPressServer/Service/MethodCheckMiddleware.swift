import Hummingbird

/// Answers a request for a known path with a method the path does not take (any method, `QUERY` or one
/// never heard of included) with 405 and `Allow`, before routing, which would answer 404.
struct MethodCheckMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The methods each path takes.
    private let allowed: [String: [String]]

    init(endpoints: [(method: HTTPRequest.Method, path: String)]) {
        allowed = Dictionary(grouping: endpoints, by: \.path).mapValues { $0.map(\.method.rawValue).sorted() }
    }

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        if let methods = allowed[request.uri.path], !methods.contains(request.method.rawValue) {
            throw Problem(.methodNotAllowed, "\(request.uri.path) takes \(methods.joined(separator: " and "))",
                          allowedMethods: methods)
        }
        return try await next(request, context)
    }
}
