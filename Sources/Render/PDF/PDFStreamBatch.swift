import CZlib
import Dispatch
import Graphics

/// Streams whose data is complete but not yet deflated — page contents, forms, decoded images — each
/// deflated on another thread as soon as it is added (`DispatchQueue.global`), so the second core deflates
/// a page while this one paints the next, and defined in `objects` in the order they were added once the
/// last is done. Each stream is deflated on its own, so the bytes do not depend on how many cores there
/// are or in what order they finish; with a `PDFWriterCache`, a stream whose raw bytes were deflated
/// before (by an earlier file) takes the kept bytes instead.
///
/// At zlib level 1: on the reference booklet's 511 KB of page and form operators level 6 took 3.5 times as
/// long for 14 % fewer bytes (139 KB against 161 KB, in a file of 1.6 MB that is mostly JPEG).
final class PDFStreamBatch {
    /// The zlib level of the batch's streams.
    static let level: Int32 = 1

    private let cache: PDFWriterCache?
    private let group = DispatchGroup()
    private var pending: [(number: Int, dictionary: String, job: Job)] = []

    /// One stream's deflation: its data, and its deflated bytes once the job has run (read only after
    /// the group is waited for).
    private final class Job: @unchecked Sendable {
        let data: [UInt8]
        var deflated: [UInt8]?

        init(data: [UInt8]) {
            self.data = data
        }
    }

    /// A batch keeping deflated streams in `cache` when one is given.
    init(cache: PDFWriterCache?) {
        self.cache = cache
    }

    /// Queues `bytes` as the stream of the reserved object `number`, with `dictionary`'s entries (as for
    /// `PDFObjectTable.defineStream`), and starts deflating it on another thread.
    func add(_ number: Int, _ dictionary: String, data bytes: [UInt8]) {
        let job = Job(data: bytes)
        pending.append((number, dictionary, job))
        let cache = cache
        DispatchQueue.global(qos: .userInitiated).async(group: group) {
            job.deflated = if let cache { cache.deflated(job.data, by: .batch, Self.deflate) } else { Self.deflate(job.data) }
        }
    }

    /// Waits for every queued stream and defines it in `objects`; the batch is empty afterwards.
    func deflate(into objects: PDFObjectTable) throws(GraphicsError) {
        group.wait()
        defer { pending = [] }
        for (number, dictionary, job) in pending {
            guard let deflated = job.deflated else { throw .invalidOutput("zlib could not deflate a PDF stream") }
            objects.defineDeflatedStream(number, dictionary, deflated: deflated)
        }
    }

    /// `data` as one zlib stream at `level`, with a window and a hash table no larger than `data` needs:
    /// most streams are a symbol's form of a few hundred bytes, and zlib clears its whole hash table
    /// (64 KiB at the default memory level) for each stream it starts. Depends on the data alone.
    @Sendable static func deflate(_ data: [UInt8]) -> [UInt8]? {
        var bits = 9
        while bits < 15, 1 << bits < data.count { bits += 1 }
        var stream = z_stream()
        guard deflateInit2_(&stream, level, Z_DEFLATED, Int32(bits), Int32(max(1, bits - 7)), Z_DEFAULT_STRATEGY,
                            ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { deflateEnd(&stream) }
        let capacity = Int(deflateBound(&stream, uLong(data.count)))
        var result: Int32 = Z_OK
        let output = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            data.withUnsafeBufferPointer { source in
                stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
                stream.avail_in = uInt(source.count)
                stream.next_out = buffer.baseAddress
                stream.avail_out = uInt(capacity)
                result = CZlib.deflate(&stream, Z_FINISH)
            }
            count = capacity - Int(stream.avail_out)
        }
        return result == Z_STREAM_END ? output : nil
    }
}
