import Graphics
import Layout

/// Writes a laid-out document as one PDF: each page at its own size, vector throughout, fonts subset
/// and embedded by Cairo, JPEGs carried as their original bytes (once, however many pages show them),
/// the document's metadata (dates from the input, so the same input gives the same bytes), its outline
/// and internal links to anchors; tagged for screen readers from the layout's structure roles, with the
/// trimmed page declared where the sheet has bleed (`PDFFinisher`), and, when asked, PDF/A-2b.
public struct PDFExporter {
    /// Whether the file is written as PDF/A-2b, for the medical record.
    public var archival: Bool

    /// An exporter; `archival` asks for PDF/A-2b.
    public init(archival: Bool = false) {
        self.archival = archival
    }

    /// The PDF of `pages` of `document`. Outline entries and links pointing at pages left out are dropped.
    /// Stops with `.deadlinePassed` between pages once `deadline` has passed.
    public func export(_ document: LaidOutDocument, pages selection: PageSelection = .all,
                       deadline: Deadline = .never) throws(GraphicsError) -> [UInt8] {
        let (bytes, finisher) = try painted(document, pages: selection, deadline: deadline)
        return try finisher.finish(bytes)
    }

    /// The file Cairo wrote and the pass that finishes it, apart, so the benchmark can weigh the pass.
    @_spi(Benchmarks)
    public func painted(_ document: LaidOutDocument, pages selection: PageSelection = .all,
                        deadline: Deadline = .never) throws(GraphicsError) -> (bytes: [UInt8], finisher: PDFFinisher) {
        let pages = try selection.pages(in: document.pages.count).map { document.pages[$0 - 1] }
        guard let first = pages.first else { throw .invalidOutput("the document has no pages") }
        let anchors = pages.reduce(into: Set<String>()) { $0.formUnion(FramePainter.anchors(in: $1.frames)) }
        let sink = ByteSink()
        let surface = try Surface.pdf(size: first.size, into: sink)
        surface.setMetadata(document.metadata)
        let context = try Context(surface: surface)
        let painter = FramePainter(context: context, anchors: anchors)
        for page in pages {
            try deadline.check()
            surface.setPageSize(page.size)
            // The sheet, white, first: Cairo's PDF surface adds the extents of every operation to the region
            // it prints natively, a union that grows with each text line and shape (3 % of a render's
            // instructions); under one rectangle covering the page each addition is a containment test.
            context.addRectangle(Rect(origin: .zero, size: page.size))
            context.setColor(.white)
            context.fill()
            try painter.paint(page.frames)
            context.showPage()
        }
        addOutline(document.outline, parent: Surface.outlineRoot, anchors: anchors, to: surface)
        try context.checkStatus("paint PDF")
        try surface.finish()
        let finisher = PDFFinisher(trimBoxes: pages.map { ($0.trimBox, $0.size) }, language: document.metadata.language,
                                   figureAlternatives: painter.figureAlternatives,
                                   archive: archival ? PDFArchive(metadata: document.metadata) : nil)
        return (sink.bytes, finisher)
    }

    /// Adds `entries` under `parent`; an entry whose anchor is absent is skipped and its children
    /// take its place.
    private func addOutline(_ entries: [OutlineEntry], parent: Int32, anchors: Set<String>, to surface: Surface) {
        for entry in entries {
            if anchors.contains(entry.anchor) {
                let id = surface.addOutline(parent: parent, title: entry.title, destination: entry.anchor, open: parent == Surface.outlineRoot)
                addOutline(entry.children, parent: id, anchors: anchors, to: surface)
            } else {
                addOutline(entry.children, parent: parent, anchors: anchors, to: surface)
            }
        }
    }
}
