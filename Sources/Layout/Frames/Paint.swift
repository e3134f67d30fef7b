import Graphics

/// How the inside of a shape is painted. Patterns carry meaning that must survive greyscale printing
/// and colour-blind readers (the tooth chart uses them), so they are first-class, not decoration.
public enum Fill: Hashable, Sendable {
    case color(Color)
    /// A linear gradient along the line `from` → `to`, stops at offsets 0…1.
    case linearGradient(from: Point, to: Point, stops: [GradientStop])
    /// Parallel lines over an optional background.
    case hatch(Hatch)
    /// A grid of dots over an optional background.
    case dots(Dots)
}

/// One colour stop of a gradient.
public struct GradientStop: Hashable, Sendable {
    public var offset: Double
    public var color: Color
    public init(offset: Double, color: Color) { self.offset = offset; self.color = color }
}

/// Hatching: lines at `angle` degrees (0 = horizontal, 45 = rising to the right), `spacing` apart.
public struct Hatch: Hashable, Sendable {
    public var color: Color
    public var background: Color?
    public var angle: Double
    public var spacing: Length
    public var lineWidth: Length
    /// Also draw the perpendicular set (cross-hatching).
    public var crossed: Bool

    public init(color: Color, background: Color? = nil, angle: Double = 45, spacing: Length = 2,
                lineWidth: Length = 0.5, crossed: Bool = false) {
        self.color = color; self.background = background; self.angle = angle
        self.spacing = spacing; self.lineWidth = lineWidth; self.crossed = crossed
    }
}

/// Dots of `radius` on a square grid `spacing` apart.
public struct Dots: Hashable, Sendable {
    public var color: Color
    public var background: Color?
    public var spacing: Length
    public var radius: Length

    public init(color: Color, background: Color? = nil, spacing: Length = 2, radius: Length = 0.4) {
        self.color = color; self.background = background; self.spacing = spacing; self.radius = radius
    }
}

/// How the outline of a shape is drawn.
public struct Stroke: Hashable, Sendable {
    public var color: Color
    public var width: Length
    public var dash: [Length]
    public var cap: LineCap
    public var join: LineJoin

    public init(color: Color, width: Length = 0.5, dash: [Length] = [], cap: LineCap = .butt, join: LineJoin = .miter) {
        self.color = color; self.width = width; self.dash = dash; self.cap = cap; self.join = join
    }
}

/// A path with its paint: the vector primitive of a frame.
public struct Shape: Hashable, Sendable {
    public var path: Path
    public var fill: Fill?
    public var stroke: Stroke?
    /// Fill with the even-odd rule (holes in a single path).
    public var evenOdd: Bool

    public init(path: Path, fill: Fill? = nil, stroke: Stroke? = nil, evenOdd: Bool = false) {
        self.path = path; self.fill = fill; self.stroke = stroke; self.evenOdd = evenOdd
    }
}
