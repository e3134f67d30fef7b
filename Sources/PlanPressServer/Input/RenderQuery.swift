import Hummingbird

/// Reads and checks `POST /v1/render`'s query: `template`, `format`, `variant`, `pages`, `dpi`, `locale`, `draft`.
/// An unknown or malformed parameter is a 400 naming it; the façade checks meaning (an unknown template,
/// a page beyond the document).
enum RenderQuery {
    private static let known: Set<String> = ["template", "format", "variant", "pages", "dpi", "locale", "draft"]

    /// The parameters in `request`'s query, with `maximumPages` from the limits.
    static func parameters(of request: Request, maximumPages: Int) throws(Problem) -> RenderParameters {
        let query = request.uri.queryParameters
        var values: [String: String] = [:]
        for (key, value) in query {
            let name = String(key)
            guard known.contains(name) else {
                throw Problem(.badRequest, "unknown query parameter \"\(name)\"", field: name)
            }
            guard values[name] == nil else { throw Problem(.badRequest, "\"\(name)\" is given twice", field: name) }
            values[name] = String(value)
        }
        let format = values["format"] ?? "pdf"
        guard ["pdf", "png", "svg"].contains(format) else {
            throw Problem(.badRequest, "format must be pdf, png or svg", field: "format")
        }
        let dpi = try values["dpi"].map { (text: String) throws(Problem) -> Int in
            guard let dpi = Int(text), (36...600).contains(dpi) else {
                throw Problem(.badRequest, "dpi must be a whole number from 36 to 600", field: "dpi")
            }
            return dpi
        }
        try check(values["template"], field: "template", allowed: "letters, digits, - and _")
        try check(values["variant"], field: "variant", allowed: "letters, digits, - and _")
        try check(values["locale"], field: "locale", allowed: "letters, digits, - and _")
        if let pages = values["pages"],
           pages.isEmpty || pages.count > 64 || !pages.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "," || $0 == "-") }) {
            throw Problem(.badRequest, "pages must look like 1,3-5", field: "pages")
        }
        guard [nil, "true", "false"].contains(values["draft"]) else {
            throw Problem(.badRequest, "draft must be true or false", field: "draft")
        }
        var parameters = RenderParameters(format: format, template: values["template"], variant: values["variant"],
                                          pages: values["pages"], dpi: dpi, locale: values["locale"], maximumPages: maximumPages)
        parameters.draft = values["draft"] == "true"
        return parameters
    }

    private static func check(_ value: String?, field: String, allowed: String) throws(Problem) {
        guard let value else { return }
        guard (1...64).contains(value.count),
              value.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
            throw Problem(.badRequest, "\(field) may hold only \(allowed) (1–64 characters)", field: field)
        }
    }
}
