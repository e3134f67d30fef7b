import Graphics
import Layout

/// Paints laid-out frames on a Cairo `Context`, for PNG and SVG. It knows frames, never what they mean:
/// every decision about position and size was made by layout.
///
/// Links, anchors and structure roles mean something only in a PDF (`PDFExporter` writes them); here they
/// draw nothing. A symbol is drawn in place at each placement: on pixels that is cheaper than replaying a
/// recording, and Cairo 1.16's SVG surface never frees a recording painted on it
/// (`to_recording_surface` in cairo-svg-surface.c keeps a reference to it), which grew a process by about
/// 7 KB per SVG page of the reference booklet.
public struct FramePainter {
    /// The context painted on; its transform maps page coordinates to the device.
    public let context: Context
    /// On SVG, the pixels across each image is carried at (by `ObjectIdentifier` of the `Image`); an
    /// image not named is carried at the size of each place it is drawn.
    public let svgImageWidths: [ObjectIdentifier: Int]

    /// A painter for `context`.
    public init(context: Context, svgImageWidths: [ObjectIdentifier: Int] = [:]) {
        self.context = context
        self.svgImageWidths = svgImageWidths
    }

    /// Paints one page's `frames` in order, the first at the bottom.
    public func paint(_ frames: [Frame]) throws(GraphicsError) {
        let shapes = ShapePainter(context: context)
        for frame in frames {
            switch frame {
            case let .text(block, origin, lines):
                block.paint(lines: lines, in: context, at: origin)
            case let .shape(shape):
                shapes.paint(shape)
            case let .image(image, rect, clip):
                try context.draw(image, in: rect, clip: clip, svgPixelWidth: svgImageWidths[ObjectIdentifier(image)])
            case let .group(transform, clip, children):
                try context.withSavedState { () throws(GraphicsError) in
                    context.concatenate(transform)
                    if let clip {
                        context.setPath(clip)
                        context.clip()
                    }
                    try paint(children)
                }
            case let .symbol(symbol, transform):
                context.withSavedState {
                    context.concatenate(transform)
                    for shape in symbol.shapes { shapes.paint(shape) }
                }
            case .link, .anchor, .beginStructure, .endStructure:
                break
            }
        }
    }
}
