import Hummingbird

/// Reads `POST /v1/suggest`'s query: `replace=true|false` (default false). Anything else is a 400 naming it.
enum SuggestQuery {
    /// True when the request asks to drop the case's own variants.
    static func replacing(_ request: Request) throws(Problem) -> Bool {
        var replacing: Bool?
        for (key, value) in request.uri.queryParameters {
            guard key == "replace" else {
                throw Problem(.badRequest, "unknown query parameter \"\(key)\"", field: String(key))
            }
            guard replacing == nil else { throw Problem(.badRequest, "\"replace\" is given twice", field: "replace") }
            switch value {
            case "true": replacing = true
            case "false": replacing = false
            default: throw Problem(.badRequest, "replace must be true or false", field: "replace")
            }
        }
        return replacing ?? false
    }
}
