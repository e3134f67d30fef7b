import Foundation
import Graphics
import Layout

/// Paints one `Shape`: its fill of any kind, then its stroke.
///
/// Hatching and dots are drawn as real vector lines and round dots clipped to the shape, not as Cairo
/// surface patterns, so PDF, PNG and SVG show the same marks. Their grid is anchored at the origin of
/// the coordinates the shape is drawn in, so neighbouring shapes with the same pattern line up.
struct ShapePainter {
    let context: Context
    /// Where repeated marks are recorded once (see `fillDots`).
    let symbols: SymbolRecordings

    func paint(_ shape: Shape) throws(GraphicsError) {
        if let fill = shape.fill { try paint(fill, of: shape) }
        if let stroke = shape.stroke { self.stroke(shape.path, stroke) }
    }

    private func paint(_ fill: Fill, of shape: Shape) throws(GraphicsError) {
        switch fill {
        case let .color(color):
            context.setPath(shape.path)
            context.setColor(color)
            context.fill(evenOdd: shape.evenOdd)
        case let .linearGradient(start, end, stops):
            context.setPath(shape.path)
            context.setLinearGradient(from: start, to: end, stops: stops.map { ($0.offset, $0.color) })
            context.fill(evenOdd: shape.evenOdd)
        case let .hatch(hatch):
            try withClip(to: shape, background: hatch.background) {
                strokeHatchLines(hatch, angle: hatch.angle, in: shape.path.bounds)
                if hatch.crossed { strokeHatchLines(hatch, angle: hatch.angle + 90, in: shape.path.bounds) }
            }
        case let .dots(dots):
            try withClip(to: shape, background: dots.background) { () throws(GraphicsError) in
                try fillDots(dots, in: shape.path.bounds)
            }
        }
    }

    /// Clips to the shape, paints the optional background, then runs `marks`.
    private func withClip(to shape: Shape, background: Color?, marks: () throws(GraphicsError) -> Void) throws(GraphicsError) {
        try context.withSavedState { () throws(GraphicsError) in
            context.setPath(shape.path)
            context.clip(evenOdd: shape.evenOdd)
            if let background {
                context.setColor(background)
                context.paint()
            }
            try marks()
        }
    }

    /// Parallel lines at `angle` degrees (0 horizontal, positive rising to the right on a y-down page),
    /// `spacing` apart, covering `bounds`.
    private func strokeHatchLines(_ hatch: Hatch, angle: Double, in bounds: Rect) {
        guard hatch.spacing > 0, bounds.width > 0 || bounds.height > 0 else { return }
        let radians = angle * .pi / 180
        let direction = Point(x: cos(radians), y: -sin(radians))
        let normal = Point(x: sin(radians), y: cos(radians))
        let corners = [Point(x: bounds.minX, y: bounds.minY), Point(x: bounds.maxX, y: bounds.minY),
                       Point(x: bounds.minX, y: bounds.maxY), Point(x: bounds.maxX, y: bounds.maxY)]
        let across = corners.map { $0.x * normal.x + $0.y * normal.y }
        let along = corners.map { $0.x * direction.x + $0.y * direction.y }
        guard let acrossMin = across.min(), let acrossMax = across.max(),
              let alongMin = along.min(), let alongMax = along.max() else { return }
        let margin = hatch.lineWidth
        context.newPath()
        var step = (acrossMin / hatch.spacing).rounded(.down)
        while step * hatch.spacing <= acrossMax {
            let offset = step * hatch.spacing
            let base = Point(x: normal.x * offset, y: normal.y * offset)
            context.move(to: Point(x: base.x + direction.x * (alongMin - margin), y: base.y + direction.y * (alongMin - margin)))
            context.line(to: Point(x: base.x + direction.x * (alongMax + margin), y: base.y + direction.y * (alongMax + margin)))
            step += 1
        }
        context.setColor(hatch.color)
        context.setLine(width: hatch.lineWidth)
        context.stroke()
    }

    /// Dots on a square grid anchored at the origin, covering `bounds`. Each dot is a zero-length segment
    /// stroked with a round cap as wide as the dot (one move and one line, where a circle takes four
    /// curves): Cairo and PDF viewers draw it as a filled circle, and the PDF is a third the size.
    ///
    /// On PDF the dots are a shared tile: a grid as many dots wide and high as `bounds` can need,
    /// placed at the first grid point that covers them. Shapes of one size share the tile and the grid
    /// stays anchored at the origin (the tile moves by whole grid steps); dots it has beyond `bounds` fall
    /// outside the shape's clip.
    private func fillDots(_ dots: Dots, in bounds: Rect) throws(GraphicsError) {
        guard dots.spacing > 0, dots.radius > 0 else { return }
        let first = (x: ((bounds.minX - dots.radius) / dots.spacing).rounded(.up),
                     y: ((bounds.minY - dots.radius) / dots.spacing).rounded(.up))
        let pen = Stroke(color: dots.color, width: 2 * dots.radius, cap: .round)
        guard symbols.isRecording else {
            let limit = Point(x: bounds.maxX + dots.radius, y: bounds.maxY + dots.radius)
            stroke(Self.dotGrid(from: first, through: limit, spacing: dots.spacing), pen)
            return
        }
        let span = (x: ((bounds.width + 2 * dots.radius) / dots.spacing).rounded(.down) * dots.spacing,
                    y: ((bounds.height + 2 * dots.radius) / dots.spacing).rounded(.down) * dots.spacing)
        let grid = Self.dotGrid(from: (0, 0), through: Point(x: span.x, y: span.y), spacing: dots.spacing)
        let tile = Symbol(shapes: [Shape(path: grid, stroke: pen)])
        try symbols.paint(tile, transform: .translation(first.x * dots.spacing, first.y * dots.spacing), on: context)
    }

    /// Zero-length segments at the grid points from column and row `first` up to `limit`, `spacing` apart.
    private static func dotGrid(from first: (x: Double, y: Double), through limit: Point, spacing: Length) -> Path {
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

    private func stroke(_ path: Path, _ stroke: Stroke) {
        context.setPath(path)
        context.setColor(stroke.color)
        context.setLine(width: stroke.width, dash: stroke.dash, cap: stroke.cap, join: stroke.join)
        context.stroke()
    }
}
