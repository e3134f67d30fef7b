import CCairo
import Foundation

/// Owner of a `cairo_t` drawing on a `Surface`. Painting code calls these typed methods, never Cairo itself.
public final class Context {
    let pointer: OpaquePointer
    /// The surface drawn on; kept alive while the context lives.
    public let surface: Surface

    public init(surface: Surface) throws(GraphicsError) {
        self.surface = surface
        pointer = cairo_create(surface.pointer)!
        try cairo_status(pointer).check("create context")
    }

    deinit { cairo_destroy(pointer) }

    /// Throws if Cairo has recorded an error on this context (Cairo errors are sticky).
    public func checkStatus(_ operation: String) throws(GraphicsError) {
        try cairo_status(pointer).check(operation)
    }

    // MARK: State

    public func save() { cairo_save(pointer) }
    public func restore() { cairo_restore(pointer) }

    /// Runs `body` between `save()` and `restore()`.
    public func withSavedState<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        save()
        defer { restore() }
        return try body()
    }

    /// How far, in device units, a curve may be drawn from its true course when Cairo flattens it into
    /// line segments (Cairo's default is 0.1).
    public func setTolerance(_ deviceUnits: Double) { cairo_set_tolerance(pointer, deviceUnits) }

    public func translate(_ x: Length, _ y: Length) { cairo_translate(pointer, x, y) }
    public func scale(_ x: Double, _ y: Double) { cairo_scale(pointer, x, y) }
    public func rotate(_ radians: Double) { cairo_rotate(pointer, radians) }

    /// Multiplies the current transform by `transform`.
    public func concatenate(_ transform: AffineTransform) {
        var matrix = cairo_matrix_t(xx: transform.a, yx: transform.b, xy: transform.c, yy: transform.d,
                                    x0: transform.tx, y0: transform.ty)
        cairo_transform(pointer, &matrix)
    }

    // MARK: Paths

    public func newPath() { cairo_new_path(pointer) }
    public func move(to point: Point) { cairo_move_to(pointer, point.x, point.y) }
    public func line(to point: Point) { cairo_line_to(pointer, point.x, point.y) }
    public func curve(to point: Point, control1: Point, control2: Point) {
        cairo_curve_to(pointer, control1.x, control1.y, control2.x, control2.y, point.x, point.y)
    }
    /// An arc around `center`, angles in radians, clockwise on the page (y down).
    public func arc(center: Point, radius: Length, from start: Double, to end: Double) {
        cairo_arc(pointer, center.x, center.y, radius, start, end)
    }
    public func closePath() { cairo_close_path(pointer) }
    public func addRectangle(_ rect: Rect) { cairo_rectangle(pointer, rect.minX, rect.minY, rect.width, rect.height) }

    // MARK: Paint

    public func setColor(_ color: Color) {
        cairo_set_source_rgba(pointer, color.red, color.green, color.blue, color.alpha)
    }

    /// Sets a linear gradient from `start` to `end` through the colour stops (offsets 0…1).
    public func setLinearGradient(from start: Point, to end: Point, stops: [(offset: Double, color: Color)]) {
        let pattern = cairo_pattern_create_linear(start.x, start.y, end.x, end.y)
        for stop in stops {
            cairo_pattern_add_color_stop_rgba(pattern, stop.offset, stop.color.red, stop.color.green,
                                              stop.color.blue, stop.color.alpha)
        }
        cairo_set_source(pointer, pattern)
        cairo_pattern_destroy(pattern)
    }

    /// Fills the current path; keeps it when `preserve` is true.
    public func fill(preserve: Bool = false, evenOdd: Bool = false) {
        cairo_set_fill_rule(pointer, evenOdd ? CAIRO_FILL_RULE_EVEN_ODD : CAIRO_FILL_RULE_WINDING)
        preserve ? cairo_fill_preserve(pointer) : cairo_fill(pointer)
    }

    /// Line properties for the next stroke.
    public func setLine(width: Length, dash: [Length] = [], cap: LineCap = .butt, join: LineJoin = .miter) {
        cairo_set_line_width(pointer, width)
        cairo_set_dash(pointer, dash, Int32(dash.count), 0)
        cairo_set_line_cap(pointer, cap.cairoValue)
        cairo_set_line_join(pointer, join.cairoValue)
    }

    /// Strokes the current path; keeps it when `preserve` is true.
    public func stroke(preserve: Bool = false) {
        preserve ? cairo_stroke_preserve(pointer) : cairo_stroke(pointer)
    }

    /// Intersects the clip with the current path and clears the path.
    public func clip(evenOdd: Bool = false) {
        cairo_set_fill_rule(pointer, evenOdd ? CAIRO_FILL_RULE_EVEN_ODD : CAIRO_FILL_RULE_WINDING)
        cairo_clip(pointer)
    }

    /// Fills the whole clip region with the current source.
    public func paint(alpha: Double = 1) {
        alpha >= 1 ? cairo_paint(pointer) : cairo_paint_with_alpha(pointer, alpha)
    }
}

/// How line ends are drawn.
public enum LineCap: Sendable, Hashable {
    case butt, round, square
    var cairoValue: cairo_line_cap_t {
        switch self {
        case .butt: CAIRO_LINE_CAP_BUTT
        case .round: CAIRO_LINE_CAP_ROUND
        case .square: CAIRO_LINE_CAP_SQUARE
        }
    }
}

/// How line corners are drawn.
public enum LineJoin: Sendable, Hashable {
    case miter, round, bevel
    var cairoValue: cairo_line_join_t {
        switch self {
        case .miter: CAIRO_LINE_JOIN_MITER
        case .round: CAIRO_LINE_JOIN_ROUND
        case .bevel: CAIRO_LINE_JOIN_BEVEL
        }
    }
}
