import DentalModel
import Graphics
import Layout

/// The occlusal (or incisal) face of a tooth as five fillable surfaces: a centre (occlusal or incisal)
/// inside a ring cut into four sectors. The outline follows the tooth type — a squarish molar, an oval
/// premolar, a pointed canine, a flat incisor with a thin incisal edge in the middle.
///
/// Sides on the page: the buccal surface faces the outside of the chart (up for the upper jaw, down for
/// the lower), the mesial surface faces the midline.
struct SurfaceDiagram: Sendable {
    /// A side of the diagram as drawn on the page.
    enum Side: CaseIterable, Sendable { case top, right, bottom, left, centre }

    /// The rectangle the diagram fills.
    let rect: Rect
    /// The paths with the rectangle's top-left corner at the origin, as the diagram's symbols draw them;
    /// the page paths are these moved into place.
    private let atOrigin: Paths

    /// The paths of one diagram.
    private struct Paths: Sendable {
        var outline: Path
        var centre: Path
        var sectors: [Side: Path]
        var dividers: Path
    }

    /// The outer outline.
    var outline: Path { placed(atOrigin.outline) }
    /// The centre surface.
    var centre: Path { placed(atOrigin.centre) }
    /// The four lines between sectors, one path.
    var dividers: Path { placed(atOrigin.dividers) }

    /// The outline, the centre and the dividers as one path: every line of the diagram.
    var lines: Path { placed(Self.lines(of: atOrigin)) }

    /// The diagram for `tooth`, filling `rect`.
    init(tooth: ToothNumber, in rect: Rect) {
        self.rect = rect
        atOrigin = Self.paths(tooth.kind, size: rect.size)
    }

    private init(rect: Rect, atOrigin: Paths) {
        self.rect = rect
        self.atOrigin = atOrigin
    }

    private func placed(_ path: Path) -> Path {
        path.applying(.translation(rect.minX, rect.minY))
    }

    private static func lines(of paths: Paths) -> Path {
        var lines = paths.outline
        lines.append(paths.centre)
        lines.append(paths.dividers)
        return lines
    }

    /// The paths of a `kind` diagram filling a rectangle of `size` at the origin.
    private static func paths(_ kind: ToothKind, size: Size) -> Paths {
        let (outer, inner) = proportions(kind)
        let cx = size.width / 2, cy = size.height / 2
        let outerHalves = halves(cx: cx, cy: cy, rx: outer.rx * size.width, ry: outer.ry * size.height, k: outer.k)
        let innerHalves = halves(cx: cx, cy: cy, rx: inner.rx * size.width, ry: inner.ry * size.height, k: inner.k)
        // Halves run clockwise on the page from the right-hand point: sectors are pairs around each axis point.
        let pairs: [(Side, Int, Int)] = [(.right, 7, 0), (.bottom, 1, 2), (.left, 3, 4), (.top, 5, 6)]
        var sectors: [Side: Path] = [:]
        for (side, first, second) in pairs {
            var path = Path()
            path.move(to: outerHalves[first].start)
            outerHalves[first].append(to: &path)
            outerHalves[second].append(to: &path)
            path.line(to: innerHalves[second].end)
            innerHalves[second].reversed.append(to: &path)
            innerHalves[first].reversed.append(to: &path)
            path.close()
            sectors[side] = path
        }
        var dividers = Path()
        for index in [0, 2, 4, 6] {
            dividers.move(to: innerHalves[index].end)
            dividers.line(to: outerHalves[index].end)
        }
        return Paths(outline: path(outerHalves), centre: path(innerHalves), sectors: sectors, dividers: dividers)
    }

    /// Paths of the diagram picked by `parts`, each filled and stroked alike, as one shared symbol placed
    /// at the diagram's rectangle: every diagram of the same tooth kind and size draws the same symbol
    /// (see `UnitBox.symbol`). Solid fills only.
    func symbol(_ parts: (SurfaceDiagram) -> [Path], fill: Fill? = nil, stroke: Stroke? = nil) -> Frame {
        let local = SurfaceDiagram(rect: Rect(origin: .zero, size: rect.size), atOrigin: atOrigin)
        return .symbol(Symbol(shapes: parts(local).map { Shape(path: $0, fill: fill, stroke: stroke) }),
                       transform: .translation(rect.minX, rect.minY))
    }

    /// The path of `side`.
    func path(_ side: Side) -> Path {
        placed(side == .centre ? atOrigin.centre : atOrigin.sectors[side] ?? atOrigin.centre)
    }

    /// Where `surface` of `tooth` is drawn.
    static func side(of surface: DentalModel.Surface, for tooth: ToothNumber) -> Side {
        let mesialOnRight = tooth.isPatientRight
        switch surface {
        case .occlusal, .incisal: return .centre
        case .buccal: return tooth.jaw == .upper ? .top : .bottom
        case .lingual: return tooth.jaw == .upper ? .bottom : .top
        case .mesial: return mesialOnRight ? .right : .left
        case .distal: return mesialOnRight ? .left : .right
        }
    }

    /// Half-widths as fractions of the rectangle and the squareness `k` (0.55 is an ellipse, more is
    /// squarer, less is pointed) of the outer outline and the centre.
    private static func proportions(_ kind: ToothKind) -> (outer: Oval, inner: Oval) {
        switch kind {
        case .molar: (Oval(rx: 0.47, ry: 0.46, k: 0.74), Oval(rx: 0.21, ry: 0.20, k: 0.62))
        case .premolar: (Oval(rx: 0.40, ry: 0.46, k: 0.62), Oval(rx: 0.17, ry: 0.19, k: 0.56))
        case .canine: (Oval(rx: 0.42, ry: 0.40, k: 0.44), Oval(rx: 0.20, ry: 0.09, k: 0.55))
        case .incisor: (Oval(rx: 0.46, ry: 0.32, k: 0.62), Oval(rx: 0.30, ry: 0.075, k: 0.55))
        }
    }

    private struct Oval { var rx: Double; var ry: Double; var k: Double }

    /// The oval as eight half-quarter curves, clockwise on the page from the rightmost point.
    private static func halves(cx: Double, cy: Double, rx: Double, ry: Double, k: Double) -> [CubicSegment] {
        let right = Point(x: cx + rx, y: cy), bottom = Point(x: cx, y: cy + ry)
        let left = Point(x: cx - rx, y: cy), top = Point(x: cx, y: cy - ry)
        let quarters = [
            CubicSegment(start: right, control1: Point(x: cx + rx, y: cy + k * ry), control2: Point(x: cx + k * rx, y: cy + ry), end: bottom),
            CubicSegment(start: bottom, control1: Point(x: cx - k * rx, y: cy + ry), control2: Point(x: cx - rx, y: cy + k * ry), end: left),
            CubicSegment(start: left, control1: Point(x: cx - rx, y: cy - k * ry), control2: Point(x: cx - k * rx, y: cy - ry), end: top),
            CubicSegment(start: top, control1: Point(x: cx + k * rx, y: cy - ry), control2: Point(x: cx + rx, y: cy - k * ry), end: right),
        ]
        return quarters.flatMap { quarter -> [CubicSegment] in
            let (a, b) = quarter.halves()
            return [a, b]
        }
    }

    private static func path(_ halves: [CubicSegment]) -> Path {
        var path = Path()
        guard let first = halves.first else { return path }
        path.move(to: first.start)
        for half in halves { half.append(to: &path) }
        path.close()
        return path
    }
}
