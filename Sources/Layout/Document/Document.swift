import Graphics

/// Everything `LayoutEngine` needs to make a document: sections of blocks on page templates, the PDF
/// metadata and the outline (whose entries point at `Block.anchor` names).
public struct Document {
    public var sections: [Section]
    public var metadata: PDFMetadata
    public var outline: [OutlineEntry]

    public init(sections: [Section], metadata: PDFMetadata = PDFMetadata(), outline: [OutlineEntry] = []) {
        self.sections = sections; self.metadata = metadata; self.outline = outline
    }
}

/// A run of pages sharing one template; every section starts on a new page.
public struct Section {
    public var template: PageTemplate
    public var body: [Block]
    /// Space between the blocks of `body`.
    public var spacing: Length

    public init(template: PageTemplate, body: [Block], spacing: Length = 0) {
        self.template = template; self.body = body; self.spacing = spacing
    }
}
