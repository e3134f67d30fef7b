import Hummingbird

/// Lets a request whose path starts with `protectedPrefix` through only with
/// `Authorization: Bearer <token>`, or, for a GET of a preview session, with the token in the preview's
/// cookie (see `PreviewRoutes`); 401 problem+json otherwise. Other paths pass untouched.
struct BearerAuthMiddleware<Context: RequestContext>: RouterMiddleware {
    let token: BearerToken
    let protectedPrefix: String

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        guard !path.hasPrefix(protectedPrefix)
                || token.accepts(authorization: request.headers[.authorization])
                || (request.method == .get && path.hasPrefix("/v1/sessions/") && token.accepts(cookie: request.headers[.cookie]))
        else {
            throw Problem(.unauthorized, "send Authorization: Bearer <token>")
        }
        return try await next(request, context)
    }
}
