import CCairo
import Foundation

/// Owner of a `cairo_surface_t`: an SVG or image surface (PlanPress writes PDF itself). Destroyed in `deinit`.
public final class Surface {
    /// The kinds of surface PlanPress paints on.
    public enum Kind: Sendable { case svg, image }

    let pointer: OpaquePointer
    public let kind: Kind
    /// Keeps the stream sink alive as long as Cairo may write into it.
    private let sink: ByteSink?

    private init(pointer: OpaquePointer, kind: Kind, sink: ByteSink?, operation: String) throws(GraphicsError) {
        self.pointer = pointer
        self.kind = kind
        self.sink = sink
        try cairo_surface_status(pointer).check(operation)
    }

    deinit { cairo_surface_destroy(pointer) }

    /// An SVG surface of `size` points, writing into `sink`.
    public static func svg(size: Size, into sink: ByteSink) throws(GraphicsError) -> Surface {
        let pointer = cairo_svg_surface_create_for_stream(
            ByteSink.writeFunction, Unmanaged.passUnretained(sink).toOpaque(), size.width, size.height)!
        cairo_svg_surface_set_document_unit(pointer, CAIRO_SVG_UNIT_PT)
        return try Surface(pointer: pointer, kind: .svg, sink: sink, operation: "create SVG surface")
    }

    /// Cairo refuses image surfaces with a side above this many pixels.
    public static let maximumImageSide = 32767

    /// An opaque or transparent pixel surface. Sides are checked against Cairo's limit before Cairo sees them.
    public static func image(width: Int, height: Int, opaque: Bool) throws(GraphicsError) -> Surface {
        guard width > 0, height > 0, width <= maximumImageSide, height <= maximumImageSide else {
            throw .invalidOutput("image size \(width)×\(height) px is outside 1…\(maximumImageSide) px a side")
        }
        let pointer = cairo_image_surface_create(opaque ? CAIRO_FORMAT_RGB24 : CAIRO_FORMAT_ARGB32,
                                                 Int32(width), Int32(height))!
        return try Surface(pointer: pointer, kind: .image, sink: nil, operation: "create \(width)×\(height) image")
    }

    /// Wraps a surface Cairo made elsewhere (for example from PNG bytes), taking ownership of it.
    static func adopting(_ pointer: OpaquePointer, operation: String) throws(GraphicsError) -> Surface {
        try Surface(pointer: pointer, kind: .image, sink: nil, operation: operation)
    }

    /// Pixel width of an image surface.
    public var pixelWidth: Int { Int(cairo_image_surface_get_width(pointer)) }
    /// Pixel height of an image surface.
    public var pixelHeight: Int { Int(cairo_image_surface_get_height(pointer)) }

    /// Flushes and finishes the surface; a stream surface has written everything into its sink afterwards.
    public func finish() throws(GraphicsError) {
        cairo_surface_finish(pointer)
        try cairo_surface_status(pointer).check("finish surface")
    }

    /// Calls `body` with the flushed pixels of an image surface, opaque or not: rows `stride` bytes apart of
    /// native-endian 32-bit pixels, xRGB when `hasAlpha` is false, premultiplied ARGB when it is true (Cairo's
    /// RGB24 and ARGB32). Throws for any other surface. (PlanPress's PDF writer reads decoded PNGs through it.)
    public func withPixels<T>(_ body: (_ rows: UnsafePointer<UInt8>, _ stride: Int, _ hasAlpha: Bool) -> T) throws(GraphicsError) -> T {
        let format = cairo_image_surface_get_format(pointer)
        guard kind == .image, format == CAIRO_FORMAT_RGB24 || format == CAIRO_FORMAT_ARGB32 else {
            throw .invalidOutput("pixels were asked of a surface that is not an RGB or ARGB image")
        }
        cairo_surface_flush(pointer)
        guard let data = cairo_image_surface_get_data(pointer) else { throw .invalidOutput("image surface has no pixels") }
        return body(data, Int(cairo_image_surface_get_stride(pointer)), format == CAIRO_FORMAT_ARGB32)
    }

    /// Calls `body` with the flushed pixels of an opaque image surface: rows `stride` bytes apart of
    /// native-endian 32-bit xRGB (Cairo's RGB24). Throws for any other surface.
    public func withOpaquePixels<T>(_ body: (_ rows: UnsafePointer<UInt8>, _ stride: Int) -> T) throws(GraphicsError) -> T {
        guard kind == .image, cairo_image_surface_get_format(pointer) == CAIRO_FORMAT_RGB24 else {
            throw .invalidOutput("pixels were asked of a surface that is not an opaque image")
        }
        return try withPixels { rows, stride, _ in body(rows, stride) }
    }

    /// Encodes an image surface as PNG bytes.
    public func pngBytes() throws(GraphicsError) -> [UInt8] {
        let sink = ByteSink()
        try cairo_surface_write_to_png_stream(pointer, ByteSink.writeFunction,
                                              Unmanaged.passUnretained(sink).toOpaque()).check("encode PNG")
        return sink.bytes
    }
}
