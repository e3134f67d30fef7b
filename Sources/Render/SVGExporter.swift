import Graphics
import Layout

/// Writes one page as an SVG image in points; JPEGs are embedded as their original bytes.
public struct SVGExporter {
    /// An exporter.
    public init() {}

    /// The SVG of `page`.
    public func export(_ page: Page) throws(GraphicsError) -> [UInt8] {
        let sink = ByteSink()
        let surface = try Surface.svg(size: page.size, into: sink)
        let context = try Context(surface: surface)
        try FramePainter(context: context, anchors: []).paint(page.frames)
        try context.checkStatus("paint SVG")
        try surface.finish()
        return sink.bytes
    }
}
