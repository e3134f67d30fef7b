import CZlib
import Dispatch
import Graphics

/// Encodes an opaque Cairo image surface as an 8-bit RGB PNG at a chosen zlib level, on every core.
///
/// The rows are cut into slices of about 256 KiB; the slices are filtered (`PNGRowFilter`: none at fast
/// levels, the best of five per row from level 4) and deflated side by side (`ParallelDeflate`), then
/// written as one IDAT stream. libpng is not used because it compresses on one thread, and deflate was
/// about a quarter of a chairside screen's time; the container is three chunks (IHDR, IDAT, IEND). The
/// slices follow from the image's size alone, and no time or text chunk is written: equal pixels give
/// equal bytes on any machine.
struct PNGEncoder {
    /// zlib level 0–9.
    let compressionLevel: Int

    /// About how many bytes of scanlines a slice holds.
    static let sliceBytes = 256 * 1024

    func encode(_ surface: Surface) throws(GraphicsError) -> [UInt8] {
        let width = surface.pixelWidth, height = surface.pixelHeight
        guard (1...Surface.maximumImageSide).contains(width), (1...Surface.maximumImageSide).contains(height),
              (0...9).contains(compressionLevel) else {
            throw .invalidOutput("cannot encode a \(width)×\(height) PNG at level \(compressionLevel)")
        }
        let rowBytes = 1 + 3 * width
        let rowsPerSlice = max(1, Self.sliceBytes / rowBytes)
        let firstRows = Array(stride(from: 0, to: height, by: rowsPerSlice))
        let adaptive = compressionLevel >= 4
        var scanlines = [UInt8](repeating: 0, count: rowBytes * height)
        try surface.withOpaquePixels { pixels, stride in
            scanlines.withUnsafeMutableBufferPointer { buffer in
                let source = DisjointAccess(pointer: pixels), target = DisjointAccess(pointer: buffer.baseAddress!)
                DispatchQueue.concurrentPerform(iterations: firstRows.count) { slice in
                    var filter = PNGRowFilter(width: width, adaptive: adaptive)
                    for row in firstRows[slice]..<min(height, firstRows[slice] + rowsPerSlice) {
                        filter.write(row: source.pointer + row * stride,
                                     previous: row > 0 ? source.pointer + (row - 1) * stride : nil,
                                     to: target.pointer + row * rowBytes)
                    }
                }
            }
        }
        let pixelData = try scanlines.withUnsafeBufferPointer { (scanlines) throws(GraphicsError) in
            try ParallelDeflate.stream(scanlines, level: compressionLevel,
                                       boundaries: firstRows.dropFirst().map { $0 * rowBytes })
        }
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        // 8 bits a sample, colour type 2 (RGB), deflate, adaptive filtering, no interlace.
        Self.append("IHDR", Self.bigEndian(width) + Self.bigEndian(height) + [8, 2, 0, 0, 0], to: &png)
        for start in Swift.stride(from: 0, to: max(pixelData.count, 1), by: Self.maximumChunkBytes) {
            Self.append("IDAT", pixelData[start..<min(pixelData.count, start + Self.maximumChunkBytes)], to: &png)
        }
        Self.append("IEND", [], to: &png)
        return png
    }

    /// The largest IDAT chunk written (a chunk's length must stay under 2³¹).
    private static let maximumChunkBytes = 1 << 30

    /// Appends a chunk: length, type, data and the CRC-32 of type and data.
    private static func append(_ type: String, _ data: some Collection<UInt8>, to png: inout [UInt8]) {
        let typeBytes = Array(type.utf8)
        let bytes = Array(data)
        var crc = crc32(0, typeBytes, UInt32(typeBytes.count))
        crc = crc32(crc, bytes, UInt32(bytes.count))
        png += bigEndian(bytes.count) + typeBytes + bytes + bigEndian(Int(crc))
    }

    private static func bigEndian(_ value: Int) -> [UInt8] {
        (0..<4).map { UInt8(truncatingIfNeeded: value >> (24 - 8 * $0)) }
    }
}
