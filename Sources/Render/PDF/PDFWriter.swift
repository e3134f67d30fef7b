import Graphics
import Layout

/// PlanPress's own PDF writer: a laid-out document straight to PDF 1.7 bytes, without Cairo or a finishing
/// pass. The same public behaviour as `PDFExporter.export`: each page at its own size with its TrimBox
/// and BleedBox, vector shapes, each distinct symbol and image written once per file (JPEGs as their own
/// bytes), text through `PDFTextWriter`, links, named destinations and the outline, a tagged structure
/// tree from the layout's roles, the Info dictionary from the input (so the same input gives the same
/// bytes), and on request PDF/A-2b.
public struct PDFWriter {
    /// Whether the file is written as PDF/A-2b, for the medical record.
    public var archival: Bool

    /// A writer; `archival` asks for PDF/A-2b.
    public init(archival: Bool = false) {
        self.archival = archival
    }

    /// The PDF of `pages` of `document`. Outline entries and links pointing at pages left out are dropped.
    /// Stops with `.deadlinePassed` between pages once `deadline` has passed.
    public func write(_ document: LaidOutDocument, pages selection: PageSelection = .all,
                      deadline: Deadline = .never) throws(GraphicsError) -> [UInt8] {
        let pages = try selection.pages(in: document.pages.count).map { document.pages[$0 - 1] }
        guard !pages.isEmpty else { throw .invalidOutput("the document has no pages") }
        return try PDFDocumentWriter(archival: archival).write(document, pages: pages, deadline: deadline)
    }
}
