import Graphics

/// How a table looks: padding in cells, backgrounds and thin rules (no heavy borders).
public struct TableStyle: Hashable, Sendable {
    public var cellPadding: Insets
    public var headerBackground: Color?
    /// The background of every second body row, counted from the first.
    public var stripe: Color?
    /// The rule under the header, on every page.
    public var headerRule: Stroke?
    /// The rule between body rows (none after the last row of a page or of the table).
    public var rowRule: Stroke?
    public var verticalAlignment: VerticalAlignment

    public init(cellPadding: Insets = Insets(horizontal: 4, vertical: 3), headerBackground: Color? = nil,
                stripe: Color? = nil, headerRule: Stroke? = nil, rowRule: Stroke? = nil,
                verticalAlignment: VerticalAlignment = .top) {
        self.cellPadding = cellPadding; self.headerBackground = headerBackground; self.stripe = stripe
        self.headerRule = headerRule; self.rowRule = rowRule; self.verticalAlignment = verticalAlignment
    }
}
