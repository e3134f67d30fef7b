import CCairo
import Foundation

/// Owner of a `cairo_surface_t`: a PDF, SVG or image surface. Destroyed in `deinit`.
public final class Surface {
    /// The kinds of surface PlanPress paints on.
    public enum Kind: Sendable { case pdf, svg, image }

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

    /// A PDF surface whose first page is `size`, writing into `sink`.
    public static func pdf(size: Size, into sink: ByteSink) throws(GraphicsError) -> Surface {
        let pointer = cairo_pdf_surface_create_for_stream(
            ByteSink.writeFunction, Unmanaged.passUnretained(sink).toOpaque(), size.width, size.height)!
        return try Surface(pointer: pointer, kind: .pdf, sink: sink, operation: "create PDF surface")
    }

    /// An SVG surface of `size` points, writing into `sink`.
    public static func svg(size: Size, into sink: ByteSink) throws(GraphicsError) -> Surface {
        let pointer = cairo_svg_surface_create_for_stream(
            ByteSink.writeFunction, Unmanaged.passUnretained(sink).toOpaque(), size.width, size.height)!
        cairo_svg_surface_set_document_unit(pointer, CAIRO_SVG_UNIT_PT)
        return try Surface(pointer: pointer, kind: .svg, sink: sink, operation: "create SVG surface")
    }

    /// A surface that records drawing inside (0, 0)…`size` to replay it on `target`, reporting `target`'s
    /// kind (so what is drawn into it, images included, is prepared for the output it ends up in). Painted
    /// into a PDF or SVG it is written once however often it is painted: a form XObject, an SVG `<use>`.
    /// Cairo 1.16's SVG surface never frees a recording painted on it, so PlanPress paints none there.
    public static func recording(size: Size, for target: Surface) throws(GraphicsError) -> Surface {
        var rect = cairo_rectangle_t(x: 0, y: 0, width: size.width, height: size.height)
        let pointer = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &rect)!
        return try Surface(pointer: pointer, kind: target.kind, sink: nil, operation: "create recording surface")
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

    /// Sets the size of the next PDF page (call before drawing on it).
    public func setPageSize(_ size: Size) {
        if kind == .pdf { cairo_pdf_surface_set_size(pointer, size.width, size.height) }
    }

    /// Document metadata written into a PDF's Info dictionary (no-op elsewhere).
    public func setMetadata(_ metadata: PDFMetadata) {
        guard kind == .pdf else { return }
        let entries: [(cairo_pdf_metadata_t, String?)] = [
            (CAIRO_PDF_METADATA_TITLE, metadata.title), (CAIRO_PDF_METADATA_AUTHOR, metadata.author),
            (CAIRO_PDF_METADATA_SUBJECT, metadata.subject), (CAIRO_PDF_METADATA_KEYWORDS, metadata.keywords),
            (CAIRO_PDF_METADATA_CREATOR, metadata.creator),
            (CAIRO_PDF_METADATA_CREATE_DATE, metadata.creationDate),
            (CAIRO_PDF_METADATA_MOD_DATE, metadata.creationDate),
        ]
        for (key, value) in entries where value != nil { cairo_pdf_surface_set_metadata(pointer, key, value) }
    }

    /// Adds a PDF outline (bookmark) entry pointing at the named destination; returns its id for children.
    @discardableResult
    public func addOutline(parent: Int32, title: String, destination: String, open: Bool) -> Int32 {
        guard kind == .pdf else { return 0 }
        let escaped = destination.replacingOccurrences(of: "'", with: "\\'")
        return cairo_pdf_surface_add_outline(pointer, parent, title, "dest='\(escaped)'",
                                             open ? CAIRO_PDF_OUTLINE_FLAG_OPEN : cairo_pdf_outline_flags_t(0))
    }

    /// Outline id of the document root, the parent of top-level bookmarks.
    public static let outlineRoot: Int32 = Int32(CAIRO_PDF_OUTLINE_ROOT)

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
        cairo_surface_flush(pointer)
        guard let data = cairo_image_surface_get_data(pointer) else { throw .invalidOutput("image surface has no pixels") }
        return body(data, Int(cairo_image_surface_get_stride(pointer)))
    }

    /// Encodes an image surface as PNG bytes.
    public func pngBytes() throws(GraphicsError) -> [UInt8] {
        let sink = ByteSink()
        try cairo_surface_write_to_png_stream(pointer, ByteSink.writeFunction,
                                              Unmanaged.passUnretained(sink).toOpaque()).check("encode PNG")
        return sink.bytes
    }
}

/// The PDF Info entries PlanPress writes, and the document's language. Dates are ISO 8601 as Cairo expects them (for example
/// `2026-11-23T00:00:00Z`), taken from the input, never the clock, so output bytes are reproducible.
public struct PDFMetadata: Sendable, Equatable {
    public var title: String?
    public var author: String?
    public var subject: String?
    public var keywords: String?
    public var creator: String?
    public var creationDate: String?
    /// The language of the text (BCP 47: `ru`, `en`), written as the document's language for screen readers.
    public var language: String?

    public init(title: String? = nil, author: String? = nil, subject: String? = nil, keywords: String? = nil,
                creator: String? = "PlanPress", creationDate: String? = nil, language: String? = nil) {
        self.title = title; self.author = author; self.subject = subject
        self.keywords = keywords; self.creator = creator; self.creationDate = creationDate; self.language = language
    }
}
