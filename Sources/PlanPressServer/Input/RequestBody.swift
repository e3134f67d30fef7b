import Hummingbird

/// Collects a request body, refusing it with 413 as soon as it is known to be over the limit: from
/// `Content-Length` before reading, or while reading a body of unannounced length.
enum RequestBody {
    /// The body's bytes. A `Content-Encoding` other than `identity` is refused with 415 before reading
    /// (bodies are taken uncompressed), and a body whose framing is malformed (a bad chunk size, a
    /// connection closed mid-body) with 400. The bytes are counted against the request's `BodyMemory`
    /// ticket as they arrive (429 when the bodies held at once would pass `--body-memory-mb`), and held in an array no
    /// larger than the body, since an uploaded file is kept as it is.
    static func collect(_ request: Request, limit: Int) async throws -> [UInt8] {
        if let encoding = request.headers[.contentEncoding],
           encoding.split(separator: ",").contains(where: { $0.trimmingSpaces().lowercased() != "identity" }) {
            throw Problem(.unsupportedMediaType, "send the body without Content-Encoding (it is read as is)",
                          field: "Content-Encoding")
        }
        let announced = request.headers[.contentLength].flatMap { Int($0) }
        if let announced, announced > limit {
            throw tooLarge(limit)
        }
        let ticket = BodyMemory.ticket
        var bytes: [UInt8] = []
        if let announced, announced > 0 { bytes.reserveCapacity(announced) }
        do {
            for try await buffer in request.body {
                guard bytes.count + buffer.readableBytes <= limit else { throw tooLarge(limit) }
                // Counted as it arrives: a client announcing a large body and sending it slowly holds only what it sent.
                try ticket?.reserve(buffer.readableBytes)
                bytes.append(contentsOf: buffer.readableBytesView)
            }
        } catch let problem as Problem {
            throw problem
        } catch {
            throw Problem(.badRequest, "the request body's framing is malformed")
        }
        // Grown chunk by chunk, the array may hold up to twice the body; an uploaded file is kept as it is.
        return bytes.capacity > bytes.count + 4096 ? Array(unsafeUninitializedCapacity: bytes.count) { buffer, count in
            count = buffer.initialize(fromContentsOf: bytes)
        } : bytes
    }

    private static func tooLarge(_ limit: Int) -> Problem {
        Problem(.bodyTooLarge, "the request body is over the \(limit)-byte limit")
    }
}
