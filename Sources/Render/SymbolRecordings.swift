import Graphics
import Layout

/// Paints symbols on one output surface: on PDF and SVG from a recording of each distinct `Symbol`, made
/// the first time the symbol is met, which Cairo writes once however often it is painted; on pixels in
/// place, which is cheaper than replaying a recording.
final class SymbolRecordings {
    private let target: Surface
    private var recordings: [Symbol: Surface] = [:]

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
                context.paint(recording)
            } else {
                let painter = ShapePainter(context: context, symbols: self)
                for shape in symbol.shapes { try painter.paint(shape) }
            }
        }
    }

    /// The recording of `symbol`, made on first use.
    private func recording(of symbol: Symbol) throws(GraphicsError) -> Surface {
        if let recording = recordings[symbol] { return recording }
        // Joins and caps may reach past half the stroke width (a miter up to Cairo's limit of 10).
        let margin = 5 * (symbol.shapes.compactMap { $0.stroke?.width }.max() ?? 0) + 1
        let b = symbol.bounds
        let extents = Rect(x: b.minX - margin, y: b.minY - margin, width: b.width + 2 * margin, height: b.height + 2 * margin)
        let recording = try Surface.recording(extents: extents, for: target)
        let context = try Context(surface: recording)
        let painter = ShapePainter(context: context, symbols: self)
        for shape in symbol.shapes { try painter.paint(shape) }
        try context.checkStatus("record symbol")
        recordings[symbol] = recording
        return recording
    }
}
