import Graphics

/// The width of a row item, grid or table column: fixed points, or a share of what fixed columns leave.
public enum ColumnWidth: Hashable, Sendable {
    case fixed(Length)
    /// A share of the remaining width: `.fraction(2)` is twice as wide as `.fraction(1)`.
    case fraction(Double)
}

/// Where content shorter than its row sits.
public enum VerticalAlignment: Hashable, Sendable {
    case top, center, bottom
    /// The first lines of text side by side share one baseline (items whose first frame is not text sit at
    /// the top): texts in different fonts, e.g. a taller fallback script next to Latin, still read as one line.
    case firstBaseline
}
