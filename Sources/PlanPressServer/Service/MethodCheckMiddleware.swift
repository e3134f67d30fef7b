import Hummingbird

/// Answers a request for a known path with a method the path does not take (any method, `QUERY` or one
/// never heard of included) with 405 and `Allow`, before routing, which would answer 404. A path segment
/// in braces (`/v1/files/{sha256}`) matches any one segment.
struct MethodCheckMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The methods each path pattern takes; a `{name}` segment (or `{name}.ext`) matches any one segment.
    private let allowed: [(pattern: [Substring], methods: [String])]

    init(endpoints: [(method: HTTPRequest.Method, path: String)]) {
        allowed = Dictionary(grouping: endpoints, by: \.path)
            .map { path, endpoints in (path.split(separator: "/"), endpoints.map(\.method.rawValue).sorted()) }
    }

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        if let methods = methods(for: path.split(separator: "/")), !methods.contains(request.method.rawValue) {
            throw Problem(.methodNotAllowed, "\(path) takes \(methods.joined(separator: " and "))",
                          allowedMethods: methods)
        }
        return try await next(request, context)
    }

    /// The methods of the pattern `segments` match, a literal path before one with captures.
    private func methods(for segments: [Substring]) -> [String]? {
        let matching = allowed.filter { Self.matches($0.pattern, segments) }
        return (matching.first { !$0.pattern.contains { $0.hasPrefix("{") } } ?? matching.first)?.methods
    }

    private static func matches(_ pattern: [Substring], _ segments: [Substring]) -> Bool {
        pattern.count == segments.count && zip(pattern, segments).allSatisfy { expected, segment in
            guard expected.hasPrefix("{"), let close = expected.firstIndex(of: "}") else { return expected == segment }
            let suffix = expected[expected.index(after: close)...]
            return segment.count > suffix.count && segment.hasSuffix(suffix)
        }
    }
}
