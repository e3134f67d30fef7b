import CZlib
import Dispatch
import Graphics

/// One zlib stream (RFC 1950) of a buffer, deflated in slices on every core and joined, as pigz does:
/// each slice is primed with the 32 KiB before it (so the stream is barely larger than one deflated whole)
/// and ends on a byte boundary (`Z_SYNC_FLUSH`), the last one with the final block, and the slices'
/// Adler-32 checksums are combined. The slices are fixed by the caller, never by the number of cores, so
/// the bytes are the same on any machine.
enum ParallelDeflate {
    /// Deflates `data` at zlib `level`, cut at `boundaries` (ascending offsets inside `data`, 0 and the end
    /// excluded).
    static func stream(_ data: UnsafeBufferPointer<UInt8>, level: Int, boundaries: [Int]) throws(GraphicsError) -> [UInt8] {
        let starts = [0] + boundaries, ends = boundaries + [data.count]
        var slices = [[UInt8]?](repeating: nil, count: starts.count)
        var checksums = [UInt](repeating: 1, count: starts.count)
        slices.withUnsafeMutableBufferPointer { slices in
            checksums.withUnsafeMutableBufferPointer { checksums in
                let input = DisjointAccess(pointer: data), outputs = DisjointAccess(pointer: slices)
                let sums = DisjointAccess(pointer: checksums)
                DispatchQueue.concurrentPerform(iterations: starts.count) { index in
                    let data = input.pointer
                    let slice = UnsafeBufferPointer(rebasing: data[starts[index]..<ends[index]])
                    let dictionary = UnsafeBufferPointer(rebasing: data[max(0, starts[index] - 32_768)..<starts[index]])
                    sums.pointer[index] = adler32(1, slice.baseAddress, UInt32(slice.count))
                    outputs.pointer[index] = deflate(slice, dictionary: dictionary, level: level, isLast: index == starts.count - 1)
                }
            }
        }
        guard !slices.contains(where: { $0 == nil }) else { throw .invalidOutput("zlib could not compress the PNG's pixels") }
        var checksum = checksums[0]
        for index in 1..<max(1, starts.count) {
            checksum = adler32_combine(checksum, checksums[index], ends[index] - starts[index])
        }
        var stream = header(level: level)
        for slice in slices { stream += slice ?? [] }
        stream += (0..<4).map { UInt8(truncatingIfNeeded: checksum >> (24 - 8 * $0)) }
        return stream
    }

    /// The two header bytes: deflate with a 32 KiB window, the level's class, and the check bits.
    private static func header(level: Int) -> [UInt8] {
        let method: UInt8 = 0x78
        let levelClass: UInt8 = switch level { case 0...1: 0; case 2...5: 1; case 6: 2; default: 3 }
        var flags = levelClass << 6
        flags += UInt8(31 - (UInt(method) * 256 + UInt(flags)) % 31)
        return [method, flags]
    }

    /// `slice` as raw deflate blocks after `dictionary`, ending on a byte boundary, or with the final block
    /// when `isLast`; nil if zlib fails.
    private static func deflate(_ slice: UnsafeBufferPointer<UInt8>, dictionary: UnsafeBufferPointer<UInt8>,
                                level: Int, isLast: Bool) -> [UInt8]? {
        var stream = z_stream()
        guard deflateInit2_(&stream, Int32(level), Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
                            Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { deflateEnd(&stream) }
        if let start = dictionary.baseAddress, !dictionary.isEmpty,
           deflateSetDictionary(&stream, start, UInt32(dictionary.count)) != Z_OK { return nil }
        // The bound covers a whole-buffer deflate; a sync flush adds an empty stored block (5 bytes).
        let capacity = Int(deflateBound(&stream, UInt(slice.count))) + 64
        var result: Int32 = Z_OK
        let output = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            stream.next_in = UnsafeMutablePointer(mutating: slice.baseAddress)
            stream.avail_in = UInt32(slice.count)
            stream.next_out = buffer.baseAddress
            stream.avail_out = UInt32(capacity)
            result = CZlib.deflate(&stream, isLast ? Z_FINISH : Z_SYNC_FLUSH)
            count = capacity - Int(stream.avail_out)
        }
        let finished = isLast ? result == Z_STREAM_END : result == Z_OK && stream.avail_in == 0 && stream.avail_out > 0
        return finished ? output : nil
    }
}
