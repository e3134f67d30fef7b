import Graphics
import Layout

/// One cubic Bézier segment; the occlusal diagram cuts its outlines into sectors with these.
struct CubicSegment: Sendable {
    var start: Point
    var control1: Point
    var control2: Point
    var end: Point

    /// The two halves at t = ½ (de Casteljau).
    func halves() -> (CubicSegment, CubicSegment) {
        func mid(_ a: Point, _ b: Point) -> Point { Point(x: (a.x + b.x) / 2, y: (a.y + b.y) / 2) }
        let ab = mid(start, control1), bc = mid(control1, control2), cd = mid(control2, end)
        let abc = mid(ab, bc), bcd = mid(bc, cd), middle = mid(abc, bcd)
        return (CubicSegment(start: start, control1: ab, control2: abc, end: middle),
                CubicSegment(start: middle, control1: bcd, control2: cd, end: end))
    }

    /// The same curve run backwards.
    var reversed: CubicSegment { CubicSegment(start: end, control1: control2, control2: control1, end: start) }

    /// Appends the curve to `path` (which must already stand at `start`).
    func append(to path: inout Path) {
        path.curve(to: end, control1: control1, control2: control2)
    }
}
