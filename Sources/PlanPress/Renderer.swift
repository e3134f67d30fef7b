import DentalModel
import Foundation
import Graphics
import Layout
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
        let document = try layout(casePath: casePath, options: options)
        do {
            let pages = try options.pages.pages(in: document.pages.count)
            let files: [RenderedOutput.File]
            switch options.format {
            case .pdf:
                files = [RenderedOutput.File(page: nil, bytes: try PDFExporter().export(document, pages: options.pages))]
            case .png:
                let exporter = PNGExporter(dpi: options.dpi, compressionLevel: options.pngCompression)
                files = try pages.map { (page) throws(GraphicsError) in
                    RenderedOutput.File(page: page, bytes: try exporter.export(document.pages[page - 1]))
                }
            case .svg:
                files = try pages.map { (page) throws(GraphicsError) in
                    RenderedOutput.File(page: page, bytes: try SVGExporter().export(document.pages[page - 1]))
                }
            }
            return RenderedOutput(format: options.format, pageCount: document.pages.count, files: files)
        } catch {
            throw .graphics(error)
        }
    }

    /// The laid-out booklet of the case at `casePath`, before export.
    public func layout(casePath: String, options: RenderOptions) throws(PlanPressError) -> LaidOutDocument {
        let url = URL(fileURLWithPath: casePath)
        let dentalCase: DentalCase
        do {
            dentalCase = try CaseLoader(imageRoot: options.imageRoot).load(url)
        } catch {
            throw .input(error)
        }
        let variants = Array(dentalCase.variants.enumerated().map { (number: $0.offset + 1, variant: $0.element) })
        if let chosen = options.variant, !variants.indices.contains(chosen - 1) {
            throw .option("variant \(chosen) does not exist: \(url.lastPathComponent) has \(variants.count)")
        }
        if let template = options.template {
            let file = resources.templates.appendingPathComponent(template)
            guard FileManager.default.fileExists(atPath: file.path) else {
                throw .option("no template named \"\(template)\" in \(resources.templates.path)")
            }
        }
        let booklet = InterimBooklet(dentalCase: dentalCase, locale: options.locale ?? dentalCase.locale,
                                     variants: options.variant.map { [variants[$0 - 1]] } ?? variants,
                                     images: try CaseImages(loading: dentalCase))
        do {
            return try layoutEngine.layout(document: booklet.document())
        } catch {
            throw .layout(error)
        }
    }
}
