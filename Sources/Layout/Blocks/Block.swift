import Graphics

/// What a document is made of, before it has a place: the booklet composer builds a tree of blocks and
/// `LayoutEngine` turns it into pages of positioned `Frame`s.
///
/// Every block takes the full width it is given and grows downwards. How blocks behave at a page break:
/// - paragraphs break between lines (at least two lines on each side where the text allows);
/// - stacks, grids and tables break between their children, rows and body rows (a table repeats its header);
/// - boxes, rows, table rows and `keepTogether` stay whole when they fit a page, and break only when taller;
/// - images and drawings never break: one taller than a page is a `LayoutError.doesNotFit`.
///
/// A page break inside a block that is being kept whole is ignored.
public indirect enum Block {
    /// Text shaped by Pango, wrapped to the width. Text from a case is always `.plain`; only template
    /// authors write `.markup`. `maxLines` cuts the text with an ellipsis.
    case paragraph(TextContent, style: TextStyle, maxLines: Int? = nil)
    /// A child inside padding, over a fill and under a stroke (both with rounded corners).
    case box(Block, style: BoxStyle)
    /// An image fitted into a frame whose height `sizing` sets; `caption` goes under it, `captionSpacing` apart.
    /// Never stretched: `.contain` letterboxes, `.cover` crops.
    case image(Image, sizing: ImageSizing = .natural, fit: ImageFit = .contain, caption: Block? = nil,
               captionSpacing: Length = 4)
    /// Vector content that sizes to its width (a chart, a tooth diagram).
    case drawing(Drawing)
    /// Children one under another, `spacing` apart.
    case stack([Block], spacing: Length = 0)
    /// Children side by side in columns of fixed or fractional width, `spacing` apart.
    case row([RowItem], spacing: Length = 0, alignment: VerticalAlignment = .top)
    /// `cells` filled in left to right, `columns` equal columns per row; breaks between rows.
    case grid([Block], columns: Int, columnSpacing: Length = 0, rowSpacing: Length = 0,
              alignment: VerticalAlignment = .top)
    /// Rows and columns with a header repeated on every page; body rows stay whole unless taller than a page.
    case table(Table)
    /// Empty vertical space; dropped at the top of a continued page and cut at the bottom of a page.
    case spacer(Length)
    /// Ends the page (nothing happens when the page is still empty).
    case pageBreak
    /// Children that go on the same page (a total and its label), `spacing` apart; they break only when
    /// together they are taller than a page.
    case keepTogether([Block], spacing: Length = 0)
    /// A block that never ends a page: if the next block of the same stack moves to the next page, this one
    /// moves with it (a heading and its first lines).
    case keepWithNext(Block)
    /// A named place for links and the outline; it stays with the block after it.
    case anchor(String)
    /// A child that is clickable, leading to an anchor or a URI.
    case link(Block, to: LinkTarget)
    /// A child that is `StructureRole` to a reader: a heading, a list, an artifact. Without one, a paragraph
    /// is a paragraph, a table a table, an image with a caption a figure read as its caption, a drawing with
    /// alternative text a figure; anything else only holds its children.
    case tagged(StructureRole, Block)
}
