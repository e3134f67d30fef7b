import Graphics
import Layout

/// Small path shapes for findings and icons, built in page points.
enum Marks {
    /// A zigzag from `start` to `end` with `teeth` corners `amplitude` either side of the line.
    static func zigzag(from start: Point, to end: Point, teeth: Int, amplitude: Length) -> Path {
        let dx = end.x - start.x, dy = end.y - start.y
        let length = max((dx * dx + dy * dy).squareRoot(), 0.001)
        let normal = Point(x: -dy / length * amplitude, y: dx / length * amplitude)
        var path = Path()
        path.move(to: start)
        for index in 1..<(teeth + 1) {
            let t = Double(index) / Double(teeth + 1)
            let side: Double = index.isMultiple(of: 2) ? -1 : 1
            path.line(to: Point(x: start.x + dx * t + normal.x * side, y: start.y + dy * t + normal.y * side))
        }
        path.line(to: end)
        return path
    }

    /// A horizontal wave from `x0` to `x1` around `y`, `periods` full waves of `amplitude`.
    static func wave(x0: Length, x1: Length, y: Length, periods: Int, amplitude: Length) -> Path {
        var path = Path()
        path.move(to: Point(x: x0, y: y))
        let halfCount = max(periods, 1) * 2
        let step = (x1 - x0) / Double(halfCount)
        for index in 0..<halfCount {
            let start = x0 + Double(index) * step
            let crest = index.isMultiple(of: 2) ? -amplitude : amplitude
            path.curve(to: Point(x: start + step, y: y),
                       control1: Point(x: start + step * 0.3, y: y + crest * 1.33),
                       control2: Point(x: start + step * 0.7, y: y + crest * 1.33))
        }
        return path
    }

    /// A drop hanging from `top`, `height` tall.
    static func drop(top: Point, height: Length) -> Path {
        let r = height * 0.36
        let centre = Point(x: top.x, y: top.y + height - r)
        var path = Path()
        path.move(to: top)
        path.curve(to: Point(x: centre.x + r, y: centre.y), control1: Point(x: top.x + r * 0.3, y: top.y + height * 0.3),
                   control2: Point(x: centre.x + r, y: centre.y - r * 0.7))
        path.curve(to: Point(x: centre.x, y: centre.y + r), control1: Point(x: centre.x + r, y: centre.y + r * 0.55),
                   control2: Point(x: centre.x + r * 0.55, y: centre.y + r))
        path.curve(to: Point(x: centre.x - r, y: centre.y), control1: Point(x: centre.x - r * 0.55, y: centre.y + r),
                   control2: Point(x: centre.x - r, y: centre.y + r * 0.55))
        path.curve(to: top, control1: Point(x: centre.x - r, y: centre.y - r * 0.7),
                   control2: Point(x: top.x - r * 0.3, y: top.y + height * 0.3))
        path.close()
        return path
    }

    /// A double-headed horizontal arrow across `x0`…`x1` at `y`, heads `head` long (one open path).
    static func doubleArrow(x0: Length, x1: Length, y: Length, head: Length) -> Path {
        var path = Path.line(from: Point(x: x0, y: y), to: Point(x: x1, y: y))
        path.move(to: Point(x: x0 + head, y: y - head * 0.7))
        path.line(to: Point(x: x0, y: y))
        path.line(to: Point(x: x0 + head, y: y + head * 0.7))
        path.move(to: Point(x: x1 - head, y: y - head * 0.7))
        path.line(to: Point(x: x1, y: y))
        path.line(to: Point(x: x1 - head, y: y + head * 0.7))
        return path
    }

    /// A circle.
    static func circle(_ centre: Point, radius: Length) -> Path {
        Path.ellipse(in: Rect(x: centre.x - radius, y: centre.y - radius, width: radius * 2, height: radius * 2))
    }

    /// A closed polygon through `points`.
    static func polygon(_ points: [Point]) -> Path {
        var path = Path()
        guard let first = points.first else { return path }
        path.move(to: first)
        for point in points.dropFirst() { path.line(to: point) }
        path.close()
        return path
    }

    /// A bar of `width` along the segment `start`–`end`, with square ends.
    static func bar(from start: Point, to end: Point, width: Length) -> Path {
        let dx = end.x - start.x, dy = end.y - start.y
        let length = max((dx * dx + dy * dy).squareRoot(), 0.001)
        let nx = -dy / length * width / 2, ny = dx / length * width / 2
        return polygon([Point(x: start.x + nx, y: start.y + ny), Point(x: end.x + nx, y: end.y + ny),
                        Point(x: end.x - nx, y: end.y - ny), Point(x: start.x - nx, y: start.y - ny)])
    }
}
