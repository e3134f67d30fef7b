import MultipartKit
import NIOCore

/// A strict `multipart/form-data` reader (RFC 7578) around multipart-kit's streaming `MultipartParser`:
/// the boundary comes from the content type, every part needs a `Content-Disposition: form-data; name="…"`
/// header, the body must end with the closing boundary, and anything malformed or over a limit is refused
/// with a `Problem` naming the part (`part 2`, or its name once known) rather than guessed at.
///
/// multipart-kit parses; the limits are this type's, because the parser has none: it keeps a header
/// line in memory until its end and knows no part count or part size. So the body is fed in slices of
/// `sliceBytes` and the limits are checked as the parser reports headers and body bytes, and after
/// each slice: a header section stops growing `maximumHeaderBytes` (plus two slices) into it. The
/// parser does not say whether it saw the closing boundary either, so that is asked of it once the body
/// is fed (see `checkClosed`).
public struct MultipartForm: Sendable {
    /// One part of the form.
    public struct Part: Sendable {
        /// The `name` of its `Content-Disposition`.
        public var name: String
        /// The `filename` of its `Content-Disposition`, for a file.
        public var fileName: String?
        /// Its bytes.
        public var body: [UInt8]
    }

    /// What a form may hold.
    public struct Limits: Sendable {
        /// Most parts a form may have (400 beyond it).
        public var maximumParts = 256
        /// Most bytes of headers one part may have (400 beyond it).
        public var maximumHeaderBytes = 8192
        /// Most bytes one part's body may have (413 beyond it).
        public var maximumPartBytes = 50 << 20

        /// Limits with the documented defaults.
        public init(maximumParts: Int = 256, maximumHeaderBytes: Int = 8192, maximumPartBytes: Int = 50 << 20) {
            self.maximumParts = maximumParts
            self.maximumHeaderBytes = maximumHeaderBytes
            self.maximumPartBytes = maximumPartBytes
        }
    }

    /// How many bytes the parser is given at a time.
    static let sliceBytes = 4096

    /// The parts, in the order they came.
    public let parts: [Part]

    /// Parses `body` sent with `contentType` (`multipart/form-data; boundary=…`).
    public init(body: [UInt8], contentType: String, limits: Limits = Limits()) throws(Problem) {
        let boundary = try Self.boundary(from: contentType)
        try Self.checkHeaderNames(body, boundary: boundary)
        let parser = MultipartParser(boundary: boundary)
        let reader = PartReader(limits: limits)
        parser.onHeader = { name, value in reader.header(name: name, value: value) }
        parser.onBody = { bytes in reader.body(&bytes) }
        parser.onPartComplete = { reader.completePart() }
        var start = 0
        while start < body.count {
            let end = min(start + Self.sliceBytes, body.count)
            let eventsBefore = reader.events
            do {
                try parser.execute(ByteBuffer(bytes: body[start..<end]))
            } catch {
                throw reader.problem ?? Problem(.badRequest, "\(reader.currentPart): the multipart framing is malformed",
                                                field: reader.currentField)
            }
            if let problem = reader.problem { throw problem }
            reader.quietBytes = reader.events == eventsBefore ? reader.quietBytes + (end - start) : 0
            guard reader.quietBytes <= limits.maximumHeaderBytes else {
                throw Problem(.badRequest, "\(reader.currentPart): its headers are over \(limits.maximumHeaderBytes) bytes",
                              field: reader.currentField)
            }
            start = end
        }
        guard !reader.parts.isEmpty || reader.events > 0 else {
            throw Problem(.badRequest, "the multipart body has no boundary line --\(boundary)")
        }
        try Self.checkClosed(parser, reader: reader)
        parts = reader.parts
    }

    /// Refuses a body that ends before its closing boundary (`--boundary--`).
    ///
    /// Once past the closing boundary, multipart-kit ignores whatever follows (the epilogue); anywhere else
    /// (in a part's headers, its body or a boundary line) the probe `x\r\n` makes it either report a header
    /// or body bytes or throw. So a probe answered with silence means the body was closed.
    private static func checkClosed(_ parser: MultipartParser, reader: PartReader) throws(Problem) {
        let eventsBefore = reader.events
        let opened = reader.currentPart
        do {
            try parser.execute(Array("x\r\n".utf8))
        } catch {
            throw Problem(.badRequest, "\(opened): the multipart body ends without its closing boundary")
        }
        guard reader.events == eventsBefore else {
            throw Problem(.badRequest, "\(opened): the multipart body ends without its closing boundary")
        }
    }

    /// Refuses a part header whose name holds a byte over 0x7F before multipart-kit sees it: 4.7.1 looks
    /// such a byte up in a 128-entry table and traps (found by the `multipart` fuzz target). Every line of
    /// every header section (from a `--boundary` line to its empty line) is checked up to its colon.
    private static func checkHeaderNames(_ body: [UInt8], boundary: String) throws(Problem) {
        let delimiter = Array("--\(boundary)\r\n".utf8)
        var index = 0
        var part = 0
        while index + delimiter.count <= body.count {
            guard body[index] == 45, body[index..<(index + delimiter.count)].elementsEqual(delimiter) else {
                index += 1
                continue
            }
            part += 1
            var position = index + delimiter.count
            // One header line per turn, until the empty line that ends the section (or the body).
            while position < body.count, !(body[position] == 13 && position + 1 < body.count && body[position + 1] == 10) {
                var inName = true
                while position < body.count, body[position] != 13 {
                    if body[position] == 58 { inName = false }
                    if inName && body[position] > 0x7F {
                        throw Problem(.badRequest, "part \(part): a header name holds a byte that is not ASCII")
                    }
                    position += 1
                }
                position += 2
            }
            index = position
        }
    }

    private static func boundary(from contentType: String) throws(Problem) -> String {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingSpaces().lowercased() == "boundary" else { continue }
            let value = pair[1].trimmingSpaces().unquoted
            guard (1...70).contains(value.utf8.count), !value.utf8.contains(13), !value.utf8.contains(10) else { break }
            return value
        }
        throw Problem(.badRequest, "multipart/form-data needs a boundary parameter of 1–70 characters")
    }
}

/// Collects the parts multipart-kit reports and checks each against the limits as it grows; the first
/// problem found is kept in `problem` (the parser's callbacks cannot throw).
private final class PartReader {
    let limits: MultipartForm.Limits
    var parts: [MultipartForm.Part] = []
    var problem: Problem?
    /// Callbacks so far: a slice that raises none is still inside a preamble or a header section.
    var events = 0
    /// Bytes fed since the last slice that raised a callback.
    var quietBytes = 0

    private var headerBytes = 0
    private var disposition: String?
    private var body: [UInt8] = []

    init(limits: MultipartForm.Limits) { self.limits = limits }

    /// `part N` (from 1) for the part being read, with its name once known.
    var currentPart: String {
        let name = disposition.flatMap { try? Self.names(disposition: $0).name }
        return "part \(parts.count + 1)" + (name.map { " (\"\($0)\")" } ?? "")
    }

    /// The part's name as a problem's `field`, once known.
    var currentField: String? { disposition.flatMap { try? Self.names(disposition: $0).name } }

    func header(name: String, value: String) {
        events += 1
        guard problem == nil else { return }
        headerBytes += name.utf8.count + value.utf8.count + 4
        if headerBytes > limits.maximumHeaderBytes {
            problem = Problem(.badRequest, "\(currentPart): its headers are over \(limits.maximumHeaderBytes) bytes",
                              field: currentField)
        } else if name.lowercased() == "content-disposition" {
            disposition = value
        }
    }

    func body(_ bytes: inout ByteBuffer) {
        events += 1
        guard problem == nil else { return }
        guard body.count + bytes.readableBytes <= limits.maximumPartBytes else {
            problem = Problem(.bodyTooLarge, "\(currentPart): over \(limits.maximumPartBytes) bytes", field: currentField)
            return
        }
        body += bytes.readableBytesView
    }

    func completePart() {
        events += 1
        guard problem == nil else { return }
        do throws(Problem) {
            guard let disposition else {
                throw Problem(.badRequest, "\(currentPart) lacks Content-Disposition: form-data; name=\"…\"")
            }
            let (name, fileName) = try Self.names(disposition: disposition)
            parts.append(MultipartForm.Part(name: name, fileName: fileName, body: body))
            guard parts.count <= limits.maximumParts else {
                throw Problem(.badRequest, "the form has more than \(limits.maximumParts) parts")
            }
        } catch {
            problem = error
        }
        headerBytes = 0
        disposition = nil
        body = []
    }

    /// The `name` and `filename` of a `Content-Disposition: form-data; name="…"` value.
    static func names(disposition: String) throws(Problem) -> (name: String, fileName: String?) {
        let items = disposition.split(separator: ";").map { $0.trimmingSpaces() }
        var name: String?
        var fileName: String?
        if items.first?.lowercased() == "form-data" {
            for item in items.dropFirst() {
                let parameter = item.split(separator: "=", maxSplits: 1)
                guard parameter.count == 2 else { continue }
                switch parameter[0].lowercased() {
                case "name": name = parameter[1].trimmingSpaces().unquoted
                case "filename": fileName = parameter[1].trimmingSpaces().unquoted
                default: continue
                }
            }
        }
        guard let name, !name.isEmpty else {
            throw Problem(.badRequest, "a multipart part lacks Content-Disposition: form-data; name=\"…\"")
        }
        return (name, fileName)
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        String(drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
    }
}

extension String {
    /// The text without one pair of surrounding double quotes.
    var unquoted: String {
        count >= 2 && hasPrefix("\"") && hasSuffix("\"") ? String(dropFirst().dropLast()) : self
    }
}
