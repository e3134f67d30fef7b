import Graphics
import Layout

/// Writes a laid-out document as one PDF 1.7 file, straight from its frames (PlanPress's own writer;
/// Cairo draws only PNG and SVG): each page at its own size with its TrimBox and BleedBox, vector shapes,
/// each distinct symbol and image written once per file (JPEGs as their own bytes), text as Pango shaped
/// it in subset fonts with a ToUnicode map (`PDFTextWriter`), links, named destinations and the outline,
/// a tagged structure tree from the layout's roles, the Info dictionary from the input (so the same input
/// gives the same bytes), and, when asked, PDF/A-2b.
///
/// An exporter given a `PDFWriterCache` reuses what earlier files deflated and subset (a booklet written
/// again after a small edit costs a fraction of the first time); its files have the same bytes as without.
public struct PDFExporter {
    /// Whether the file is written as PDF/A-2b, for the medical record.
    public var archival: Bool
    /// What files written before left for this one, if anything (see `PDFWriterCache`).
    public var cache: PDFWriterCache?

    /// An exporter; `archival` asks for PDF/A-2b; `cache` is shared with the exports before and after.
    public init(archival: Bool = false, cache: PDFWriterCache? = nil) {
        self.archival = archival
        self.cache = cache
    }

    /// The PDF of `pages` of `document`. Outline entries and links pointing at pages left out are dropped.
    /// Stops with `.deadlinePassed` between pages once `deadline` has passed.
    public func export(_ document: LaidOutDocument, pages selection: PageSelection = .all,
                       deadline: Deadline = .never) throws(GraphicsError) -> [UInt8] {
        let pages = try selection.pages(in: document.pages.count).map { document.pages[$0 - 1] }
        guard !pages.isEmpty else { throw .invalidOutput("the document has no pages") }
        return try PDFDocumentWriter(archival: archival, cache: cache).write(document, pages: pages, deadline: deadline)
    }
}
