import Graphics
import Layout

/// Paints symbols on one output surface: on PDF from a recording of each distinct `Symbol`, made the first
/// time the symbol is met, which Cairo writes once however often it is painted; on pixels in place, which
/// is cheaper than replaying a recording.
///
/// On SVG in place too: Cairo 1.16's SVG surface never frees a recording painted on it
/// (`to_recording_surface` in cairo-svg-surface.c takes a reference to the recording's snapshot target
/// and never releases it), which grew a process by about 7 KB per SVG page of the reference booklet. The
/// chart pages' SVG is about 30 % larger for it.
///
/// Cairo 1.16 names a form XObject in the resources of a page (or of another form) once per painting, so
/// a form painted twice on one page repeats a key in that page's resource dictionary, which PDF forbids.
/// On PDF a symbol is therefore painted at most once per page or recording from its recording; its
/// second, third… painting there uses a copy: a recording that paints the recording, so the drawing is
/// still written once and each copy is a form of one line, shared by every page that needs it. An image
/// drawn twice on one page is handled the same way (`draw(_:in:clip:on:)`).
final class SymbolRecordings {
    private let target: Surface
    /// Each symbol's recording, then its copies, in the order they were first needed.
    private var recordings: [Key: [Recording]] = [:]
    /// Recordings that draw an image upright at its own size in points, for its second, third… drawing on
    /// one page, by image.
    private var imageCopies: [ObjectIdentifier: [Surface]] = [:]
    /// How often each image was drawn so far on the current page, on PDF.
    private var imageDrawings: [ObjectIdentifier: Int] = [:]
    /// How often each symbol was painted so far on the current page (`nil` key) or into each recording
    /// (keyed by its surface).
    private var paintings: [ObjectIdentifier?: [Key: Int]] = [:]

    /// A symbol as a dictionary key, hashed once: a symbol's hash goes through every point of its paths,
    /// and each painting looks the symbol up several times.
    private struct Key: Hashable {
        let symbol: Symbol
        let hash: Int

        init(_ symbol: Symbol) {
            self.symbol = symbol
            hash = symbol.hashValue
        }

        static func == (a: Key, b: Key) -> Bool { a.hash == b.hash && a.symbol == b.symbol }
        func hash(into hasher: inout Hasher) { hasher.combine(hash) }
    }

    /// A symbol recorded with the top-left of its extents at the recording's origin, and where that corner
    /// is in the symbol's coordinates. (Chosen when SVG also painted recordings: Cairo 1.16's SVG surface
    /// misplaces the clip of a recording whose extents do not start at zero. The PDF's bytes follow from it.)
    private struct Recording {
        var surface: Surface
        var size: Size
        var origin: Point
    }

    /// Recordings for painting on `target`.
    init(target: Surface) {
        self.target = target
    }

    /// Whether symbols are painted from recordings (PDF) rather than in place (SVG, pixels).
    var isRecording: Bool { target.kind == .pdf }

    /// Starts a new page of the target: no symbol has been painted on it yet.
    func beginPage() {
        paintings[nil] = nil
        imageDrawings = [:]
    }

    /// Draws `image` into `rect` of the page, clipped to `clip` (see `Context.draw(_:in:clip:svgPixelWidth:)`);
    /// on PDF a second drawing on the same page goes through a copy.
    func draw(_ image: Image, in rect: Rect, clip: Rect?, svgPixelWidth: Int?, on context: Context) throws(GraphicsError) {
        let key = ObjectIdentifier(image)
        let drawn = imageDrawings[key] ?? 0
        guard target.kind == .pdf, drawn > 0 else {
            imageDrawings[key] = drawn + 1
            return try context.draw(image, in: rect, clip: clip, svgPixelWidth: svgPixelWidth)
        }
        imageDrawings[key] = drawn + 1
        var copies = imageCopies[key] ?? []
        let size = image.uprightSize
        while copies.count < drawn {
            let surface = try Surface.recording(size: size, for: target)
            let recording = try Context(surface: surface)
            try recording.draw(image, in: Rect(origin: .zero, size: size))
            copies.append(surface)
        }
        imageCopies[key] = copies
        try context.withSavedState { () throws(GraphicsError) in
            if let clip {
                context.setPath(.rectangle(clip))
                context.clip()
            }
            context.translate(rect.minX, rect.minY)
            context.scale(rect.width / size.width, rect.height / size.height)
            context.paint(copies[drawn - 1], at: .zero)
        }
    }

    /// Paints `symbol` under `transform` on `context`, a context on the target surface or on a recording.
    func paint(_ symbol: Symbol, transform: AffineTransform, on context: Context) throws(GraphicsError) {
        let recording = isRecording ? try recording(of: symbol, for: context) : nil
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

    /// The recording of `symbol` to paint on `context`: the first one not yet painted on the page or
    /// recording `context` draws on, each made on first use.
    private func recording(of symbol: Symbol, for context: Context) throws(GraphicsError) -> Recording {
        let key = Key(symbol)
        var made: [Recording]
        if let existing = recordings[key] { made = existing } else { made = [try record(symbol)] }
        let stream = context.surface === target ? nil : ObjectIdentifier(context.surface)
        let painted = paintings[stream]?[key] ?? 0
        paintings[stream, default: [:]][key] = painted + 1
        while made.count <= painted { made.append(try copy(of: made[0])) }
        recordings[key] = made
        return made[painted]
    }

    /// A recording that paints `recording`, with the same size and origin.
    private func copy(of recording: Recording) throws(GraphicsError) -> Recording {
        let surface = try Surface.recording(size: recording.size, for: target)
        let context = try Context(surface: surface)
        context.paint(recording.surface, at: .zero)
        try context.checkStatus("copy symbol")
        return Recording(surface: surface, size: recording.size, origin: recording.origin)
    }

    /// A recording of `symbol`.
    private func record(_ symbol: Symbol) throws(GraphicsError) -> Recording {
        // Joins and caps may reach past half the stroke width (a miter up to Cairo's limit of 10).
        let margin = 5 * (symbol.shapes.compactMap { $0.stroke?.width }.max() ?? 0) + 1
        let b = symbol.bounds
        let origin = Point(x: b.minX - margin, y: b.minY - margin)
        let size = Size(width: b.width + 2 * margin, height: b.height + 2 * margin)
        let surface = try Surface.recording(size: size, for: target)
        let context = try Context(surface: surface)
        context.translate(-origin.x, -origin.y)
        let painter = ShapePainter(context: context, symbols: self)
        for shape in symbol.shapes { try painter.paint(shape) }
        try context.checkStatus("record symbol")
        return Recording(surface: surface, size: size, origin: origin)
    }
}
