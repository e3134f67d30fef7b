import Foundation
import Graphics

/// The marks of the pattern fills as paths, so every output draws the same lines and dots: Cairo's painter
/// for PNG and SVG, and the PDF writer.
extension Hatch {
    /// Parallel segments at `angle` degrees (0 horizontal, positive rising to the right on a y-down page),
    /// `spacing` apart on a grid anchored at the origin, covering `bounds` and running a line width past it
    /// each way (the shape's clip, not the segment's end, bounds what shows).
    public func lines(at angle: Double, covering bounds: Rect) -> Path {
        var lines = Path()
        guard spacing > 0, bounds.width > 0 || bounds.height > 0 else { return lines }
        let radians = angle * .pi / 180
        let direction = Point(x: cos(radians), y: -sin(radians))
        let normal = Point(x: sin(radians), y: cos(radians))
        let corners = [Point(x: bounds.minX, y: bounds.minY), Point(x: bounds.maxX, y: bounds.minY),
                       Point(x: bounds.minX, y: bounds.maxY), Point(x: bounds.maxX, y: bounds.maxY)]
        let across = corners.map { $0.x * normal.x + $0.y * normal.y }
        let along = corners.map { $0.x * direction.x + $0.y * direction.y }
        guard let acrossMin = across.min(), let acrossMax = across.max(),
              let alongMin = along.min(), let alongMax = along.max() else { return lines }
        let margin = lineWidth
        var step = (acrossMin / spacing).rounded(.down)
        while step * spacing <= acrossMax {
            let offset = step * spacing
            let base = Point(x: normal.x * offset, y: normal.y * offset)
            lines.move(to: Point(x: base.x + direction.x * (alongMin - margin), y: base.y + direction.y * (alongMin - margin)))
            lines.line(to: Point(x: base.x + direction.x * (alongMax + margin), y: base.y + direction.y * (alongMax + margin)))
            step += 1
        }
        return lines
    }
}

extension Dots {
    /// The grid column and row of the first dot that can show inside `bounds` (the grid is anchored at the
    /// origin, so neighbouring shapes' dots line up).
    public func firstStep(covering bounds: Rect) -> (x: Double, y: Double) {
        (x: ((bounds.minX - radius) / spacing).rounded(.up), y: ((bounds.minY - radius) / spacing).rounded(.up))
    }

    /// Zero-length segments at the grid points from column and row `first` up to `limit` (points), `spacing`
    /// apart. Stroked with a round cap as wide as a dot (`pen`), each draws one dot: a move and a line where
    /// a circle takes four curves, and PDF viewers and Cairo draw it as a filled circle.
    public func grid(from first: (x: Double, y: Double), through limit: Point) -> Path {
        var path = Path()
        var row = first.y
        while row * spacing <= limit.y {
            var column = first.x
            while column * spacing <= limit.x {
                let center = Point(x: column * spacing, y: row * spacing)
                path.move(to: center)
                path.line(to: center)
                column += 1
            }
            row += 1
        }
        return path
    }

    /// The pen that draws `grid`'s segments as dots.
    public var pen: Stroke { Stroke(color: color, width: 2 * radius, cap: .round) }
}
