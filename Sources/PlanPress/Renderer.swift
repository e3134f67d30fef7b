import Booklet
import DentalModel
import Foundation
import Graphics
import Layout
import PlanEngine
import Render

/// Turns a case file into booklet files: load, compose, lay out, export.
///
/// Holds one thread's text and layout machinery (Pango is per thread): make one `Renderer` per thread
/// and reuse it for every render on that thread. Nothing but bytes and values leaves it.
public final class Renderer {
    /// Where the fonts and templates came from.
    public let resources: ResourceLocator
    private let layoutEngine: LayoutEngine

    /// Loads the fonts in `resources` into a private fontconfig set (no system font is ever seen).
    public init(resources: ResourceLocator) throws(PlanPressError) {
        self.resources = resources
        do {
            layoutEngine = LayoutEngine(textEngine: TextEngine(fonts: try FontLibrary(directory: resources.fonts.path)))
        } catch {
            throw .graphics(error)
        }
    }

    /// Renders the case at `casePath` as `options` ask: the files' bytes, nothing written to disk.
    public func render(casePath: String, options: RenderOptions) throws(PlanPressError) -> RenderedOutput {
        let (document, fingerprint) = try booklet(casePath: casePath, options: options)
        return try export(document, fingerprint: fingerprint, options: options)
    }

    /// The files `options` ask for, exported from a booklet `booklet(casePath:options:)` laid out, so a
    /// caller may look at the laid-out document (its page count) before paying for the export.
    public func export(_ document: LaidOutDocument, fingerprint: BookletFingerprint,
                       options: RenderOptions) throws(PlanPressError) -> RenderedOutput {
        let deadline = options.deadline
        do {
            let pages = try options.pages.pages(in: document.pages.count)
            let files: [RenderedOutput.File]
            switch options.format {
            case .pdf:
                files = [RenderedOutput.File(page: nil, bytes: try PDFExporter().export(document, pages: options.pages,
                                                                                          deadline: deadline))]
            case .png:
                let exporter = PNGExporter(dpi: options.dpi, compressionLevel: options.pngCompression)
                files = try pages.map { (page) throws(GraphicsError) in
                    try deadline.check()
                    return RenderedOutput.File(page: page, bytes: try exporter.export(document.pages[page - 1]))
                }
            case .svg:
                files = try pages.map { (page) throws(GraphicsError) in
                    try deadline.check()
                    return RenderedOutput.File(page: page, bytes: try SVGExporter().export(document.pages[page - 1]))
                }
            }
            return RenderedOutput(format: options.format, pageCount: document.pages.count, files: files,
                                  fingerprint: fingerprint.short)
        } catch {
            throw .graphics(error)
        }
    }

    /// The laid-out booklet of the case at `casePath`, before export.
    public func layout(casePath: String, options: RenderOptions) throws(PlanPressError) -> LaidOutDocument {
        try booklet(casePath: casePath, options: options).document
    }

    /// The laid-out booklet of the case at `casePath` in the template `options` names (`premium` by
    /// default), and the fingerprint of the case, price list and template files it was made from.
    public func booklet(casePath: String,
                        options: RenderOptions) throws(PlanPressError) -> (document: LaidOutDocument, fingerprint: BookletFingerprint) {
        let url = URL(fileURLWithPath: casePath)
        let loaded: LoadedCase, template: Template, quote: Quote
        do {
            loaded = try PlanEngine.load(caseURL: url, protocolURL: resources.protocolRules, imageRoot: options.imageRoot)
            template = try TemplateLoader(directory: resources.templates).load(options.templateName)
            quote = try loaded.quote()
        } catch {
            throw .input(error)
        }
        let count = loaded.dentalCase.variants.count
        if let chosen = options.variant, !(1...count).contains(chosen) {
            throw .option("variant \(chosen) does not exist: \(url.lastPathComponent) has \(count)")
        }
        let fingerprint: BookletFingerprint
        do {
            fingerprint = try BookletFingerprint(files: [url] + [loaded.dentalCase.pricesURL].compactMap { $0 } + template.files)
        } catch {
            throw .output(path: url.path, problem: "cannot read a file to fingerprint: \(error)")
        }
        if options.deadline.hasPassed { throw .graphics(.deadlinePassed) }
        var images = try CaseImages(loading: loaded.dentalCase).images
        if let cover = template.coverImage {
            do {
                images[cover] = try Image(contentsOf: cover.path, name: cover.lastPathComponent)
            } catch {
                throw .graphics(error)
            }
        }
        let input = BookletInput(loaded: loaded, quote: quote, afterState: loaded.afterState(), template: template,
                                 locale: options.locale ?? loaded.dentalCase.locale,
                                 variants: options.variant.map { [$0 - 1] }, images: images,
                                 fingerprint: fingerprint.short)
        if options.deadline.hasPassed { throw .graphics(.deadlinePassed) }
        let document = BookletComposer(input: input, text: layoutEngine.textEngine).document()
        layoutEngine.deadline = options.deadline
        defer { layoutEngine.deadline = .never }
        do {
            return (PrintMarks.apply(template.page, to: try layoutEngine.layout(document: document)), fingerprint)
        } catch {
            throw .layout(error)
        }
    }
}
