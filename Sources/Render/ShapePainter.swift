import Graphics
import Layout

/// Paints one `Shape`: its fill of any kind, then its stroke.
///
/// Hatching and dots are drawn as real vector lines and round dots clipped to the shape, not as Cairo
/// surface patterns, so PNG and SVG show the same marks as the PDF (`PDFDrawing` draws them alike). Their
/// grid is anchored at the origin of the coordinates the shape is drawn in, so neighbouring shapes with the
/// same pattern line up.
struct ShapePainter {
    let context: Context

    func paint(_ shape: Shape) {
        if let fill = shape.fill { paint(fill, of: shape) }
        if let stroke = shape.stroke { self.stroke(shape.path, stroke) }
    }

    private func paint(_ fill: Fill, of shape: Shape) {
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
            withClip(to: shape, background: hatch.background) {
                strokeHatchLines(hatch, angle: hatch.angle, in: shape.path.bounds)
                if hatch.crossed { strokeHatchLines(hatch, angle: hatch.angle + 90, in: shape.path.bounds) }
            }
        case let .dots(dots):
            withClip(to: shape, background: dots.background) {
                fillDots(dots, in: shape.path.bounds)
            }
        }
    }

    /// Clips to the shape, paints the optional background, then runs `marks`.
    private func withClip(to shape: Shape, background: Color?, marks: () -> Void) {
        context.withSavedState {
            context.setPath(shape.path)
            context.clip(evenOdd: shape.evenOdd)
            if let background {
                context.setColor(background)
                context.paint()
            }
            marks()
        }
    }

    /// The hatch's lines at `angle` across `bounds` (`Hatch.lines(at:covering:)`).
    private func strokeHatchLines(_ hatch: Hatch, angle: Double, in bounds: Rect) {
        stroke(hatch.lines(at: angle, covering: bounds), Stroke(color: hatch.color, width: hatch.lineWidth))
    }

    /// Dots on the grid anchored at the origin, covering `bounds` (`Dots.grid(from:through:)`).
    private func fillDots(_ dots: Dots, in bounds: Rect) {
        guard dots.spacing > 0, dots.radius > 0 else { return }
        let limit = Point(x: bounds.maxX + dots.radius, y: bounds.maxY + dots.radius)
        stroke(dots.grid(from: dots.firstStep(covering: bounds), through: limit), dots.pen)
    }

    private func stroke(_ path: Path, _ stroke: Stroke) {
        context.setPath(path)
        context.setColor(stroke.color)
        context.setLine(width: stroke.width, dash: stroke.dash, cap: stroke.cap, join: stroke.join)
        context.stroke()
    }
}
