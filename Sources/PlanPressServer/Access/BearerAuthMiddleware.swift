import Hummingbird

/// Lets a request whose path starts with `protectedPrefix` through only with
/// `Authorization: Bearer <token>`; 401 problem+json otherwise. Other paths pass untouched.
struct BearerAuthMiddleware<Context: RequestContext>: RouterMiddleware {
    let token: BearerToken
    let protectedPrefix: String

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        guard !request.uri.path.hasPrefix(protectedPrefix)
                || token.accepts(authorization: request.headers[.authorization]) else {
            throw Problem(.unauthorized, "send Authorization: Bearer <token>")
        }
        return try await next(request, context)
    }
}
