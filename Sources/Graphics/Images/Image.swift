import CCairo
import CJPEGCodec
import Dispatch
import Foundation

/// A photo, X-ray or logo read from disk or from a request: the original bytes and the facts from its
/// header. Pixels are decoded only when a raster output needs them; a PDF or SVG carries JPEG bytes
/// as they are (Cairo MIME data), never re-encoded.
///
/// Not thread-safe (it caches Cairo surfaces): a render job loads its own.
public final class Image {
    /// The encodings PlanPress accepts.
    public enum Format: String, Sendable { case jpeg, png }

    /// The name used in error messages: a path relative to the case, or a request field.
    public let name: String
    public let format: Format
    public let bytes: [UInt8]
    /// Pixel size as stored in the file (before orientation).
    public let storedWidth: Int
    public let storedHeight: Int
    public let orientation: ImageOrientation
    /// Colour components in the file: 1 grey, 3 colour, 4 CMYK (a PNG counts as 3).
    public let components: Int
    /// A digest of the bytes: the `UNIQUE_ID` that lets a PDF embed an image used on many pages once.
    /// Worked out when a PDF first asks: a raster or SVG page never needs it.
    public private(set) lazy var uniqueID: String = Self.digest(bytes)
    /// Where decoded pixels and integrity checks are kept between renders; `nil`: this image's own only.
    public var cache: DecodedImageCache?
    private var decoded: [Int: Surface] = [:]
    private var svgSurfaces: [Int: Surface] = [:]

    /// Width × height when shown upright.
    public var uprightSize: Size {
        orientation.swapsSides ? Size(width: Double(storedHeight), height: Double(storedWidth))
            : Size(width: Double(storedWidth), height: Double(storedHeight))
    }

    /// Reads `path` and checks it against `limits`. `name` is what errors call it (defaults to the path).
    public convenience init(contentsOf path: String, name: String? = nil, limits: ImageLimits = ImageLimits()) throws(GraphicsError) {
        let label = name ?? path
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        guard let size = (attributes?[.size] as? NSNumber)?.intValue else {
            throw .image(source: label, problem: "file not found or unreadable")
        }
        guard size <= limits.maximumBytes else {
            throw .imageTooLarge(source: label, problem: "file of \(size) bytes is over the \(limits.maximumBytes)-byte limit")
        }
        // An empty regular file is not handed to Foundation, whose `contents(atPath:)` leaks 4 KiB for every
        // empty file it reads (Swift 6.3.1); it fails below as an image too short to have a header.
        let isEmptyFile = size == 0 && attributes?[.type] as? FileAttributeType == .typeRegular
        guard let data = isEmptyFile ? Data() : FileManager.default.contents(atPath: path) else {
            throw .image(source: label, problem: "file not found or unreadable")
        }
        try self.init(bytes: [UInt8](data), name: label, limits: limits)
    }

    /// Checks `bytes` (JPEG or PNG) against `limits` from the header alone.
    public init(bytes: [UInt8], name: String, limits: ImageLimits = ImageLimits()) throws(GraphicsError) {
        self.name = name
        self.bytes = bytes
        guard bytes.count <= limits.maximumBytes else {
            throw .imageTooLarge(source: name, problem: "\(bytes.count) bytes is over the \(limits.maximumBytes)-byte limit")
        }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) {
            format = .jpeg
            (storedWidth, storedHeight, components) = try Self.jpegHeader(bytes, name: name)
            orientation = ImageOrientation.fromJPEG(bytes)
        } else if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            format = .png
            (storedWidth, storedHeight) = try Self.pngSize(bytes, name: name)
            try Self.checkPNGChunks(bytes, name: name)
            components = 3
            orientation = .up
        } else {
            throw .image(source: name, problem: "not a JPEG or PNG image")
        }
        let side = Surface.maximumImageSide
        guard storedWidth <= side, storedHeight <= side else {
            throw .imageTooLarge(source: name, problem: "\(storedWidth)×\(storedHeight) px: a side is over Cairo's \(side)-px limit")
        }
        guard storedWidth * storedHeight <= limits.maximumPixels else {
            throw .imageTooLarge(source: name, problem: "\(storedWidth)×\(storedHeight) px is over the \(limits.maximumPixels / 1_000_000)-megapixel limit")
        }
    }

    /// A surface for SVG output, `pixelWidth` pixels across when upright (the size the page shows it at,
    /// never more than the image has): an SVG carries the picture seen, not the whole file, so a web page
    /// of photos stays small. The pixels come from the cheapest libjpeg reduction that covers the width,
    /// smoothed down to it; a JPEG is then encoded again (quality `svgJPEGQuality`, without EXIF, so a
    /// browser turns it only as the drawing does), a PNG stays lossless. Cached per width.
    public func svgSurface(pixelWidth: Int) throws(GraphicsError) -> Surface {
        let upright = uprightSize
        let width = min(max(1, pixelWidth), Int(upright.width))
        if let cached = svgSurfaces[width] { return cached }
        let factor = Double(width) / upright.width
        let storedPixels = (width: max(1, Int((Double(storedWidth) * factor).rounded())),
                            height: max(1, Int((Double(storedHeight) * factor).rounded())))
        let source = try rasterSurface(scaleDenominator: scaleDenominator(forUprightWidth: Double(width)))
        let surface = try source.resampled(width: storedPixels.width, height: storedPixels.height)
        if format == .jpeg {
            let jpeg = try surface.withOpaquePixels { rows, stride in
                Self.encodeJPEG(rows, stride: stride, width: storedPixels.width, height: storedPixels.height)
            }
            switch jpeg {
            case let .success(bytes): try attachMIME(CAIRO_MIME_TYPE_JPEG, bytes, to: surface)
            case let .failure(failure): throw .image(source: name, problem: "cannot encode its SVG picture (\(failure))")
            }
        }
        svgSurfaces[width] = surface
        return surface
    }

    /// The JPEG quality of the pictures in an SVG: no visible loss at the size shown.
    static let svgJPEGQuality = 85

    /// Baseline JPEG of opaque Cairo pixels, or libjpeg's message.
    private static func encodeJPEG(_ rows: UnsafePointer<UInt8>, stride: Int, width: Int, height: Int)
        -> Result<[UInt8], JPEGEncodingFailure> {
        var output: UnsafeMutablePointer<UInt8>?
        var length: UInt = 0
        var message = [CChar](repeating: 0, count: 200)
        let failed = pp_jpeg_encode_rgb24(rows, Int32(stride), Int32(width), Int32(height), Int32(svgJPEGQuality),
                                          &output, &length, &message, message.count)
        defer { free(output) }
        guard failed == 0, let output else { return .failure(JPEGEncodingFailure(message: Self.text(ofCMessage: message))) }
        return .success(Array(UnsafeBufferPointer(start: output, count: Int(length))))
    }

    /// The message a CJPEGCodec call wrote into `buffer` (NUL-terminated, UTF-8).
    static func text(ofCMessage buffer: [CChar]) -> String {
        String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Decoded pixels, a JPEG reduced by 1/`scaleDenominator` (1, 2, 4 or 8) while decoding — the cheap
    /// way to a preview. Cached per scale.
    public func rasterSurface(scaleDenominator: Int) throws(GraphicsError) -> Surface {
        let scale = format == .jpeg ? scaleDenominator : 1
        if let cached = decoded[scale] ?? cache?.surface(of: self, scale: scale) {
            decoded[scale] = cached
            return cached
        }
        let surface = format == .jpeg ? try decodeJPEG(scale: scale) : try decodePNG()
        decoded[scale] = surface
        cache?.keep(surface, of: self, scale: scale)
        return surface
    }

    /// The largest JPEG decode reduction (1, 2, 4 or 8) that still gives at least `pixels` across the
    /// upright width.
    public func scaleDenominator(forUprightWidth pixels: Double) -> Int {
        guard format == .jpeg else { return 1 }
        let width = uprightSize.width
        return [8, 4, 2].first { width / Double($0) >= pixels } ?? 1
    }

    private func decodeJPEG(scale: Int) throws(GraphicsError) -> Surface {
        var width: Int32 = 0, height: Int32 = 0
        pp_jpeg_scaled_size(Int32(storedWidth), Int32(storedHeight), Int32(scale), &width, &height)
        let surface = try Surface.image(width: Int(width), height: Int(height), opaque: true)
        cairo_surface_flush(surface.pointer)
        let stride = cairo_image_surface_get_stride(surface.pointer)
        var message = [CChar](repeating: 0, count: 200)
        let failed = bytes.withUnsafeBufferPointer { buffer in
            pp_jpeg_decode_rgb24(buffer.baseAddress, buffer.count, Int32(scale), cairo_image_surface_get_data(surface.pointer),
                                 stride, width, height, &message, message.count)
        }
        guard failed == 0 else {
            throw .image(source: name, problem: "corrupt JPEG (\(Self.text(ofCMessage: message)))")
        }
        cairo_surface_mark_dirty(surface.pointer)
        return surface
    }

    private func decodePNG() throws(GraphicsError) -> Surface {
        let reader = PNGReader(bytes: bytes)
        let pointer = cairo_image_surface_create_from_png_stream(PNGReader.readFunction,
                                                                 Unmanaged.passUnretained(reader).toOpaque())!
        do {
            return try Surface.adopting(pointer, operation: "read PNG")
        } catch {
            throw .image(source: name, problem: "truncated or corrupt PNG")
        }
    }

    private func attachMIME(_ type: String, _ data: [UInt8], to surface: Surface) throws(GraphicsError) {
        let copy = UnsafeMutablePointer<UInt8>.allocate(capacity: data.count)
        copy.initialize(from: data, count: data.count)
        let status = cairo_surface_set_mime_data(surface.pointer, type, copy, UInt(data.count),
                                                 { $0?.deallocate() }, copy)
        if status != CAIRO_STATUS_SUCCESS { copy.deallocate() }
        try status.check("attach \(type) to \(name)")
    }

    /// The JPEG's bytes as they are, for a PDF to carry with /DCTDecode, once they are known to decode to
    /// their end: a truncated or corrupt JPEG passed through untouched would print as a blank or half X-ray.
    /// The check is shared with `checkAhead(_:)` and the cache.
    public func verifiedJPEGBytes() throws(GraphicsError) -> [UInt8] {
        guard format == .jpeg else { throw .image(source: name, problem: "is not a JPEG to pass through") }
        try verifyJPEG()
        return bytes
    }

    /// Whether the JPEG was decoded to its end without error (checked once, before any pass-through).
    private var isVerified = false
    /// The integrity check of a JPEG's bytes, which another thread may run ahead (`checkAhead(_:)`).
    private lazy var integrityCheck = JPEGIntegrityCheck(bytes: bytes)

    private func verifyJPEG() throws(GraphicsError) {
        guard !isVerified, cache?.isVerified(self) != true else { return }
        if let failure = integrityCheck.failure() {
            throw .image(source: name, problem: "truncated or corrupt JPEG (\(failure))")
        }
        isVerified = true
        cache?.markVerified(self)
    }

    /// Starts the integrity checks that a PDF of `images` will need, on another thread, in order, while
    /// this one composes and lays out: each JPEG passed through that was not checked yet (a CMYK JPEG is
    /// decoded instead). Painting waits for a check under way, runs one not yet started itself, and
    /// throws the same error at the same image as without this.
    public static func checkAhead(_ images: [Image]) {
        let checks = images.compactMap { image in
            image.format == .jpeg && image.components != 4 && !image.isVerified && image.cache?.isVerified(image) != true
                ? image.integrityCheck : nil
        }
        guard !checks.isEmpty else { return }
        DispatchQueue.global(qos: .userInitiated).async {
            for check in checks { check.run() }
        }
    }

    private static func jpegHeader(_ bytes: [UInt8], name: String) throws(GraphicsError) -> (Int, Int, Int) {
        var info = pp_jpeg_info()
        var message = [CChar](repeating: 0, count: 200)
        let failed = bytes.withUnsafeBufferPointer { pp_jpeg_read_info($0.baseAddress, $0.count, &info, &message, message.count) }
        guard failed == 0 else { throw .image(source: name, problem: "corrupt JPEG (\(Self.text(ofCMessage: message)))") }
        return (Int(info.width), Int(info.height), Int(info.components))
    }

    /// Width and height from the IHDR chunk, which the PNG signature must be followed by.
    private static func pngSize(_ bytes: [UInt8], name: String) throws(GraphicsError) -> (Int, Int) {
        guard bytes.count >= 24, Array(bytes[12..<16]) == Array("IHDR".utf8) else {
            throw .image(source: name, problem: "truncated or corrupt PNG (no IHDR header)")
        }
        func word(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        let width = word(16), height = word(20)
        guard width > 0, height > 0 else { throw .image(source: name, problem: "PNG of zero size") }
        return (width, height)
    }

    /// Walks the chunks from IHDR to IEND by their lengths (CRCs are left to the decoder): a file cut short
    /// or with bytes missing from a chunk is refused when it is read, whatever the output.
    private static func checkPNGChunks(_ bytes: [UInt8], name: String) throws(GraphicsError) {
        var offset = 8
        while offset + 8 <= bytes.count {
            let length = bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
            let type = bytes[offset + 4..<offset + 8]
            offset += 12 + length  // length, type, data, CRC
            if type.elementsEqual("IEND".utf8) {
                guard offset <= bytes.count else { break }
                return
            }
        }
        throw .image(source: name, problem: "truncated or corrupt PNG (the chunks end before IEND)")
    }

    /// A 64-bit FNV-1a of the bytes taken eight at a time (little-endian words, then the last bytes one
    /// by one), plus their length, in hex: stable across runs and machines. Each step is a bijection of
    /// the running hash, so files differing in one word never collide. A PDF render hashes every photo
    /// of the case, megabytes, so a word at a time matters.
    private static func digest(_ bytes: [UInt8]) -> String {
        let prime: UInt64 = 0x100_0000_01b3
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        bytes.withUnsafeBytes { buffer in
            let words = buffer.count / 8
            for index in 0..<words {
                hash = (hash ^ UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self))) &* prime
            }
            for byte in buffer[(words * 8)...] { hash = (hash ^ UInt64(byte)) &* prime }
        }
        return "planpress-\(String(hash, radix: 16))-\(bytes.count)"
    }
}

/// libjpeg's reason for refusing to encode.
private struct JPEGEncodingFailure: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

/// Feeds PNG bytes from memory to Cairo's stream reader.
private final class PNGReader {
    let bytes: [UInt8]
    var offset = 0
    init(bytes: [UInt8]) { self.bytes = bytes }

    static let readFunction: cairo_read_func_t = { closure, data, length in
        guard let closure, let data else { return CAIRO_STATUS_READ_ERROR }
        let reader = Unmanaged<PNGReader>.fromOpaque(closure).takeUnretainedValue()
        let count = Int(length)
        guard reader.offset + count <= reader.bytes.count else { return CAIRO_STATUS_READ_ERROR }
        reader.bytes.withUnsafeBufferPointer { buffer in
            data.update(from: buffer.baseAddress! + reader.offset, count: count)
        }
        reader.offset += count
        return CAIRO_STATUS_SUCCESS
    }
}
