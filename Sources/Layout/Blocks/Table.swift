import Graphics

/// A table: columns, header rows repeated at the top of every page it reaches, and body rows.
///
/// Body rows stay whole: a row that does not fit the rest of a page moves to the next one, under a fresh
/// header. Only a row taller than a whole page is split. The header is never left alone at a page's foot.
public struct Table {
    public var columns: [TableColumn]
    public var header: [TableRow]
    public var body: [TableRow]
    public var style: TableStyle

    public init(columns: [TableColumn], header: [TableRow] = [], body: [TableRow], style: TableStyle = TableStyle()) {
        self.columns = columns; self.header = header; self.body = body; self.style = style
    }
}

/// A table column: its width, and the alignment given to paragraphs placed directly in its cells
/// (`nil` keeps each paragraph's own), so amounts line up right without restyling every cell.
public struct TableColumn: Hashable, Sendable {
    public var width: ColumnWidth
    public var alignment: TextAlignment?

    public init(_ width: ColumnWidth = .fraction(1), alignment: TextAlignment? = nil) {
        self.width = width; self.alignment = alignment
    }
}

/// One row of a table; its cells' spans must add up to the number of columns.
public struct TableRow {
    public var cells: [TableCell]
    /// Paints the row's background (over the table's stripes).
    public var background: Color?
    /// Never ends a page (a group heading: "Visit 2").
    public var keepWithNext: Bool
    /// Never starts a page (a group's subtotal). The last row of a table always keeps with the one before.
    public var keepWithPrevious: Bool

    public init(_ cells: [TableCell], background: Color? = nil, keepWithNext: Bool = false, keepWithPrevious: Bool = false) {
        self.cells = cells; self.background = background
        self.keepWithNext = keepWithNext; self.keepWithPrevious = keepWithPrevious
    }
}

/// A table cell: a block spanning one or more columns.
public struct TableCell {
    public var block: Block
    public var span: Int

    public init(_ block: Block, span: Int = 1) {
        self.block = block; self.span = span
    }
}
