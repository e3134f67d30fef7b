import Glibc
import Graphics
import Layout

/// Draws shapes, symbols and images into one content stream (a page's or a symbol's form), as
/// `ShapePainter` and `Context.draw(_:in:clip:)` draw them on Cairo: fills of every kind, then the stroke;
/// hatching as clipped lines, dots as a shared tile (a form) placed on the grid anchored at the origin of
/// the coordinates the shape is in.
struct PDFDrawing {
    /// Where forms, images, graphics states and shadings are made once for the whole file.
    let document: PDFDocumentWriter
    var canvas = PDFCanvas()

    init(document: PDFDocumentWriter) {
        self.document = document
    }

    // MARK: Shapes

    /// Its fill of any kind, then its stroke.
    mutating func paint(_ shape: Shape) throws(GraphicsError) {
        if case let .color(color) = shape.fill, let stroke = shape.stroke, color.alpha >= 1, stroke.color.alpha >= 1 {
            // Both opaque: one path, filled then stroked (`B`), as two operations would paint it.
            canvas.append(shape.path)
            canvas.setFill(color)
            setStroke(stroke)
            canvas.content.append(shape.evenOdd ? "B*\n" : "B\n")
            return
        }
        if let fill = shape.fill { try paint(fill, of: shape) }
        if let stroke = shape.stroke { self.stroke(shape.path, stroke) }
    }

    private mutating func paint(_ fill: Fill, of shape: Shape) throws(GraphicsError) {
        switch fill {
        case let .color(color):
            withAlpha(color.alpha) { drawing in
                drawing.canvas.append(shape.path)
                drawing.canvas.setFill(color)
                drawing.canvas.content.append(shape.evenOdd ? "f*\n" : "f\n")
            }
        case let .linearGradient(start, end, stops):
            guard !stops.isEmpty else { return }
            let shading = document.shading(from: start, to: end, stops: stops)
            canvas.save()
            if stops.allSatisfy({ $0.color.alpha == stops[0].color.alpha }) {
                if stops[0].color.alpha < 1 { setAlpha(stops[0].color.alpha) }
            } else {
                // Alpha that varies along the gradient: a soft mask of the same gradient in grey.
                let mask = document.gradientMask(from: start, to: end, stops: stops, clip: shape.path, evenOdd: shape.evenOdd)
                canvas.content.append("/\(mask) gs\n")
            }
            canvas.append(shape.path)
            canvas.clip(evenOdd: shape.evenOdd)
            canvas.content.append("/\(shading) sh\n")
            canvas.restore()
        case let .hatch(hatch):
            try withClip(to: shape, background: hatch.background) { (drawing: inout PDFDrawing) throws(GraphicsError) in
                drawing.strokeHatchLines(hatch, angle: hatch.angle, in: shape.path.bounds)
                if hatch.crossed { drawing.strokeHatchLines(hatch, angle: hatch.angle + 90, in: shape.path.bounds) }
            }
        case let .dots(dots):
            try withClip(to: shape, background: dots.background) { (drawing: inout PDFDrawing) throws(GraphicsError) in
                try drawing.fillDots(dots, in: shape.path.bounds)
            }
        }
    }

    /// Clips to the shape, paints the optional background over the clip, then runs `marks`.
    private mutating func withClip(to shape: Shape, background: Color?,
                                   marks: (inout PDFDrawing) throws(GraphicsError) -> Void) throws(GraphicsError) {
        canvas.save()
        canvas.append(shape.path)
        canvas.clip(evenOdd: shape.evenOdd)
        if let background {
            withAlpha(background.alpha) { drawing in
                drawing.canvas.rectangle(shape.path.bounds)
                drawing.canvas.setFill(background)
                drawing.canvas.content.append("f\n")
            }
        }
        try marks(&self)
        canvas.restore()
    }

    /// The hatch's lines at `angle` across `bounds` (`Hatch.lines(at:covering:)`).
    private mutating func strokeHatchLines(_ hatch: Hatch, angle: Double, in bounds: Rect) {
        stroke(hatch.lines(at: angle, covering: bounds), Stroke(color: hatch.color, width: hatch.lineWidth))
    }

    /// Dots on the grid anchored at the origin, covering `bounds`: one shared tile (a form) as many dots wide
    /// and high as `bounds` can need, placed at the first grid point that covers `bounds`, so shapes of one
    /// size share it and the grid stays anchored at the origin (the tile moves by whole grid steps); dots it
    /// has beyond `bounds` fall outside the shape's clip.
    private mutating func fillDots(_ dots: Dots, in bounds: Rect) throws(GraphicsError) {
        guard dots.spacing > 0, dots.radius > 0 else { return }
        let first = dots.firstStep(covering: bounds)
        let span = Point(x: ((bounds.width + 2 * dots.radius) / dots.spacing).rounded(.down) * dots.spacing,
                         y: ((bounds.height + 2 * dots.radius) / dots.spacing).rounded(.down) * dots.spacing)
        let tile = Symbol(shapes: [Shape(path: dots.grid(from: (0, 0), through: span), stroke: dots.pen)])
        try paint(tile, transform: .translation(first.x * dots.spacing, first.y * dots.spacing))
    }

    private mutating func stroke(_ path: Path, _ stroke: Stroke) {
        withAlpha(stroke.color.alpha) { drawing in
            drawing.canvas.append(path)
            drawing.setStroke(stroke)
            drawing.canvas.content.append("S\n")
        }
    }

    private mutating func setStroke(_ stroke: Stroke) {
        canvas.setStroke(stroke.color)
        canvas.setLine(width: stroke.width, dash: stroke.dash, cap: stroke.cap, join: stroke.join)
    }

    /// Runs `body` inside `q /Gn gs … Q` when `alpha` is below 1, directly otherwise.
    private mutating func withAlpha(_ alpha: Double, _ body: (inout PDFDrawing) -> Void) {
        guard alpha < 1 else { return body(&self) }
        canvas.save()
        setAlpha(alpha)
        body(&self)
        canvas.restore()
    }

    private mutating func setAlpha(_ alpha: Double) {
        let state = document.resources.alphaState(fill: alpha, stroke: alpha, objects: document.objects)
        canvas.content.append("/\(state) gs\n")
    }

    // MARK: Symbols and images

    /// `q cm /Xn Do Q`: the symbol's form (written once per file) under `transform`.
    mutating func paint(_ symbol: Symbol, transform: AffineTransform) throws(GraphicsError) {
        let form = try document.form(for: symbol)
        canvas.save()
        canvas.concatenate(transform)
        canvas.content.append("/\(form) Do\n")
        canvas.restore()
    }

    /// `image` upright (EXIF orientation applied), stretched exactly into `rect` and clipped to `clip`, as
    /// `Context.draw(_:in:clip:)` draws it.
    mutating func draw(_ image: Image, in rect: Rect, clip: Rect?) throws(GraphicsError) {
        let name = try document.imageName(for: image)
        let upright = image.uprightSize
        let stored = (width: Double(image.storedWidth), height: Double(image.storedHeight))
        // The unit square, first sample row at its top, onto the stored pixels (y down), then upright,
        // then into `rect`.
        let placement = AffineTransform(a: stored.width, b: 0, c: 0, d: -stored.height, tx: 0, ty: stored.height)
            .concatenating(image.orientation.transform(width: stored.width, height: stored.height))
            .concatenating(.scale(rect.width / upright.width, rect.height / upright.height))
            .concatenating(.translation(rect.minX, rect.minY))
        canvas.save()
        if let clip {
            canvas.rectangle(clip)
            canvas.clip()
        }
        canvas.concatenate(placement)
        canvas.content.append("/\(name) Do\n")
        canvas.restore()
    }
}
