import Graphics

/// Writes Pango-laid-out text into content streams as real text, and embeds the fonts it used, each subset
/// to the glyphs shown, with widths and a ToUnicode map so the text can be searched and read aloud.
///
/// STUB on branch pdf-writer: the text helper replaces this body; the document writer calls exactly this API.
final class PDFTextWriter {
    private let objects: PDFObjectTable
    private let resources: PDFResources

    /// A writer adding its fonts to `objects` and naming them in `resources`.
    init(objects: PDFObjectTable, resources: PDFResources) {
        self.objects = objects
        self.resources = resources
    }

    /// Appends to `content` the operators that show `lines` of `block`, the first of them placed as
    /// `TextBlock.paint(lines:in:at:)` places it at `origin` (page coordinates, y down). The operators leave
    /// the graphics state as they found it (they are wrapped in `q` … `Q`).
    func show(_ block: TextBlock, lines: Range<Int>, at origin: Point, into content: inout PDFContent) throws(GraphicsError) {
    }

    /// Writes every font shown so far, subset, into `objects`. Called once, after the last page.
    func finish() throws(GraphicsError) {
    }
}
