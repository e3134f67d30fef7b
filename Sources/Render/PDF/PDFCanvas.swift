import Graphics
import Layout

/// A content stream with the graphics state it has set: colours and line style are written only when they
/// change, and `save`/`restore` (`q`/`Q`) bring the remembered state back with the real one.
///
/// Coordinates are those of the page (or of the symbol, in a form), y down: see `PDFContent`.
struct PDFCanvas {
    /// The operators so far.
    var content = PDFContent()

    /// What the stream has set, as far as this canvas knows (`nil`: unknown, write it next time).
    private struct State {
        var fill: Color?
        var stroke: Color?
        var width: Double = 1
        var dash: [Double] = []
        var cap = LineCap.butt
        var join = LineJoin.miter
    }

    private var state = State()
    private var saved: [State] = []

    /// `q`: saves the graphics state.
    mutating func save() {
        content.append("q\n")
        saved.append(state)
    }

    /// `Q`: restores the state of the matching `save`.
    mutating func restore() {
        content.append("Q\n")
        state = saved.popLast() ?? State()
    }

    /// `cm`.
    mutating func concatenate(_ transform: AffineTransform) {
        content.concatenate(transform)
    }

    /// `r g b rg`, when the fill colour changes (alpha is the graphics state's, see `PDFResources.alphaState`).
    mutating func setFill(_ color: Color) {
        if let current = state.fill, Self.sameRGB(current, color) { return }
        content.number(color.red); content.number(color.green); content.number(color.blue)
        content.append("rg\n")
        state.fill = color
    }

    /// `r g b RG`, when the stroke colour changes.
    mutating func setStroke(_ color: Color) {
        if let current = state.stroke, Self.sameRGB(current, color) { return }
        content.number(color.red); content.number(color.green); content.number(color.blue)
        content.append("RG\n")
        state.stroke = color
    }

    /// `w`, `d`, `J`, `j` for whichever of them change.
    mutating func setLine(width: Double, dash: [Double] = [], cap: LineCap = .butt, join: LineJoin = .miter) {
        if state.width != width {
            content.number(width)
            content.append("w\n")
            state.width = width
        }
        if state.dash != dash {
            content.append("[")
            for length in dash { content.number(length) }
            content.append("] 0 d\n")
            state.dash = dash
        }
        if state.cap != cap {
            content.append(cap == .butt ? "0 J\n" : cap == .round ? "1 J\n" : "2 J\n")
            state.cap = cap
        }
        if state.join != join {
            content.append(join == .miter ? "0 j\n" : join == .round ? "1 j\n" : "2 j\n")
            state.join = join
        }
    }

    /// The elements of `path` (`m l c h`; an axis-aligned rectangle as `re`).
    mutating func append(_ path: Path) {
        let elements = path.elements
        if elements.count == 5, case let .move(a) = elements[0], case let .line(b) = elements[1],
           case let .line(c) = elements[2], case let .line(d) = elements[3], case .close = elements[4],
           a.y == b.y, b.x == c.x, c.y == d.y, d.x == a.x {
            rectangle(Rect(x: a.x, y: a.y, width: b.x - a.x, height: d.y - a.y))
            return
        }
        for element in elements {
            switch element {
            case let .move(p):
                content.number(p.x); content.number(p.y); content.append("m\n")
            case let .line(p):
                content.number(p.x); content.number(p.y); content.append("l\n")
            case let .curve(p, c1, c2):
                content.number(c1.x); content.number(c1.y); content.number(c2.x); content.number(c2.y)
                content.number(p.x); content.number(p.y); content.append("c\n")
            case .close:
                content.append("h\n")
            }
        }
    }

    /// `x y w h re`.
    mutating func rectangle(_ rect: Rect) {
        content.number(rect.minX); content.number(rect.minY); content.number(rect.width); content.number(rect.height)
        content.append("re\n")
    }

    /// Clips to the current path and ends it: `W n` or `W* n`.
    mutating func clip(evenOdd: Bool = false) {
        content.append(evenOdd ? "W* n\n" : "W n\n")
    }

    private static func sameRGB(_ a: Color, _ b: Color) -> Bool {
        a.red == b.red && a.green == b.green && a.blue == b.blue
    }
}
