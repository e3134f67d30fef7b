import Crypto
import CZlib
import Dispatch
import Graphics

/// The numbered objects of a PDF file being written, and the file they make.
///
/// Numbers are handed out from 1 in the order objects are reserved, so the same document always gets the
/// same numbers and the same bytes. An object may be reserved first (a page must name its parent before
/// the page tree exists) and defined later; every reserved object must be defined before `file`.
final class PDFObjectTable {
    /// Where deflated streams and font subsets of earlier files are kept, if anywhere.
    let cache: PDFWriterCache?
    /// Each object's body, without `n 0 obj` and `endobj`; `nil` while only reserved.
    private var bodies: [Body?] = []

    /// An object's body: a dictionary, array, … (`head` alone), or a stream: its dictionary and `stream`
    /// (`head`), its data (`data`, kept as given, so megabytes of JPEG are copied once, into the file),
    /// and `endstream`.
    private struct Body: Sendable {
        static let streamEnd = Array("\nendstream".utf8)

        var head: [UInt8]
        var data: [UInt8]?

        /// The bytes in the order they are written.
        var parts: [[UInt8]] { data.map { [head, $0, Self.streamEnd] } ?? [head] }
        var count: Int { head.count + (data.map { $0.count + Self.streamEnd.count } ?? 0) }
    }
    /// What `digest` reads in place of an object's body, by object number: a digest of a large body that
    /// is already known (a JPEG's `Image.uniqueID`), so the file identifier does not hash megabytes again.
    private var digestStandIns: [Int: [UInt8]] = [:]

    /// An empty table, keeping deflated streams in `cache` when one is given.
    init(cache: PDFWriterCache?) {
        self.cache = cache
    }

    /// A new object number, to be defined later with `define`.
    func reserve() -> Int {
        bodies.append(nil)
        return bodies.count
    }

    /// Defines the reserved object `number` as `body`.
    func define(_ number: Int, _ body: String) {
        bodies[number - 1] = Body(head: Array(body.utf8), data: nil)
    }

    /// A new object whose body is `body`.
    func add(_ body: String) -> Int {
        let number = reserve()
        define(number, body)
        return number
    }

    /// Defines the reserved object `number` as a stream of `data`: `dictionary` holds the entries other than
    /// /Length and /Filter (written without `<<` `>>`); the data is deflated (/FlateDecode) when `compress`.
    func defineStream(_ number: Int, _ dictionary: String, data: [UInt8], compress: Bool = true) throws(GraphicsError) {
        let payload = compress ? try deflated(data) : data
        let head = "<< \(dictionary)\(dictionary.isEmpty ? "" : " ")/Length \(payload.count)\(compress ? " /Filter /FlateDecode" : "") >>\nstream\n"
        bodies[number - 1] = Body(head: Array(head.utf8), data: payload)
    }

    /// Defines the reserved object `number` as a stream whose `deflated` data is already a zlib stream
    /// (/FlateDecode); `dictionary` as for `defineStream`.
    func defineDeflatedStream(_ number: Int, _ dictionary: String, deflated payload: [UInt8]) {
        let head = "<< \(dictionary)\(dictionary.isEmpty ? "" : " ")/Length \(payload.count) /Filter /FlateDecode >>\nstream\n"
        bodies[number - 1] = Body(head: Array(head.utf8), data: payload)
    }

    /// Has `digest` read `standIn` in place of object `number`'s body: a digest of the body's data made
    /// elsewhere (see `digestStandIns`).
    func setDigestStandIn(_ number: Int, _ standIn: [UInt8]) {
        digestStandIns[number] = standIn
    }

    /// SHA-256 of every object's body, in order (reserved-only objects count as empty; an object with a
    /// stand-in counts as its stand-in): what the file identifier is made from, so the same objects give
    /// the same /ID.
    private static func digest(_ bodies: [Body?], standIns: [Int: [UInt8]]) -> [UInt8] {
        var hasher = SHA256()
        for (index, body) in bodies.enumerated() {
            if let standIn = standIns[index + 1] {
                hasher.update(data: standIn)
            } else if let body {
                for part in body.parts { hasher.update(data: part) }
            }
            hasher.update(data: [0x0A])
        }
        return Array(hasher.finalize())
    }

    /// The digest of the objects, worked out on another thread while `file` joins them.
    private final class Digestion: @unchecked Sendable {
        let bodies: [Body?]
        let standIns: [Int: [UInt8]]
        /// Set by `run`, read once the group it ran in is waited for.
        var result: [UInt8] = []

        init(bodies: [Body?], standIns: [Int: [UInt8]]) {
            self.bodies = bodies
            self.standIns = standIns
        }

        func run() { result = PDFObjectTable.digest(bodies, standIns: standIns) }
    }

    /// A new stream object (see `defineStream`).
    func addStream(_ dictionary: String, data: [UInt8], compress: Bool = true) throws(GraphicsError) -> Int {
        let number = reserve()
        try defineStream(number, dictionary, data: data, compress: compress)
        return number
    }

    /// The whole file: header, objects, cross-reference table and trailer naming `root` and `info`, with
    /// the objects' digest (see `digest`) as the file identifier, worked out on another core meanwhile.
    func file(version: String, root: Int, info: Int?) throws(GraphicsError) -> [UInt8] {
        let digestion = Digestion(bodies: bodies, standIns: digestStandIns)
        let group = DispatchGroup()
        DispatchQueue.global(qos: .userInitiated).async(group: group) { digestion.run() }
        // The binary comment tells transfer tools the file is not text.
        var out = Array("%PDF-\(version)\n%\u{E2}\u{E3}\u{CF}\u{D3}\n".utf8)
        out.reserveCapacity(bodies.reduce(0) { $0 + ($1?.count ?? 0) } + 48 * bodies.count + 256)
        var offsets: [Int] = []
        offsets.reserveCapacity(bodies.count)
        for (index, body) in bodies.enumerated() {
            guard let body else { throw .invalidOutput("PDF object \(index + 1) was reserved but never written") }
            offsets.append(out.count)
            PDFSyntax.appendDigits(index + 1, to: &out)
            out.append(contentsOf: " 0 obj\n".utf8)
            for part in body.parts { out.append(contentsOf: part) }
            out.append(contentsOf: "\nendobj\n".utf8)
        }
        let xref = out.count
        var table = "xref\n0 \(bodies.count + 1)\n0000000000 65535 f \n"
        for offset in offsets {
            let digits = String(offset)
            table += String(repeating: "0", count: max(0, 10 - digits.count)) + digits + " 00000 n \n"
        }
        out.append(contentsOf: Array(table.utf8))
        let infoEntry = info.map { " /Info \($0) 0 R" } ?? ""
        group.wait()
        let id = PDFSyntax.fileID(digestion.result)
        out.append(contentsOf: Array("trailer\n<< /Size \(bodies.count + 1) /Root \(root) 0 R\(infoEntry) /ID [<\(id)> <\(id)>] >>\nstartxref\n\(xref)\n%%EOF\n".utf8))
        return out
    }

    /// `data` deflated as `defineStream` deflates it, kept in the cache or taken from it.
    private func deflated(_ data: [UInt8]) throws(GraphicsError) -> [UInt8] {
        guard let cache else { return try Self.deflate(data) }
        guard let deflated = cache.deflated(data, by: .whole, { try? Self.deflate($0) }) else {
            throw .invalidOutput("zlib could not deflate a PDF stream")
        }
        return deflated
    }

    /// `data` as one zlib stream, at zlib `level` (6, zlib's default, unless asked).
    static func deflate(_ data: [UInt8], level: Int32 = 6) throws(GraphicsError) -> [UInt8] {
        var destinationLength = compressBound(uLong(data.count))
        let capacity = Int(destinationLength)
        var status: Int32 = Z_OK
        let out = [UInt8](unsafeUninitializedCapacity: capacity) { destination, count in
            status = data.withUnsafeBufferPointer { source in
                compress2(destination.baseAddress, &destinationLength, source.baseAddress, uLong(source.count), level)
            }
            count = status == Z_OK ? Int(destinationLength) : 0
        }
        guard status == Z_OK else { throw .invalidOutput("zlib could not deflate a PDF stream (\(status))") }
        return out
    }
}
