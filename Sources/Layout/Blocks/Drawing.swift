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

    public init(heightForWidth: @escaping (Length) -> Length, alternativeText: String? = nil,
                draw: @escaping (Rect) -> [Frame]) {
        self.heightForWidth = heightForWidth; self.alternativeText = alternativeText; self.draw = draw
    }

    /// A drawing with a fixed width ÷ height ratio.
    public init(aspectRatio: Double, alternativeText: String? = nil, draw: @escaping (Rect) -> [Frame]) {
        self.init(heightForWidth: { $0 / aspectRatio }, alternativeText: alternativeText, draw: draw)
    }
}
