/// A run of glyphs of one font, size and colour, placed on the page as `TextBlock.paint(lines:in:at:)`
/// places them through Cairo, with the text each glyph stands for.
public struct GlyphRun {
    public var font: GlyphFont
    public var color: Color
    /// Glyph ids in the order they are to be written (Cairo's: clusters in logical order, so a right-to-left
    /// run is written from its right end), and each glyph's origin on the baseline (page coordinates, y down).
    public var glyphs: [UInt32] = []
    public var x: [Double] = []
    public var y: [Double] = []
    /// The UTF-8 text of the run (the item's text).
    public var text: [UInt8] = []
    /// The clusters in writing order: a stretch of `text` and the glyphs (a stretch of `glyphs`) drawing it.
    /// A letter-spaced run is one cluster (its text is written as the glyphs' ActualText).
    public var clusters: [Cluster] = []

    public struct Cluster: Hashable, Sendable {
        public var textStart: Int32
        public var textCount: Int32
        public var glyphStart: Int32
        public var glyphCount: Int32
    }
}

/// What a text block paints, in painting order: glyph runs, and the rectangles of underlines,
/// strikethroughs and backgrounds markup asks for.
public enum TextPaint {
    case glyphs(GlyphRun)
    case rectangle(Rect, Color)
}
