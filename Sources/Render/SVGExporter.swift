import Graphics
import Layout

/// Writes one page as an SVG image in points, for the web: each image is carried once, at the largest
/// size the page shows it (`Context.svgPixelsPerPoint`), not as the whole original file.
public struct SVGExporter {
    /// An exporter.
    public init() {}

    /// The SVG of `page`.
    public func export(_ page: Page) throws(GraphicsError) -> [UInt8] {
        let sink = ByteSink()
        let surface = try Surface.svg(size: page.size, into: sink)
        let context = try Context(surface: surface)
        var widths: [ObjectIdentifier: Int] = [:]
        Self.collectImageWidths(in: page.frames, toPage: .identity, into: &widths)
        try FramePainter(context: context, anchors: [], svgImageWidths: widths).paint(page.frames)
        try context.checkStatus("paint SVG")
        try surface.finish()
        return sink.bytes
    }

    /// The pixels across of the largest place each image of `frames` is shown (frames mapped to the page
    /// by `toPage`), so one picture serves every place.
    private static func collectImageWidths(in frames: [Frame], toPage: AffineTransform,
                                           into widths: inout [ObjectIdentifier: Int]) {
        for frame in frames {
            switch frame {
            case let .image(image, rect, _):
                let (dx, dy) = (toPage.a * rect.width, toPage.b * rect.width)
                let pixels = Context.svgPixels(forWidth: (dx * dx + dy * dy).squareRoot())
                widths[ObjectIdentifier(image)] = max(widths[ObjectIdentifier(image)] ?? 0, pixels)
            case let .group(transform, _, children):
                collectImageWidths(in: children, toPage: transform.concatenating(toPage), into: &widths)
            default:
                continue
            }
        }
    }
}
