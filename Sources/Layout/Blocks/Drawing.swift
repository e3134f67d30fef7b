import Graphics

/// Vector content that sizes to its box: given a width it reports its height, then draws into the
/// rectangle it gets (origin at 0, 0) and returns frames inside it. The tooth chart is one.
public struct Drawing {
    /// The height the drawing wants for a width.
    public var heightForWidth: (Length) -> Length
    /// The frames of the drawing laid into a rectangle whose origin is zero.
    public var draw: (Rect) -> [Frame]
    /// What the drawing shows, in words, for a reader who cannot see it; `nil` for decoration, which
    /// readers skip.
    public var alternativeText: String?
    /// Everything `draw` draws from besides the rectangle, when the drawing is worth drawing once: two
    /// drawings with equal identities must draw equal frames into equal rectangles. The layout engine then
    /// keeps the frames (`LayoutEngine.frames(of:in:)`), so a chart measured while a booklet is composed
    /// is not drawn again by its layout, nor by the next render of a case whose teeth did not change.
    /// `nil` draws every time.
    public var identity: AnyHashable?

    public init(heightForWidth: @escaping (Length) -> Length, alternativeText: String? = nil,
                identity: AnyHashable? = nil, draw: @escaping (Rect) -> [Frame]) {
        self.heightForWidth = heightForWidth; self.alternativeText = alternativeText; self.identity = identity
        self.draw = draw
    }

    /// A drawing with a fixed width ÷ height ratio.
    public init(aspectRatio: Double, alternativeText: String? = nil, draw: @escaping (Rect) -> [Frame]) {
        self.init(heightForWidth: { $0 / aspectRatio }, alternativeText: alternativeText, draw: draw)
    }
}
