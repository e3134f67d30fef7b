import Graphics

/// How a `Block.box` looks: fill, stroke and corner radius around its padding.
public struct BoxStyle: Hashable, Sendable {
    public var fill: Fill?
    public var stroke: Stroke?
    public var radius: Length
    public var padding: Insets

    public init(fill: Fill? = nil, stroke: Stroke? = nil, radius: Length = 0, padding: Insets = .zero) {
        self.fill = fill; self.stroke = stroke; self.radius = radius; self.padding = padding
    }
}
