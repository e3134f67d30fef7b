import ArgumentParser
import DentalModel
import Foundation
import Graphics
import PlanPress
import Render

/// The options `render` and `watch` share: which booklet, in which language, which pages, and where the
/// resources and images are.
struct BookletOptions: ParsableArguments {
    @Option(help: "A template in Templates/ (default: premium).")
    var template: String?

    @Option(help: "Show only this variant (1-based).")
    var variant: Int?

    @Option(help: "The booklet's language: ru, en, fr or sv (default: the case's).")
    var locale: String?

    @Option(help: "Pages to output, e.g. 1,3-5 (default: all; watch shows the first page of a PNG).")
    var pages: String?

    @Option(help: "PNG resolution in pixels per inch.")
    var dpi: Double = 150

    @Option(name: .customLong("png-compression"), help: "PNG zlib level, 0–9 (default: 6 for render, 1 for watch's fast previews).")
    var pngCompression: Int?

    @Option(help: "The folder holding Fonts/ and Templates/ (default: $PLANPRESS_HOME, else found from the executable).")
    var resources: String?

    @Option(name: .customLong("root"), help: "The directory images may not escape (default: the case file's directory).")
    var rootPath: String?

    @Flag(name: .customLong("pdfa"), help: "Write the PDF as PDF/A-2b, for the medical record (a template may ask for it too).")
    var archival = false

    /// The image root as a URL, when given.
    var imageRoot: URL? { rootPath.map { URL(fileURLWithPath: $0) } }

    /// The case file at `path`, its files read from disk inside the image root.
    func caseInput(_ path: String) throws(PlanPressError) -> CaseInput {
        try .file(atPath: path, root: imageRoot)
    }

    /// The render options for `format`, with the command's defaults for what was not given.
    func renderOptions(format: OutputFormat, defaultPages: PageSelection = .all,
                       defaultCompression: Int = 6) throws(PlanPressError) -> RenderOptions {
        let selection: PageSelection
        do {
            selection = try pages.map { (text) throws(GraphicsError) in try PageSelection(parsing: text) } ?? defaultPages
        } catch {
            throw .graphics(error)
        }
        var caseLocale: CaseLocale?
        if let locale {
            guard let parsed = CaseLocale(rawValue: locale) else {
                throw .option("unknown locale \"\(locale)\" (expected ru, en, fr or sv)")
            }
            caseLocale = parsed
        }
        return RenderOptions(format: format, pages: selection, dpi: dpi, pngCompression: pngCompression ?? defaultCompression,
                             template: template, variant: variant, locale: caseLocale,
                             archival: archival)
    }
}
