/// A strict `multipart/form-data` reader (RFC 7578): the boundary comes from the content type, every
/// part needs a `Content-Disposition: form-data; name="…"` header, and anything malformed is refused
/// with a `Problem` rather than guessed at.
struct MultipartForm {
    /// One part of the form.
    struct Part {
        var name: String
        var fileName: String?
        var body: ArraySlice<UInt8>
    }

    /// Most parts a form may have.
    static let maximumParts = 256
    /// Most bytes of headers one part may have.
    static let maximumHeaderBytes = 8192

    let parts: [Part]

    /// Parses `body` sent with `contentType` (`multipart/form-data; boundary=…`).
    init(body: [UInt8], contentType: String) throws(Problem) {
        let boundary = try Self.boundary(from: contentType)
        let delimiter = Array("--\(boundary)".utf8)
        guard var position = Self.find(delimiter, in: body, from: 0) else {
            throw Problem(.badRequest, "the multipart body has no boundary line")
        }
        var parts: [Part] = []
        let nextDelimiter = Array("\r\n--\(boundary)".utf8)
        while true {
            position += delimiter.count
            if body[position...].starts(with: Array("--".utf8)) { break }
            guard body[position...].starts(with: [13, 10]) else {
                throw Problem(.badRequest, "a multipart boundary line is not followed by CRLF")
            }
            position += 2
            guard let headerEnd = Self.find([13, 10, 13, 10], in: body, from: position),
                  headerEnd - position <= Self.maximumHeaderBytes else {
                throw Problem(.badRequest, "a multipart part has no end to its headers")
            }
            let (name, fileName) = try Self.disposition(headers: body[position..<headerEnd])
            let start = headerEnd + 4
            guard let end = Self.find(nextDelimiter, in: body, from: start) else {
                throw Problem(.badRequest, "the multipart body ends without a closing boundary")
            }
            parts.append(Part(name: name, fileName: fileName, body: body[start..<end]))
            guard parts.count <= Self.maximumParts else {
                throw Problem(.badRequest, "the form has more than \(Self.maximumParts) parts")
            }
            position = end + 2
        }
        self.parts = parts
    }

    private static func boundary(from contentType: String) throws(Problem) -> String {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingSpaces().lowercased() == "boundary" else { continue }
            var value = pair[1].trimmingSpaces()
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
                value = String(value.dropFirst().dropLast())
            }
            guard (1...70).contains(value.utf8.count), !value.utf8.contains(13), !value.utf8.contains(10) else { break }
            return value
        }
        throw Problem(.badRequest, "multipart/form-data needs a boundary parameter of 1–70 characters")
    }

    /// The `name` and `filename` of a part's `Content-Disposition` header.
    private static func disposition(headers: ArraySlice<UInt8>) throws(Problem) -> (String, String?) {
        let text = String(decoding: headers, as: UTF8.self)
        for line in text.split(separator: "\r\n") {
            let pair = line.split(separator: ":", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingSpaces().lowercased() == "content-disposition" else { continue }
            let items = pair[1].split(separator: ";").map { $0.trimmingSpaces() }
            guard items.first?.lowercased() == "form-data" else { break }
            var name: String?
            var fileName: String?
            for item in items.dropFirst() {
                let parameter = item.split(separator: "=", maxSplits: 1)
                guard parameter.count == 2 else { continue }
                var value = parameter[1].trimmingSpaces()
                if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
                    value = String(value.dropFirst().dropLast())
                }
                switch parameter[0].lowercased() {
                case "name": name = value
                case "filename": fileName = value
                default: continue
                }
            }
            guard let name, !name.isEmpty else { break }
            return (name, fileName)
        }
        throw Problem(.badRequest, "a multipart part lacks Content-Disposition: form-data; name=\"…\"")
    }

    /// The index where `needle` first occurs in `haystack` at or after `start`.
    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var index = start
        let last = haystack.count - needle.count
        while index <= last {
            guard let candidate = haystack[index...last].firstIndex(of: first) else { return nil }
            if haystack[candidate..<(candidate + needle.count)].elementsEqual(needle) { return candidate }
            index = candidate + 1
        }
        return nil
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        String(drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
    }
}
