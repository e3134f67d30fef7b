import DentalModel
import Graphics
import Hummingbird
import Render

/// Reads and checks `POST /v1/render`'s query: `template`, `format`, `variant`, `pages`, `dpi`, `locale`, `draft`.
/// An unknown or malformed parameter is a 400 naming it, before the body is read; what needs the templates
/// or the document (an unknown template, a page beyond the document) is checked by the backend.
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
        guard let outputFormat = OutputFormat(rawValue: format) else {
            throw Problem(.badRequest, "format must be pdf, png or svg", field: "format")
        }
        let dpi = try values["dpi"].map { (text: String) throws(Problem) -> Int in
            guard let dpi = Int(text), (36...600).contains(dpi) else {
                throw Problem(.badRequest, "dpi must be a whole number from 36 to 600", field: "dpi")
            }
            return dpi
        }
        try check(values["template"], field: "template", allowed: "letters, digits, - and _")
        // A variant the case lacks is found by the backend (422).
        if let variant = values["variant"], !(Int(variant).map { (1...DentalCase.maxVariants).contains($0) } ?? false) {
            throw Problem(.badRequest, "variant must be a whole number from 1 to \(DentalCase.maxVariants)", field: "variant")
        }
        if let locale = values["locale"], CaseLocale(rawValue: locale) == nil {
            let known = CaseLocale.allCases.map(\.rawValue).joined(separator: ", ")
            throw Problem(.badRequest, "locale must be one of \(known)", field: "locale")
        }
        if let pages = values["pages"] {
            try checkPages(pages, format: outputFormat, maximumPages: maximumPages)
        }
        guard [nil, "true", "false"].contains(values["draft"]) else {
            throw Problem(.badRequest, "draft must be true or false", field: "draft")
        }
        var parameters = RenderParameters(format: format, template: values["template"], variant: values["variant"],
                                          pages: values["pages"], dpi: dpi, locale: values["locale"], maximumPages: maximumPages)
        parameters.draft = values["draft"] == "true"
        return parameters
    }

    /// `pages` must read like `1,3-5` (else 400); a selection that cannot be met (page 0, a backward range,
    /// a page past the page limit, several pages for PNG and SVG, which answer one) is 422.
    private static func checkPages(_ pages: String, format: OutputFormat, maximumPages: Int) throws(Problem) {
        let wellFormed = pages.utf8.count <= 64 && pages.split(separator: ",", omittingEmptySubsequences: false).allSatisfy { item in
            let bounds = item.split(separator: "-", omittingEmptySubsequences: false)
            return (1...2).contains(bounds.count) && bounds.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
        }
        guard wellFormed else { throw Problem(.badRequest, "pages must look like 1,3-5", field: "pages") }
        let selection: PageSelection
        do {
            selection = try PageSelection(parsing: pages)
        } catch {
            throw Problem(.invalidParameter, error.description, field: "pages")
        }
        guard selection.ranges.allSatisfy({ $0.upperBound <= maximumPages }) else {
            throw Problem(.invalidParameter, "pages past \(maximumPages), the page limit, cannot exist", field: "pages")
        }
        if format.isOnePagePerFile, selection.ranges.count != 1 || selection.ranges[0].count != 1 {
            throw Problem(.invalidParameter, "\(format.rawValue) answers one page: pass pages=N", field: "pages")
        }
    }

    private static func check(_ value: String?, field: String, allowed: String) throws(Problem) {
        guard let value else { return }
        guard (1...64).contains(value.count),
              value.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
            throw Problem(.badRequest, "\(field) may hold only \(allowed) (1–64 characters)", field: field)
        }
    }
}
