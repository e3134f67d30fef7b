import Graphics

/// Vector content that sizes to its box: given a width it reports its height, then draws into the
/// rectangle it gets (origin at 0, 0) and returns frames inside it. The tooth chart is one.
public struct Drawing {
    /// The height the drawing wants for a width.
    public var heightForWidth: (Length) -> Length
    /// The frames of the drawing laid into a rectangle whose origin is zero.
    public var draw: (Rect) -> [Frame]

    public init(heightForWidth: @escaping (Length) -> Length, draw: @escaping (Rect) -> [Frame]) {
        self.heightForWidth = heightForWidth; self.draw = draw
    }

    /// A drawing with a fixed width ÷ height ratio.
    public init(aspectRatio: Double, draw: @escaping (Rect) -> [Frame]) {
        self.init(heightForWidth: { $0 / aspectRatio }, draw: draw)
    }
}
