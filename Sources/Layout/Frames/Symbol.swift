import Graphics

/// A vector drawing made once and placed many times, such as the outline of one tooth type that every
/// tooth of that type shows.
///
/// A symbol is a value: two equal symbols are the same drawing, whoever made them. On PDF the painter
/// writes each distinct symbol once per document (a form XObject) and places it with a transform, so a
/// chart of 32 teeth carries a handful of outlines instead of 32 copies of each; on SVG and pixels it is
/// drawn in place (`FramePainter` says why not as an SVG `<use>`).
///
/// The shapes are in the symbol's own coordinates: a hatch or dot grid is anchored at their origin, not
/// at the page's.
public struct Symbol: Hashable, Sendable {
    /// The shapes, in painting order, the first at the bottom.
    public let shapes: [Shape]

    /// A symbol of `shapes`, painted in order.
    public init(shapes: [Shape]) {
        self.shapes = shapes
    }

    /// What the shapes cover with their strokes, in the symbol's coordinates (computed on demand: a chart
    /// makes many symbols and the painter needs the bounds once per distinct one).
    public var bounds: Rect { Frame.union(shapes.map { Frame.shape($0).bounds }) }
}
