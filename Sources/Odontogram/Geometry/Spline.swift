import Graphics
import Layout

/// A point an outline passes through, in a tooth's unit box; `sharp` makes the outline turn there
/// (a corner) instead of flowing through it.
struct Knot: Sendable {
    var x: Double
    var y: Double
    var sharp: Bool

    init(_ x: Double, _ y: Double, sharp: Bool = false) {
        self.x = x; self.y = y; self.sharp = sharp
    }

    var point: Point { Point(x: x, y: y) }
}

/// Smooth outlines through a few knots: a closed Catmull-Rom spline written as cubic Béziers, so a tooth
/// is described by a dozen points instead of hand-placed control handles.
enum Spline {
    /// The closed outline through `knots`, in order.
    static func closed(_ knots: [Knot]) -> Path {
        var path = Path()
        guard let first = knots.first else { return path }
        path.move(to: first.point)
        let count = knots.count
        for index in 0..<count {
            let previous = knots[(index + count - 1) % count], start = knots[index]
            let end = knots[(index + 1) % count], next = knots[(index + 2) % count]
            let control1 = start.sharp ? start.point
                : Point(x: start.x + (end.x - previous.x) / 6, y: start.y + (end.y - previous.y) / 6)
            let control2 = end.sharp ? end.point
                : Point(x: end.x - (next.x - start.x) / 6, y: end.y - (next.y - start.y) / 6)
            path.curve(to: end.point, control1: control1, control2: control2)
        }
        path.close()
        return path
    }
}
