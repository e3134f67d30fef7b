import DentalModel
import Graphics
import Layout

/// Places a tooth's unit box (see `ToothShape`) on the page: scaled into `rect`, mirrored for teeth on
/// the patient's left (their mesial side faces the midline, to the left of them) and flipped for the
/// lower jaw (roots down).
struct UnitBox: Sendable {
    let rect: Rect
    let mirrored: Bool
    let flipped: Bool
    let transform: AffineTransform

    init(rect: Rect, mirrored: Bool, flipped: Bool) {
        self.rect = rect
        self.mirrored = mirrored
        self.flipped = flipped
        transform = AffineTransform(a: mirrored ? -rect.width : rect.width, b: 0, c: 0,
                                    d: flipped ? -rect.height : rect.height,
                                    tx: rect.minX + (mirrored ? rect.width : 0),
                                    ty: rect.minY + (flipped ? rect.height : 0))
    }

    /// The box for `tooth` charted in `rect`.
    init(tooth: ToothNumber, rect: Rect) {
        self.init(rect: rect, mirrored: !tooth.isPatientRight, flipped: tooth.jaw == .lower)
    }

    /// A unit point on the page.
    func point(_ x: Double, _ y: Double) -> Point { transform.map(Point(x: x, y: y)) }
    /// A unit point on the page.
    func point(_ unit: Point) -> Point { transform.map(unit) }
    /// A unit-box path on the page.
    func path(_ unit: Path) -> Path { unit.applying(transform) }
    /// A horizontal unit length in points.
    func width(_ fraction: Double) -> Length { rect.width * fraction }
    /// The unit rectangle x0…x1, y0…y1 on the page.
    func rect(x0: Double, y0: Double, x1: Double, y1: Double) -> Rect {
        let a = point(x0, y0), b = point(x1, y1)
        return Rect(x: min(a.x, b.x), y: min(a.y, b.y), width: abs(b.x - a.x), height: abs(b.y - a.y))
    }

    /// Unit-box `paths`, each filled and stroked alike, as one shared symbol placed in this box. Every box
    /// of the same size draws the same symbol, mirrored and flipped by its placement (which keeps stroke
    /// widths), so a PDF holds each tooth outline once per size. Solid fills only: a pattern would be
    /// anchored at the symbol's origin rather than the page's.
    func symbol(_ paths: [Path], fill: Fill? = nil, stroke: Stroke? = nil) -> Frame {
        let local = UnitBox(rect: Rect(origin: .zero, size: rect.size), mirrored: false, flipped: false)
        let placement = AffineTransform(a: mirrored ? -1 : 1, b: 0, c: 0, d: flipped ? -1 : 1,
                                        tx: rect.minX + (mirrored ? rect.width : 0), ty: rect.minY + (flipped ? rect.height : 0))
        return .symbol(Symbol(shapes: paths.map { Shape(path: local.path($0), fill: fill, stroke: stroke) }),
                       transform: placement)
    }
}
