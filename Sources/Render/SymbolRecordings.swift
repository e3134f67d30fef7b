import Graphics
import Layout

/// Paints symbols on one output surface: on PDF and SVG from a recording of each distinct `Symbol`, made
/// the first time the symbol is met, which Cairo writes once however often it is painted; on pixels in
/// place, which is cheaper than replaying a recording.
final class SymbolRecordings {
    private let target: Surface
    private var recordings: [Symbol: Recording] = [:]

    /// A symbol recorded with the top-left of its extents at the recording's origin, and where that corner
    /// is in the symbol's coordinates. (Cairo 1.16's SVG surface misplaces the clip of a recording whose
    /// extents do not start at zero.)
    private struct Recording {
        var surface: Surface
        var origin: Point
    }

    /// Recordings for painting on `target`.
    init(target: Surface) {
        self.target = target
    }

    /// Whether symbols are painted from recordings (PDF, SVG) rather than in place (pixels).
    var isRecording: Bool { target.kind != .image }

    /// Paints `symbol` under `transform` on `context`, a context on the target surface.
    func paint(_ symbol: Symbol, transform: AffineTransform, on context: Context) throws(GraphicsError) {
        let recording = isRecording ? try recording(of: symbol) : nil
        try context.withSavedState { () throws(GraphicsError) in
            context.concatenate(transform)
            if let recording {
                context.paint(recording.surface, at: recording.origin)
            } else {
                let painter = ShapePainter(context: context, symbols: self)
                for shape in symbol.shapes { try painter.paint(shape) }
            }
        }
    }

    /// The recording of `symbol`, made on first use.
    private func recording(of symbol: Symbol) throws(GraphicsError) -> Recording {
        if let recording = recordings[symbol] { return recording }
        // Joins and caps may reach past half the stroke width (a miter up to Cairo's limit of 10).
        let margin = 5 * (symbol.shapes.compactMap { $0.stroke?.width }.max() ?? 0) + 1
        let b = symbol.bounds
        let origin = Point(x: b.minX - margin, y: b.minY - margin)
        let surface = try Surface.recording(size: Size(width: b.width + 2 * margin, height: b.height + 2 * margin), for: target)
        let context = try Context(surface: surface)
        context.translate(-origin.x, -origin.y)
        let painter = ShapePainter(context: context, symbols: self)
        for shape in symbol.shapes { try painter.paint(shape) }
        try context.checkStatus("record symbol")
        let recording = Recording(surface: surface, origin: origin)
        recordings[symbol] = recording
        return recording
    }
}
