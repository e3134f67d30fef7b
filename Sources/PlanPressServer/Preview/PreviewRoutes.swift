import Hummingbird

/// The preview page, `GET /preview/{id}`, and its script and style sheet, all embedded in the binary.
///
/// The page itself is no secret (its data is, under `/v1/`). When the service has a token, a browser
/// opens `/preview/{id}?token=…` once: a valid token is answered with a redirect to the bare address that
/// sets it as an `HttpOnly`, `SameSite=Strict` cookie, which `BearerAuthMiddleware` accepts on GETs
/// (an `EventSource` and an `<img>` cannot send `Authorization`), so the token leaves the address bar.
struct PreviewRoutes: Sendable {
    let token: BearerToken?

    /// The endpoints, for `ServiceRoutes`.
    var endpoints: [ServiceRoutes.Endpoint] {
        [
            .init(method: .get, path: "/preview/{id}") { request in try page(request) },
            .init(method: .get, path: "/preview/assets/preview.js") { _ in
                Self.asset(PackageResources.preview_js, type: "text/javascript; charset=utf-8")
            },
            .init(method: .get, path: "/preview/assets/preview.css") { _ in
                Self.asset(PackageResources.preview_css, type: "text/css; charset=utf-8")
            },
        ]
    }

    private func page(_ request: Request) throws -> Response {
        _ = try SessionRoutes.sessionID(request, segment: 2)
        let query = request.uri.queryParameters
        if let unknown = query.first(where: { $0.key != "token" }) {
            throw Problem(.badRequest, "unknown query parameter \"\(unknown.key)\"", field: String(unknown.key))
        }
        guard let presented = query["token"].map(String.init) else {
            return Self.asset(PackageResources.preview_html, type: "text/html; charset=utf-8")
        }
        guard let token, token.accepts(authorization: "Bearer " + presented) else {
            throw Problem(.unauthorized, token == nil ? "this service takes no token" : "the token is not valid")
        }
        return Response(status: .seeOther, headers: [
            .location: request.uri.path,
            .setCookie: "\(BearerToken.cookieName)=\(presented); Path=/v1/sessions/; HttpOnly; SameSite=Strict",
            .cacheControl: "no-store",
        ])
    }

    private static func asset(_ bytes: [UInt8], type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .cacheControl: "no-cache"],
                 body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
