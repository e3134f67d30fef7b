/// What a piece of a page is to a reader who cannot see it: the role a screen reader announces and the
/// order it reads in. Layout gives every paragraph, table and figure its role (blocks may name another
/// with `Block.tagged`); the PDF exporter writes them as the tagged-PDF structure tree. Frames outside any
/// role — rules, backgrounds, running headers and footers, crop marks — are artifacts, skipped by readers.
public enum StructureRole: Hashable, Sendable {
    /// Running text: the role every paragraph has unless one around it says otherwise.
    case paragraph
    /// A heading of `level` 1 (a part of the outline) to 6.
    case heading(level: Int)
    /// The words that go with a figure or a table.
    case caption
    /// A list, whose children are `listItem`s.
    case list
    /// One entry of a list: a `listLabel` (the bullet or number) and a `listBody`.
    case listItem
    /// The bullet or number of a list item.
    case listLabel
    /// The content of a list item.
    case listBody
    /// A table, whose children are `tableRow`s.
    case table
    /// One row of a table, read left to right.
    case tableRow
    /// A cell that names the column below it.
    case headerCell
    /// A cell of the table's body.
    case dataCell
    /// A picture or a chart, read as `alternativeText` (its caption, or the chart said in plain words).
    case figure(alternativeText: String)
    /// Decoration a reader skips, with everything inside it (a running footer, crop marks).
    case artifact

    /// Whether text under this role is read as its own words, so a paragraph inside it is not a
    /// paragraph of its own (a heading's text, a table cell's).
    public var holdsText: Bool {
        switch self {
        case .paragraph, .heading, .caption, .listLabel, .headerCell, .dataCell: true
        default: false
        }
    }

    /// Whether nothing inside this role is read separately: a figure is read as its alternative text,
    /// an artifact not at all.
    public var isOpaque: Bool {
        switch self {
        case .figure, .artifact: true
        default: false
        }
    }
}
