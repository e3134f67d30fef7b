import DentalModel
import Hummingbird

/// Reads and checks a screen's query: `width` (required), `variant`, `version`. An unknown or malformed
/// parameter is a 400 naming it.
enum ScreenQuery {
    private static let known: Set<String> = ["width", "variant", "version"]

    /// The screen `page` of `request`'s query asks for.
    static func request(page: Int, of request: Request) throws(Problem) -> ScreenRequest {
        var values: [String: String] = [:]
        for (key, value) in request.uri.queryParameters {
            let name = String(key)
            guard known.contains(name) else { throw Problem(.badRequest, "unknown query parameter \"\(name)\"", field: name) }
            guard values[name] == nil else { throw Problem(.badRequest, "\"\(name)\" is given twice", field: name) }
            values[name] = String(value)
        }
        let widths = ScreenRequest.widths
        guard let width = values["width"].flatMap({ Int($0) }), widths.contains(width) else {
            throw Problem(.badRequest, "width must be a whole number of pixels from \(widths.lowerBound) to \(widths.upperBound)",
                          field: "width")
        }
        let variant = try values["variant"].map { (text) throws(Problem) -> Int in
            guard let number = Int(text), (1...DentalCase.maxVariants).contains(number) else {
                throw Problem(.badRequest, "variant must be a whole number from 1 to \(DentalCase.maxVariants)", field: "variant")
            }
            return number
        }
        // The version is the page's cache key only: the current case is drawn whatever it says.
        if let version = values["version"], !(Int(version).map { $0 >= 1 } ?? false) {
            throw Problem(.badRequest, "version must be a whole number from 1", field: "version")
        }
        return ScreenRequest(page: page, width: width, variant: variant)
    }
}
