import DentalModel
import PlanEngine
import Render

/// The result of a render: the files' bytes, in memory, ready to be written or sent.
public struct RenderedOutput: Sendable {
    /// One output file: a whole PDF, or one page of PNG or SVG.
    public struct File: Sendable {
        /// The page it shows (1-based), or `nil` for a PDF of the selected pages.
        public var page: Int?
        /// The encoded file.
        public var bytes: [UInt8]

        /// A file showing `page` (`nil` for a PDF).
        public init(page: Int?, bytes: [UInt8]) {
            self.page = page
            self.bytes = bytes
        }
    }

    /// The format of every file.
    public var format: OutputFormat
    /// The pages of the whole laid-out document (not only the selected ones).
    public var pageCount: Int
    /// One file for PDF; one per selected page, in page order, for PNG and SVG.
    public var files: [File]
    /// The short fingerprint of the case, price list and template files (printed on the acceptance page).
    public var fingerprint: String
    /// The protocol's findings that did not refuse the booklet (warnings and notes; errors too in a
    /// draft), for the caller to show the clinic — never printed on the patient's pages.
    public var findings: RenderFindings

    /// An output of `files` in `format` from a document of `pageCount` pages.
    public init(format: OutputFormat, pageCount: Int, files: [File], fingerprint: String,
                findings: RenderFindings = RenderFindings(findings: [], caseFile: "", locale: .en)) {
        self.format = format
        self.pageCount = pageCount
        self.files = files
        self.fingerprint = fingerprint
        self.findings = findings
    }

    /// The MIME type of the files.
    public var contentType: String { format.contentType }
}

/// The protocol's findings on a rendered case: the values, and the lines `planpress validate` prints.
public struct RenderFindings: Sendable {
    /// Every finding, in variant then rule order.
    public var findings: [ProtocolFinding]
    /// The case file's name the lines start with.
    public var caseFile: String
    /// The case's language, in which fixes are priced.
    public var locale: CaseLocale

    /// Creates findings of the case file `caseFile`.
    public init(findings: [ProtocolFinding], caseFile: String, locale: CaseLocale) {
        self.findings = findings
        self.caseFile = caseFile
        self.locale = locale
    }

    /// The findings of `severities`, one line each, exactly as `planpress validate` prints them.
    public func report(_ severities: Set<Severity>) -> String {
        FindingsReport.text(findings.filter { severities.contains($0.severity) }, caseFile: caseFile, locale: locale)
    }
}
