import Hummingbird

/// Collects a request body, refusing it with 413 as soon as it is known to be over the limit: from
/// `Content-Length` before reading, or while reading a body of unannounced length.
enum RequestBody {
    static func collect(_ request: Request, limit: Int) async throws -> [UInt8] {
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
            throw tooLarge(limit)
        }
        var bytes: [UInt8] = []
        for try await buffer in request.body {
            guard bytes.count + buffer.readableBytes <= limit else { throw tooLarge(limit) }
            bytes.append(contentsOf: buffer.readableBytesView)
        }
        return bytes
    }

    private static func tooLarge(_ limit: Int) -> Problem {
        Problem(.bodyTooLarge, "the request body is over the \(limit)-byte limit")
    }
}
