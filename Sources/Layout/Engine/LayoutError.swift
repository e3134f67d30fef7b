import Graphics

/// Why a document could not be laid out. Each message names the block at fault and, when it has one, the
/// nearest anchor before it, so the template author can find it.
public enum LayoutError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A block that cannot break is taller than any page can hold (`available` points).
    case doesNotFit(block: String, height: Length, available: Length, after: String?)
    /// A header or footer taller than its band.
    case bandOverflow(band: String, page: Int, height: Length, available: Length)
    /// Columns whose fixed widths and spacing need more than the width available.
    case columnsTooWide(needed: Length, available: Length)
    /// A table row whose cells span more or fewer columns than the table has.
    case tableRowMismatch(row: Int, spans: Int, columns: Int)
    /// A size that makes no sense: a negative or zero ratio, a page with no room for its body.
    case invalidSize(String)
    /// A link or outline entry pointing at an anchor no block defines.
    case unknownAnchor(String)
    /// Two anchors with one name.
    case duplicateAnchor(String)
    /// Text could not be shaped (invalid template markup).
    case text(GraphicsError)
    /// The engine's `deadline` passed before the layout finished.
    case deadlinePassed

    public var description: String {
        switch self {
        case let .doesNotFit(block, height, available, after):
            let place = after.map { " (after anchor '\($0)')" } ?? ""
            return "\(block)\(place) is \(Self.points(height)) tall but a page holds \(Self.points(available))"
        case let .bandOverflow(band, page, height, available):
            return "the \(band) of page \(page) is \(Self.points(height)) tall but its band holds \(Self.points(available))"
        case let .columnsTooWide(needed, available):
            return "columns need \(Self.points(needed)) but only \(Self.points(available)) are available"
        case let .tableRowMismatch(row, spans, columns):
            return "table row \(row) spans \(spans) columns but the table has \(columns)"
        case let .invalidSize(problem):
            return problem
        case let .unknownAnchor(name):
            return "nothing in the document is anchored as '\(name)'"
        case let .duplicateAnchor(name):
            return "the anchor '\(name)' is defined twice"
        case .deadlinePassed:
            return "the render's deadline passed"
        case let .text(error):
            return error.description
        }
    }

    private static func points(_ value: Length) -> String { "\((value * 10).rounded() / 10) pt" }
}
