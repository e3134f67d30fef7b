import CPNG
import Graphics

/// Encodes an opaque Cairo image surface as an 8-bit RGB PNG with libpng at a chosen zlib level.
///
/// Cairo 1.16's own PNG writer has no level. Rows are handed to libpng straight from Cairo's buffer
/// (libpng drops the filler byte and swaps to RGB), so nothing is copied. No time or text chunk is
/// written: equal pixels give equal bytes. The header values are all checked here beforehand — libpng
/// reports a bad header by aborting, since Swift cannot give it a `setjmp` target.
struct PNGEncoder {
    /// zlib level 0–9.
    let compressionLevel: Int

    func encode(_ surface: Surface) throws(GraphicsError) -> [UInt8] {
        let width = surface.pixelWidth, height = surface.pixelHeight
        guard (1...Surface.maximumImageSide).contains(width), (1...Surface.maximumImageSide).contains(height),
              (0...9).contains(compressionLevel) else {
            throw .invalidOutput("cannot encode a \(width)×\(height) PNG at level \(compressionLevel)")
        }
        guard let png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nil, nil, nil) else {
            throw .invalidOutput("libpng could not start a PNG")
        }
        var info = png_create_info_struct(png)
        var pngPointer: png_structp? = png
        defer { png_destroy_write_struct(&pngPointer, &info) }
        guard info != nil else { throw .invalidOutput("libpng could not start a PNG") }

        let sink = PNGBytes()
        png_set_write_fn(png, Unmanaged.passUnretained(sink).toOpaque(), { png, data, length in
            guard let png, let data, let closure = png_get_io_ptr(png) else { return }
            Unmanaged<PNGBytes>.fromOpaque(closure).takeUnretainedValue().bytes
                .append(contentsOf: UnsafeBufferPointer(start: data, count: length))
        }, nil)
        png_set_compression_level(png, Int32(compressionLevel))
        png_set_filter(png, 0, rowFilters)
        png_set_IHDR(png, info, UInt32(width), UInt32(height), 8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                     PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT)
        png_write_info(png, info)
        #if _endian(little)
        png_set_bgr(png)  // Cairo's xRGB word is B, G, R, x in memory
        png_set_filler(png, 0, PNG_FILLER_AFTER)
        #else
        png_set_filler(png, 0, PNG_FILLER_BEFORE)
        #endif
        try surface.withOpaquePixels { rows, stride in
            for row in 0..<height { png_write_row(png, rows + row * stride) }
        }
        png_write_end(png, nil)
        return sink.bytes
    }

    /// Row filters libpng may try (it picks per row): none when storing and for fast levels, where
    /// flat drawing compresses best unfiltered (a 1920-px chart screen: 310 KB unfiltered, 394 KB with
    /// Sub) and letting libpng choose per row costs more than the deflate saves; all five for small files.
    private var rowFilters: Int32 {
        switch compressionLevel {
        case 0...3: PNG_FILTER_NONE
        default: PNG_FILTER_NONE | PNG_FILTER_SUB | PNG_FILTER_UP | PNG_FILTER_AVG | PNG_FILTER_PAETH
        }
    }
}

/// The bytes libpng has written so far.
private final class PNGBytes {
    var bytes: [UInt8] = []
}
