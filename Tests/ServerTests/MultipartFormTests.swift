import PlanPressServer
import Testing

/// The multipart reader on its own: what it keeps, and every malformed or oversized form refused with a
/// problem naming the part.
@Suite struct MultipartFormTests {
    static let contentType = "multipart/form-data; boundary=b0und"

    static func part(_ disposition: String, _ body: [UInt8], headers: String = "") -> [UInt8] {
        Array("--b0und\r\nContent-Disposition: form-data; \(disposition)\r\n\(headers)\r\n".utf8) + body + Array("\r\n".utf8)
    }

    static let closing = Array("--b0und--\r\n".utf8)

    static func refusal(_ body: [UInt8], contentType: String = contentType,
                        limits: MultipartForm.Limits = MultipartForm.Limits()) -> Problem? {
        do {
            _ = try MultipartForm(body: body, contentType: contentType, limits: limits)
            return nil
        } catch {
            return error
        }
    }

    @Test func keepsNamesFileNamesAndBytesThatLookLikeBoundaries() throws {
        let binary: [UInt8] = Array("\r\n--b0un\r\n-\r\r\n--".utf8) + (0...255).map(UInt8.init) + Array(repeating: 13, count: 5000)
        let body = Self.part(#"name="case""#, Array("a: 1".utf8))
            + Self.part(#"name="file"; filename="x ray.jpg""#, binary, headers: "Content-Type: image/jpeg\r\n")
            + Self.closing + Array("an epilogue is ignored".utf8)
        let form = try MultipartForm(body: body, contentType: "multipart/form-data; boundary=\"b0und\"")
        #expect(form.parts.map(\.name) == ["case", "file"])
        #expect(form.parts.map(\.fileName) == [nil, "x ray.jpg"])
        #expect(form.parts[0].body == Array("a: 1".utf8))
        #expect(form.parts[1].body == binary)
    }

    @Test func aBodyWithoutItsClosingBoundaryIsRefusedWhereverItEnds() {
        let part = Self.part(#"name="case""#, Array("a: 1".utf8))
        let whole = part + Self.closing
        // Cut inside the body, inside the closing delimiter, and just after it (before its "--").
        let delimiterEnd = part.count - 2 + "\r\n--b0und".utf8.count
        for length in [part.count - 2, part.count, delimiterEnd] {
            let problem = Self.refusal(Array(whole.prefix(length)))
            #expect(problem?.kind == .badRequest, "cut at \(length)")
            #expect(problem?.detail.contains("closing boundary") == true, "cut at \(length): \(problem?.detail ?? "-")")
        }
        // A delimiter line that opens a part that never comes, and a part that ends in its headers.
        #expect(Self.refusal(part + Array("--b0und\r\n".utf8))?.detail.contains("closing boundary") == true)
        let headersOnly = Array("--b0und\r\nContent-Disposition: form-data; name=\"case\"\r\n".utf8)
        #expect(Self.refusal(headersOnly)?.detail.contains("closing boundary") == true)
        #expect(Self.refusal(whole) == nil)
    }

    @Test func tooManyPartsAreRefused() {
        let body = (1...4).flatMap { Self.part("name=\"p\($0)\"; filename=\"f\($0)\"", [1]) } + Self.closing
        let problem = Self.refusal(body, limits: MultipartForm.Limits(maximumParts: 3))
        #expect(problem?.kind == .badRequest)
        #expect(problem?.detail.contains("more than 3 parts") == true)
        #expect(Self.refusal(body, limits: MultipartForm.Limits(maximumParts: 4)) == nil)
    }

    @Test func aPartOverItsSizeIs413NamingIt() {
        let body = Self.part(#"name="case""#, [1]) + Self.part(#"name="file"; filename="big.jpg""#, Array(repeating: 7, count: 10_001))
            + Self.closing
        let problem = Self.refusal(body, limits: MultipartForm.Limits(maximumPartBytes: 10_000))
        #expect(problem?.kind == .bodyTooLarge)
        #expect(problem?.field == "file")
        #expect(problem?.detail.contains("part 2") == true)
    }

    @Test func headersOverTheLimitAreRefusedInOneLineOrMany() {
        let longLine = Self.part(#"name="case""#, [1], headers: "X-Long: " + String(repeating: "a", count: 100_000) + "\r\n")
            + Self.closing
        let longProblem = Self.refusal(longLine)
        #expect(longProblem?.kind == .badRequest)
        #expect(longProblem?.detail.contains("headers are over 8192 bytes") == true)
        #expect(longProblem?.detail.contains("part 1") == true)
        let manyLines = Self.part(#"name="case""#, [1], headers: String(repeating: "X-Short: abcdefgh\r\n", count: 1000))
            + Self.closing
        #expect(Self.refusal(manyLines)?.detail.contains("headers are over 8192 bytes") == true)
    }

    /// Found by the `multipart` fuzz target: multipart-kit 4.7.1 traps on a header name byte over 0x7F.
    @Test func aNonASCIIHeaderNameIsRefusedNotACrash() throws {
        let body = Array("--b0und\r\nContent-Disposition: form-data; name=\"case\"\r\nContent-T".utf8) + [0xD8, 0xFF]
            + Array(": x\r\n\r\nx\r\n".utf8) + Self.closing
        let problem = Self.refusal(body)
        #expect(problem?.kind == .badRequest)
        #expect(problem?.detail.contains("part 1: a header name") == true)
        let utf8FileName = Self.part("name=\"file\"; filename=\"rönt.jpg\"", [1]) + Self.closing
        #expect(try MultipartForm(body: utf8FileName, contentType: Self.contentType).parts.first?.fileName == "rönt.jpg")
    }

    @Test func boundariesOutsideOneTo70CharactersAreRefused() {
        let body = Self.part(#"name="case""#, [1]) + Self.closing
        for contentType in ["multipart/form-data", "multipart/form-data; boundary=",
                            "multipart/form-data; boundary=" + String(repeating: "b", count: 71)] {
            #expect(Self.refusal(body, contentType: contentType)?.detail.contains("1–70 characters") == true)
        }
    }

    @Test func malformedPartsAreRefusedNamingThePart() {
        let noDisposition = Array("--b0und\r\nContent-Type: text/plain\r\n\r\nx\r\n".utf8) + Self.closing
        #expect(Self.refusal(noDisposition)?.detail.contains("Content-Disposition") == true)
        let badHeader = Self.part(#"name="case""#, [1]) + Array("--b0und\r\nBad Header: x\r\n\r\nx\r\n".utf8) + Self.closing
        let problem = Self.refusal(badHeader)
        #expect(problem?.kind == .badRequest)
        #expect(problem?.detail.contains("part 2") == true)
        #expect(Self.refusal(Array("no boundary here".utf8))?.kind == .badRequest)
    }
}
