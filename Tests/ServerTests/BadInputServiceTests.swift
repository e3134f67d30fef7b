import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PlanPress
import PlanPressServer
import TestTiming
import Testing

/// Every bad input of `Fixtures/bad/` through POST /v1/render as multipart/form-data (the case part as
/// the file holds it, with the corpus's good files and the entry's own): the HTTP status the manifest
/// says, a problem document, never a 5xx, each answered within 10 s.
@Suite(.serialized) struct BadInputServiceTests {
    static let corpus = FixturePaths.repository.appendingPathComponent("Fixtures/bad/corpus")

    /// A corpus file's bytes. Empty ones are not read through Foundation, which leaks 4 KiB for each (Swift
    /// 6.3.1), as the address sanitizer's leak check at the end of the test run reported.
    static func read(_ name: String) throws -> Data {
        let url = corpus.appendingPathComponent(name)
        let size = try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int
        return size == 0 ? Data() : try Data(contentsOf: url)
    }

    static func multipart(caseFile: String, extraFiles: [String], boundary: String) throws -> [UInt8] {
        var body: [UInt8] = []
        func part(_ disposition: String, _ bytes: Data) {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; \(disposition)\r\n\r\n".utf8) + Array(bytes) + Array("\r\n".utf8)
        }
        part("name=\"case\"", try read(caseFile))
        for name in ["good.jpg", "good.png", "prices.yaml"] + extraFiles {
            part("name=\"file\"; filename=\"\(name)\"", try read(name))
        }
        return body + Array("--\(boundary)--\r\n".utf8)
    }

    @Test func everyEntryIsRefusedWithItsStatus() async throws {
        let manifest = try String(contentsOf: FixturePaths.repository.appendingPathComponent("Fixtures/bad/manifest.tsv"), encoding: .utf8)
        let rows = manifest.split(separator: "\n").filter { !$0.hasPrefix("#") }
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        let resources = try ResourceLocator(root: FixturePaths.repository)
        // Every entry is answered within 10 s (the service's render timeout and the corpus's rule), stretched by
        // `TestTime` under a sanitizer.
        let budget = TestTime.budget(.seconds(10))
        let limits = ServiceLimits(renderTimeout: budget, concurrentRenders: 1)
        try await LiveServer.with(limits: limits, makeBackend: { try Renderer(resources: resources) }) { server in
            try await server.waitUntilReady()
            let boundary = "corpus-boundary-7d1"
            let headers: HTTPFields = [.contentType: "multipart/form-data; boundary=\(boundary)"]
            for row in rows where !row[4].hasPrefix("skip:") {  // skip:REASON marks a known open problem
                let (entry, expected) = (row[0], Int(row[4]) ?? -1)
                let isTemplate = entry.hasPrefix("template:")
                let body = try Self.multipart(caseFile: isTemplate ? "base.json" : entry,
                                              extraFiles: row[5].split(separator: ",").map(String.init), boundary: boundary)
                let query = isTemplate
                    ? "?template=" + (String(entry.dropFirst(9)).addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
                    : ""
                let start = ContinuousClock.now
                let response = try await server.send(.post, "/v1/render" + query, headers: headers, body: body)
                #expect(ContinuousClock.now - start < budget, "\(entry)")
                #expect(response.status.code == expected, "\(entry): \(response.status.code) \(response.text.prefix(300))")
                #expect(response.status.code < 500, "\(entry)")
            }
        }
    }
}
