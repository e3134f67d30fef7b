import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PlanPressServer
import Testing

/// Bearer tokens on /v1/*, and requests that try to reach files they may not.
@Suite struct AccessTests {
    @Test func v1NeedsTheTokenWhileHealthAndMetricsStayOpen() async throws {
        let token = try BearerToken("s3cret-token")
        try await LiveServer.with(token: token) { server in
            let missing = try await server.send(.get, "/v1/templates")
            #expect(missing.status == .unauthorized)
            #expect(missing.headers[.contentType] == "application/problem+json")
            #expect(missing.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
            let wrong = try await server.send(.get, "/v1/templates", headers: [.authorization: "Bearer s3cret-tokeN"])
            #expect(wrong.status == .unauthorized)
            let longer = try await server.send(.get, "/v1/templates", headers: [.authorization: "Bearer s3cret-token1"])
            #expect(longer.status == .unauthorized)
            let right = try await server.send(.get, "/v1/templates", headers: [.authorization: "Bearer s3cret-token"])
            #expect(right.status == .ok)
            let render = try await server.post("/v1/render", case: [:], headers: [.authorization: "bearer s3cret-token"])
            #expect(render.status == .ok)
            #expect(try await server.send(.get, "/metrics").status == .ok)
            #expect(try await server.send(.get, "/openapi.json").status == .ok)
            try await server.waitUntilReady()
        }
    }

    @Test func tokenFileIsTrimmedAndMustNotBeEmpty() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planpress-token-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("token")
        try Data("abc123\n".utf8).write(to: file)
        #expect(try BearerToken(contentsOf: file).accepts(authorization: "Bearer abc123"))
        try Data("\n".utf8).write(to: file)
        #expect(throws: ConfigurationError.self) { try BearerToken(contentsOf: file) }
    }

    @Test(arguments: ["../secret.jpg", "/etc/passwd", "a/b.jpg", "..", ""])
    func fileNamesMustBePlain(name: String) async throws {
        try await LiveServer.with { server in
            let inFiles = try await server.post("/v1/render", case: [:], files: [name: [0xFF, 0xD8, 0xFF]])
            #expect(inFiles.status == .badRequest)
            #expect(inFiles.json["field"] as? String == "files.\(name)")
            let inCase = try await server.post("/v1/render", case: ["imaging": ["photos": [["file": "ok.jpg"], ["file": name]]]])
            // The request is well formed; the case it carries cannot be used (422), like a schema-valid case
            // naming a code its price list lacks.
            #expect(inCase.status == .unprocessableContent)
            #expect(inCase.json["field"] as? String == "case.imaging.photos[1].file")
        }
    }

    @Test func priceListAndLogoMustBePlainNamesToo() async throws {
        try await LiveServer.with { server in
            let prices = try await server.post("/v1/quote", case: ["prices": "../prices/ru-clinic.yaml"])
            #expect(prices.json["field"] as? String == "case.prices")
            let logo = try await server.post("/v1/validate", case: ["clinic": ["logo": "/srv/logo.png"]])
            #expect(logo.json["field"] as? String == "case.clinic.logo")
            let xray = try await server.post("/v1/render", case: ["imaging": ["xrays": [["file": "../../x.jpg"]]]])
            #expect(xray.json["field"] as? String == "case.imaging.xrays[0].file")
        }
    }

    @Test func malformedRequestsAreProblems() async throws {
        try await LiveServer.with { server in
            let notJSON = try await server.send(.post, "/v1/render", headers: [.contentType: "application/json"],
                                                body: Array("{".utf8))
            #expect(notJSON.status == .badRequest)
            let unknownQuery = try await server.post("/v1/render?colour=red", case: [:])
            #expect(unknownQuery.status == .badRequest)
            #expect(unknownQuery.json["field"] as? String == "colour")
            let badFormat = try await server.post("/v1/render?format=gif", case: [:])
            #expect(badFormat.json["field"] as? String == "format")
            let badDPI = try await server.post("/v1/render?format=png&dpi=9000", case: [:])
            #expect(badDPI.json["field"] as? String == "dpi")
            let badTemplate = try await server.post("/v1/render?template=../../etc", case: [:])
            #expect(badTemplate.json["field"] as? String == "template")
            let noBoundary = try await server.send(.post, "/v1/render", headers: [.contentType: "multipart/form-data"],
                                                   body: Array("--x\r\n".utf8))
            #expect(noBoundary.status == .badRequest)
            let noCase = try await server.send(
                .post, "/v1/render", headers: [.contentType: "multipart/form-data; boundary=b"],
                body: Array("--b\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a.jpg\"\r\n\r\nxx\r\n--b--\r\n".utf8))
            #expect(noCase.status == .badRequest)
            #expect(noCase.json["field"] as? String == "case")
            let unclosed = try await server.send(
                .post, "/v1/render", headers: [.contentType: "multipart/form-data; boundary=b"],
                body: Array("--b\r\nContent-Disposition: form-data; name=\"case\"\r\n\r\n{}".utf8))
            #expect(unclosed.status == .badRequest)
        }
    }
}
