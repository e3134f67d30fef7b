import Hummingbird

/// Collects a request body, refusing it with 413 as soon as it is known to be over the limit: from
/// `Content-Length` before reading, or while reading a body of unannounced length.
enum RequestBody {
    /// The body's bytes. A `Content-Encoding` other than `identity` is refused with 415 before reading
    /// (bodies are taken uncompressed), and a body whose framing is malformed (a bad chunk size, a
    /// connection closed mid-body) with 400.
    static func collect(_ request: Request, limit: Int) async throws -> [UInt8] {
        if let encoding = request.headers[.contentEncoding],
           encoding.split(separator: ",").contains(where: { $0.trimmingSpaces().lowercased() != "identity" }) {
            throw Problem(.unsupportedMediaType, "send the body without Content-Encoding (it is read as is)",
                          field: "Content-Encoding")
        }
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
            throw tooLarge(limit)
        }
        var bytes: [UInt8] = []
        do {
            for try await buffer in request.body {
                guard bytes.count + buffer.readableBytes <= limit else { throw tooLarge(limit) }
                bytes.append(contentsOf: buffer.readableBytesView)
            }
        } catch let problem as Problem {
            throw problem
        } catch {
            throw Problem(.badRequest, "the request body's framing is malformed")
        }
        return bytes
    }

    private static func tooLarge(_ limit: Int) -> Problem {
        Problem(.bodyTooLarge, "the request body is over the \(limit)-byte limit")
    }
}
