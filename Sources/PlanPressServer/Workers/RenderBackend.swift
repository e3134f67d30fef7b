import Foundation
import Graphics
import PlanPress

/// What the service asks of PlanPress on one worker thread. Each worker makes its own backend on its own
/// thread and keeps it, so no Cairo or Pango object ever crosses a thread.
///
/// The only production conformer is the PlanPress façade's `Renderer`. A backend throws `Problem` for
/// anything the client can fix; any other error is answered as an internal error.
public protocol RenderBackend: AnyObject {
    /// Loads the fonts and renders a warm-up paragraph, so the first request pays no start-up cost.
    func warmUp() throws

    /// The templates a request may name.
    func templates() throws -> [TemplateSummary]

    /// Renders `input`, a case and its files in memory. A document over `parameters.maximumPages` is
    /// refused with `.tooManyPages` as soon as its page count is known, before its pages are exported.
    func render(_ input: CaseInput, parameters: RenderParameters) throws -> RenderedDocument

    /// The CLI's `planpress validate --format json` report for the case.
    func validate(_ input: CaseInput) throws -> PlanReport

    /// The CLI's `planpress quote --format json` report for the case.
    func quote(_ input: CaseInput) throws -> PlanReport

    /// The CLI's `planpress outcome --format json` report for the case.
    func outcome(_ input: CaseInput) throws -> PlanReport

    /// The case with the variants `planpress suggest` drafts for it, as JSON; its own variants are kept
    /// first unless `replacing`. A case nothing can be suggested for is a `.invalidCase` problem.
    func suggest(_ input: CaseInput, replacing: Bool) throws -> PlanReport

    /// One screen of a preview: a page of the booklet as PNG at a width, and where its before/after toggle leads.
    func screen(_ input: CaseInput, request: ScreenRequest) throws -> Screen
}

extension RenderBackend {
    /// A backend that cannot draft variants answers that the resource is not there.
    public func suggest(_ input: CaseInput, replacing: Bool) throws -> PlanReport {
        throw Problem(.notFound, "this service does not suggest variants")
    }

    /// A backend that cannot draw screens answers that the resource is not there.
    public func screen(_ input: CaseInput, request: ScreenRequest) throws -> Screen {
        throw Problem(.notFound, "this service does not draw screens")
    }
}

/// A template a request may name in `?template=`.
public struct TemplateSummary: Sendable, Codable, Hashable {
    /// The name to pass as `template`.
    public var name: String
    /// One line on what the template is for.
    public var summary: String

    /// Creates a summary.
    public init(name: String, summary: String) {
        self.name = name
        self.summary = summary
    }
}

/// The output a render request asks for, from its query.
public struct RenderParameters: Sendable, Hashable {
    /// `pdf`, `png` or `svg`.
    public var format: String
    /// A template name from `GET /v1/templates`, or `nil` for the default.
    public var template: String?
    /// The variant to show (as the CLI's `--variant` takes it), or `nil` for all.
    public var variant: String?
    /// Pages as `1,3-5`, or `nil` for every page.
    public var pages: String?
    /// Raster resolution, or `nil` for the default.
    public var dpi: Int?
    /// A locale overriding the case's, or `nil`.
    public var locale: String?
    /// Most pages the document may have.
    public var maximumPages: Int
    /// Render a draft for the clinic even when the protocol finds errors (marked on every page).
    public var draft: Bool = false
    /// When the render must stop: past it, the render ends between two steps and frees its worker.
    public var deadline: Deadline = .never

    /// Creates parameters.
    public init(format: String, template: String? = nil, variant: String? = nil, pages: String? = nil,
                dpi: Int? = nil, locale: String? = nil, maximumPages: Int) {
        self.format = format
        self.template = template
        self.variant = variant
        self.pages = pages
        self.dpi = dpi
        self.locale = locale
        self.maximumPages = maximumPages
    }
}

/// A rendered document: its bytes and how to label them.
public struct RenderedDocument: Sendable {
    /// The file's bytes.
    public var bytes: [UInt8]
    /// Its MIME type.
    public var contentType: String
    /// Pages in the document the bytes come from.
    public var pageCount: Int
    /// The protocol's findings that did not refuse it (warnings; errors too in a draft), for a header.
    public var findings: [Problem.Finding]

    /// Creates a document.
    public init(bytes: [UInt8], contentType: String, pageCount: Int, findings: [Problem.Finding] = []) {
        self.bytes = bytes
        self.contentType = contentType
        self.pageCount = pageCount
        self.findings = findings
    }
}

/// A JSON report as the CLI prints it, and whether it found the case acceptable.
public struct PlanReport: Sendable {
    /// The JSON bytes, identical to the CLI's `--format json` output.
    public var json: [UInt8]
    /// `false` when the report lists errors (answered with 422, same body).
    public var isAcceptable: Bool

    /// Creates a report.
    public init(json: [UInt8], isAcceptable: Bool) {
        self.json = json
        self.isAcceptable = isAcceptable
    }
}
