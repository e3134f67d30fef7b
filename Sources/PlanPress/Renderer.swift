import Booklet
import DentalModel
import Foundation
import Graphics
import Layout
import PlanEngine
import Render

/// Turns a case into booklet files: load, compose, lay out, export. The case comes as values (`CaseInput`):
/// its document and a source for the files it names; nothing is written to disk.
///
/// Holds one thread's text and layout machinery (Pango is per thread): make one `Renderer` per thread
/// and reuse it for every render on that thread. Nothing but bytes and values leaves it.
public final class Renderer {
    /// Where the fonts and templates came from.
    public let resources: ResourceLocator
    private let layoutEngine: LayoutEngine
    /// Pictures decoded for raster pages and JPEG integrity checks, kept from one render to the next.
    public let decodedImages = DecodedImageCache()
    /// Templates read before, reused while their files are unchanged.
    private let templates = TemplateCache()
    /// Case documents, price lists and protocol rules read before, reused while their bytes are unchanged.
    public let documents = DocumentCache()
    /// The SHA-256 of the images rendered before, reused while their bytes are unchanged.
    private let digests = DigestCache()
    /// Deflated streams and font subsets of the PDFs written before, for the next PDF (see `PDFWriterCache`).
    public let pdfCache = PDFWriterCache()

    /// Loads the fonts in `resources` into a private fontconfig set (no system font is ever seen).
    public init(resources: ResourceLocator) throws(PlanPressError) {
        self.resources = resources
        do {
            layoutEngine = LayoutEngine(textEngine: TextEngine(fonts: try FontLibrary(directory: resources.fonts.path)))
        } catch {
            throw .graphics(error)
        }
    }

    /// Renders `input` as `options` ask: the files' bytes, nothing written to disk.
    ///
    /// The clinic's protocol is checked first: an error refuses the booklet (`.protocolErrors`) unless
    /// `options.draft` asks for a marked draft; the other findings come back in `findings`.
    public func render(_ input: CaseInput, options: RenderOptions) throws(PlanPressError) -> RenderedOutput {
        let (document, fingerprint, findings) = try booklet(input, options: options)
        var output = try export(document, fingerprint: fingerprint, options: options)
        output.findings = findings
        return output
    }

    /// The files `options` ask for, exported from a booklet `booklet(_:options:)` laid out, so a
    /// caller may look at the laid-out document (its page count) before paying for the export.
    public func export(_ document: LaidOutDocument, fingerprint: BookletFingerprint,
                       options: RenderOptions) throws(PlanPressError) -> RenderedOutput {
        let deadline = options.deadline
        do {
            let pages = try options.pages.pages(in: document.pages.count)
            let files: [RenderedOutput.File]
            switch options.format {
            case .pdf:
                let exporter = PDFExporter(archival: options.archival || document.archival, cache: pdfCache)
                files = [RenderedOutput.File(page: nil, bytes: try exporter.export(document, pages: options.pages,
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

    /// The laid-out booklet of `input`, before export.
    public func layout(_ input: CaseInput, options: RenderOptions) throws(PlanPressError) -> LaidOutDocument {
        try booklet(input, options: options).document
    }

    /// The laid-out booklet of `input` in the template `options` names (`premium` by
    /// default), the fingerprint of everything it shows, and the protocol's findings that did not refuse it.
    /// A protocol error throws `.protocolErrors`, unless `options.draft` asks for a draft, which opens with
    /// the findings and is marked on every page.
    public func booklet(_ input: CaseInput, options: RenderOptions) throws(PlanPressError)
        -> (document: LaidOutDocument, fingerprint: BookletFingerprint, findings: RenderFindings) {
        let inputs = try read(input, options: options)
        let loaded = inputs.loaded
        let findings = loaded.findings()
        if options.deadline.hasPassed { throw .graphics(.deadlinePassed) }
        if !options.draft && findings.contains(where: { $0.severity == .error }) {
            throw .protocolErrors(report: Self.refusal(findings, loaded: loaded), findings: findings)
        }
        if options.deadline.hasPassed { throw .graphics(.deadlinePassed) }
        let quote: Quote
        do {
            quote = try loaded.quote()
        } catch {
            throw .input(error)
        }
        let locale = options.locale ?? loaded.dentalCase.locale
        let input = BookletInput(loaded: loaded, quote: quote, afterState: loaded.afterState(), template: inputs.template,
                                 locale: locale, variants: options.variant.map { [$0 - 1] }, images: inputs.images,
                                 fingerprint: inputs.fingerprint.short, draftFindings: options.draft ? findings : nil)
        let document: Document
        do {
            document = try BookletComposer(input: input, layout: layoutEngine).document(deadline: options.deadline)
        } catch {
            throw .graphics(error)
        }
        layoutEngine.deadline = options.deadline
        defer { layoutEngine.deadline = .never }
        var laidOut: LaidOutDocument
        do {
            laidOut = try layoutEngine.layout(document: document)
        } catch {
            throw .layout(error)
        }
        if options.draft {
            do {
                laidOut = try DraftMarks.apply(to: laidOut, template: inputs.template, locale: locale,
                                               text: layoutEngine.textEngine)
            } catch {
                throw .graphics(error)
            }
        }
        let check = RenderFindings(findings: findings, caseFile: loaded.caseFile, locale: loaded.dentalCase.locale)
        laidOut = PrintMarks.apply(inputs.template.page, to: laidOut)
        laidOut.archival = inputs.template.archival
        return (laidOut, inputs.fingerprint, check)
    }

    /// The fingerprint the booklet of `input` would carry, from its inputs alone (nothing is
    /// laid out): what `planpress fingerprint` prints to check a signed paper copy.
    public func fingerprint(_ input: CaseInput, options: RenderOptions) throws(PlanPressError) -> BookletFingerprint {
        try read(input, options: options).fingerprint
    }

    /// The case, its template and images, checked, and their fingerprint. The case document is parsed
    /// once: the loader, the font coverage check and the fingerprint read the same tree.
    private func read(_ input: CaseInput, options: RenderOptions) throws(PlanPressError)
        -> (loaded: LoadedCase, template: Template, images: [URL: Image], fingerprint: BookletFingerprint) {
        let root: NodeCursor, loaded: LoadedCase, template: Template
        do {
            root = try input.parsedDocument(keptIn: documents)
            loaded = try PlanEngine.load(root, files: input.files, protocolURL: resources.protocolRules, documents: documents)
            template = try templates.template(options.templateName, locale: options.locale ?? loaded.dentalCase.locale,
                                              from: TemplateLoader(directory: resources.templates))
        } catch {
            throw .input(error)
        }
        if options.deadline.hasPassed { throw .graphics(.deadlinePassed) }
        let count = loaded.dentalCase.variants.count
        if let chosen = options.variant, !(1...count).contains(chosen) {
            throw .option("variant \(chosen) does not exist: \(input.name) has \(count)")
        }
        let caseImages = try CaseImages(loading: loaded.dentalCase, from: input.files, deadline: options.deadline)
        var images = caseImages.images
        if let cover = template.coverImage {
            do {
                images[cover] = try Image(contentsOf: cover.path, name: cover.lastPathComponent)
            } catch {
                throw .graphics(error)
            }
        }
        for image in images.values { image.cache = decodedImages }
        // A PDF passes the JPEGs through after checking they are whole: the checks run on another core
        // while this one composes and lays out.
        if options.format == .pdf { Image.checkAhead(caseImages.inOrder) }
        if options.deadline.hasPassed { throw .graphics(.deadlinePassed) }
        try TextCoverageCheck.check(root, fonts: layoutEngine.textEngine.fonts)
        if options.deadline.hasPassed { throw .graphics(.deadlinePassed) }
        let fingerprint = try FingerprintInputs.fingerprint(caseRoot: root.node, dentalCase: loaded.dentalCase,
                                                            images: caseImages, files: input.files, template: template,
                                                            templatesDirectory: resources.templates, documents: documents,
                                                            digests: digests)
        return (loaded, template, images, fingerprint)
    }

    /// The findings as `planpress validate` prints them, its summary line, and how to get a draft.
    private static func refusal(_ findings: [ProtocolFinding], loaded: LoadedCase) -> String {
        let errors = findings.filter { $0.severity == .error }.count
        return FindingsReport.text(findings, loaded: loaded)
            + "\(loaded.caseFile): \(errors) protocol errors\n"
            + "\(loaded.caseFile): no booklet for the patient; a draft marked as such is made with --draft (draft=true)"
    }
}
