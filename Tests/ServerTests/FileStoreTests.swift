import Booklet
import DentalModel
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PlanPress
import PlanPressServer
import Testing

/// Files uploaded once by content (`PUT /v1/files/{sha256}`) and named by `sha256:HEX` in the case: a
/// render naming a file the service lacks is answered 409 listing the missing digests; once uploaded, the
/// same case renders the same bytes as the inline request.
@Suite(.serialized) struct FileStoreTests {
    /// The sample request's case with every file it names written as `sha256:HEX`, and those files by digest.
    static func caseByHash() throws -> (document: [UInt8], files: [String: [UInt8]]) {
        let request = try #require(try JSONSerialization.jsonObject(with: Data(FacadeRenderTests.sampleRequest())) as? [String: Any])
        let encoded = try #require(request["files"] as? [String: String])
        var text = String(decoding: try JSONSerialization.data(withJSONObject: try #require(request["case"])), as: UTF8.self)
        var files: [String: [UInt8]] = [:]
        for (name, base64) in encoded {
            let bytes = [UInt8](try #require(Data(base64Encoded: base64)))
            let digest = BookletFingerprint.digest(bytes)
            files[digest] = bytes
            text = text.replacingOccurrences(of: "\"\(name)\"", with: "\"sha256:\(digest)\"")
        }
        return (Array(#"{"case":"#.utf8) + Array(text.utf8) + Array("}".utf8), files)
    }

    static let json: HTTPFields = [.contentType: "application/json"]

    @Test func aCaseNamingUnknownFilesIsAnswered409ThenRendersAsTheInlineRequest() async throws {
        let (byHash, files) = try Self.caseByHash()
        let inline = try FacadeRenderTests.sampleRequest()
        try await FacadeRenderTests.withFacade { server in
            let refused = try await server.send(.post, "/v1/render?format=pdf", headers: Self.json, body: byHash)
            #expect(refused.status == .conflict)
            #expect(refused.headers[.contentType] == "application/problem+json")
            #expect(refused.json["missing"] as? [String] == files.keys.sorted(), "\(refused.text.prefix(400))")
            let someDigest = try #require(files.keys.sorted().first)
            #expect(try await server.send(.head, "/v1/files/\(someDigest)").status == .notFound)
            for (digest, bytes) in files {
                let stored = try await server.send(.put, "/v1/files/\(digest)", body: bytes)
                #expect(stored.status == .created, "\(stored.text.prefix(300))")
            }
            let again = try await server.send(.put, "/v1/files/\(someDigest.uppercased())", body: files[someDigest])
            #expect(again.status == .noContent)
            #expect(try await server.send(.head, "/v1/files/\(someDigest)").status == .noContent)
            let rendered = try await server.send(.post, "/v1/render?format=pdf", headers: Self.json, body: byHash)
            let sent = try await server.send(.post, "/v1/render?format=pdf", headers: Self.json, body: inline)
            #expect(rendered.status == .ok && sent.status == .ok, "\(rendered.text.prefix(300))")
            #expect(rendered.body == sent.body, "a file by hash and the same file inline make the same PDF, fingerprint included")
            for path in ["/v1/validate", "/v1/quote", "/v1/outcome"] {
                #expect(try await server.send(.post, path, headers: Self.json, body: byHash).status == .ok, "\(path)")
            }
        }
    }

    /// The chairside flow: files once, then the case alone (YAML, which reads JSON too) into a session, naming them by hash.
    @Test func aSessionTakesACaseAloneNamingFilesByHash() async throws {
        let (byHash, files) = try Self.caseByHash()
        let alone = Array(byHash.dropFirst(#"{"case":"#.utf8.count).dropLast())
        let yaml: HTTPFields = [.contentType: "application/yaml"]
        try await FacadeRenderTests.withFacade { server in
            let refused = try await server.send(.put, "/v1/sessions/chair-1/case", headers: yaml, body: alone)
            #expect(refused.status == .conflict, "\(refused.text.prefix(300))")
            #expect(refused.json["missing"] as? [String] == files.keys.sorted())
            for (digest, bytes) in files {
                #expect(try await server.send(.put, "/v1/files/\(digest)", body: bytes).status == .created)
            }
            let put = try await server.send(.put, "/v1/sessions/chair-1/case", headers: yaml, body: alone)
            #expect(put.status == .ok, "\(put.text.prefix(300))")
            #expect(put.json["version"] as? Int == 1)
            let screen = try await server.send(.get, "/v1/sessions/chair-1/screens/3.png?width=640&variant=2")
            #expect(screen.status == .ok, "\(screen.text.prefix(300))")
            #expect(screen.headers[.contentType] == "image/png")
        }
    }

    @Test func uploadsAreCheckedAgainstTheirAddressAndTheLimits() async throws {
        let bomb = [UInt8](try Data(contentsOf: FixturePaths.bad.appendingPathComponent("bomb-20000.png")))
        let limits = ServiceLimits(concurrentRenders: 1, fileCacheBytes: 1 << 20)
        try await LiveServer.with(limits: limits) { server in
            let body = Array("not what the address says".utf8)
            let mismatch = try await server.send(.put, "/v1/files/\(BookletFingerprint.digest([1, 2, 3]))", body: body)
            #expect(mismatch.status == .unprocessableContent)
            #expect(mismatch.json["type"] as? String == "https://planpress.dev/problems/digest-mismatch")
            #expect(try await server.send(.put, "/v1/files/not-a-digest", body: body).status == .badRequest)
            let get = try await server.send(.get, "/v1/files/\(BookletFingerprint.digest(body))")
            #expect(get.status == .methodNotAllowed)
            #expect(get.headers[.allow] == "HEAD, PUT")
            let tooManyPixels = try await server.send(.put, "/v1/files/\(BookletFingerprint.digest(bomb))", body: bomb)
            #expect(tooManyPixels.status == .contentTooLarge)
            let overTheCache = [UInt8](repeating: 7, count: (1 << 20) + 1)
            let refused = try await server.send(.put, "/v1/files/\(BookletFingerprint.digest(overTheCache))", body: overTheCache)
            #expect(refused.status == .contentTooLarge)
            let badReference = try await server.post("/v1/render", case: ["clinic": ["logo": "sha256:12ab"]])
            #expect(badReference.status == .unprocessableContent)
            #expect(badReference.json["field"] as? String == "case.clinic.logo")
        }
    }

    @Test func theCacheDropsTheLeastRecentlyUsedFileAndWhatWasMadeFromIt() throws {
        let cache = FileCache(budgetBytes: 100)
        let digests = (0..<3).map { FileDigest(hex: String(repeating: "\($0)", count: 64))! }
        cache.store(Array(repeating: 0, count: 40), digest: digests[0])
        cache.store(Array(repeating: 1, count: 40), digest: digests[1])
        let preview = FileCache.DerivedKey(digest: digests[1], width: 10, height: 10)
        cache.storeDerived("decoded", cost: 10, for: preview)
        #expect(cache.bytes(digests[0])?.count == 40)  // now the most recently used
        cache.store(Array(repeating: 2, count: 40), digest: digests[2])  // 130 bytes: the oldest goes
        #expect(cache.contains(digests[0]) && cache.contains(digests[2]))
        #expect(!cache.contains(digests[1]) && cache.derived(preview) == nil)
        #expect(cache.heldBytes == 80 && cache.fileCount == 2)
        cache.storeDerived("orphan", cost: 1, for: preview)
        #expect(cache.derived(preview) == nil, "nothing is kept for a file the cache does not hold")
        cache.store(Array(repeating: 3, count: 101), digest: digests[1])
        #expect(!cache.contains(digests[1]) && cache.heldBytes == 80, "a file over the whole budget is not kept")
    }
}
