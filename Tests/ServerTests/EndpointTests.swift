import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PlanPressServer
import TestTiming
import Testing

/// Every endpoint, over a real loopback connection.
@Suite struct EndpointTests {
    static func jpeg() throws -> [UInt8] {
        Array(try Data(contentsOf: FixturePaths.images.appendingPathComponent("photo-smile.jpg")))
    }

    static var sampleCase: [String: Any] { [
        "schemaVersion": 1,
        "prices": "prices.yaml",
        "imaging": ["photos": [["view": "smile", "file": "smile.jpg"]]],
    ] }

    @Test func rendersAJSONRequestWithInlineImages() async throws {
        try await LiveServer.with { server in
            try await server.waitUntilReady()
            let response = try await server.post("/v1/render?format=png&template=premium&dpi=96&pages=1",
                                                 case: Self.sampleCase,
                                                 files: ["smile.jpg": try Self.jpeg(), "prices.yaml": Array("x: 1".utf8)])
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "image/png")
            #expect(response.headers[HTTPField.Name("X-Page-Count")!] == "3")
            #expect(response.headers[HTTPField.Name("X-Request-Id")!]?.isEmpty == false)
            let parts = response.text.split(separator: "|").map(String.init)
            #expect(parts.count == 4)
            #expect(parts[0] == "png" && parts[1] == "premium")
            #expect(parts[2] == "case.json")
            #expect(parts[3] == "case.json,prices.yaml,smile.jpg")
        }
    }

    @Test func rendersAMultipartRequestWithAYAMLCase() async throws {
        try await LiveServer.with { server in
            let boundary = "planpress-test-boundary"
            let jpeg = try Self.jpeg()
            var body: [UInt8] = []
            func part(_ headers: String, _ bytes: [UInt8]) {
                body += Array("--\(boundary)\r\n\(headers)\r\n\r\n".utf8) + bytes + Array("\r\n".utf8)
            }
            part("Content-Disposition: form-data; name=\"case\"\r\nContent-Type: application/yaml",
                 Array("schemaVersion: 1\nimaging:\n  photos:\n    - {view: smile, file: smile.jpg}\n".utf8))
            part("Content-Disposition: form-data; name=\"files\"; filename=\"smile.jpg\"\r\nContent-Type: image/jpeg",
                 jpeg)
            body += Array("--\(boundary)--\r\n".utf8)
            let response = try await server.send(
                .post, "/v1/render?format=svg",
                headers: [.contentType: "multipart/form-data; boundary=\(boundary)"], body: body)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "image/svg+xml")
            #expect(response.text.hasSuffix("|case.yaml,smile.jpg"))
        }
    }

    @Test func validateAndQuoteAnswerTheReportsJSON() async throws {
        try await LiveServer.with { server in
            let valid = try await server.post("/v1/validate", case: ["script": ["valid": true]])
            #expect(valid.status == .ok)
            #expect(valid.headers[.contentType] == "application/json")
            #expect(valid.text == #"{"valid":true}"#)
            let invalid = try await server.post("/v1/validate", case: ["script": ["valid": false]])
            #expect(invalid.status == .unprocessableContent)
            #expect(invalid.text == #"{"valid":false}"#)
            let quote = try await server.post("/v1/quote", case: [:])
            #expect(quote.status == .ok)
            #expect(quote.text == #"{"variants":[]}"#)
        }
    }

    @Test func listsTemplates() async throws {
        try await LiveServer.with { server in
            let response = try await server.send(.get, "/v1/templates")
            #expect(response.status == .ok)
            let templates = response.json["templates"] as? [[String: String]]
            #expect(templates == [["name": "premium", "summary": "The full booklet"]])
        }
    }

    @Test func healthIsReadyOnlyOnceEveryWorkerIsWarm() async throws {
        // The first request must come before the 2 s warm-up ends: on a slow machine the warm-up stretches.
        try await LiveServer.with(makeBackend: { ScriptedBackend(warmUpDelay: TestTime.budget(.seconds(2))) }) { server in
            let early = try await server.send(.get, "/healthz")
            #expect(early.status == .serviceUnavailable)
            #expect(early.headers[.contentType] == "application/problem+json")
            try await server.waitUntilReady()
            let ready = try await server.send(.get, "/healthz")
            #expect(ready.json["status"] as? String == "ready")
            #expect(ready.json["workers"] as? Int == 2)
        }
    }

    @Test func workersThatCannotStartMakeTheServiceNotReadyAtOnce() async throws {
        struct NoFonts: Error {}
        try await LiveServer.with(makeBackend: { throw NoFonts() }) { server in
            var health = try await server.send(.get, "/healthz")
            let giveUp = ContinuousClock.now + TestTime.budget(.seconds(2))
            while !health.text.contains("failed to start"), ContinuousClock.now < giveUp {
                try await Task.sleep(for: .milliseconds(10))
                health = try await server.send(.get, "/healthz")
            }
            #expect(health.status == .serviceUnavailable)
            #expect(health.text.contains("failed to start"))
            let render = try await server.post("/v1/render", case: [:])
            #expect(render.status == .serviceUnavailable)
            #expect(render.json["type"] as? String == "https://planpress.dev/problems/not-ready")
        }
    }

    @Test func metricsCountRequestsLatencyAndErrorsByKind() async throws {
        try await LiveServer.with { server in
            _ = try await server.post("/v1/render", case: [:])
            _ = try await server.send(.post, "/v1/render", headers: [.contentType: "text/plain"], body: [1])
            let text = try await server.send(.get, "/metrics").text
            #expect(text.contains(#"planpress_http_requests_total{route="/v1/render",method="POST",status="200"} 1"#))
            #expect(text.contains(#"planpress_http_requests_total{route="/v1/render",method="POST",status="415"} 1"#))
            #expect(text.contains(#"planpress_http_request_duration_seconds_count{route="/v1/render"} 2"#))
            #expect(text.contains(#"planpress_http_request_duration_seconds_bucket{route="/v1/render",le="+Inf"} 2"#))
            #expect(text.contains(#"planpress_errors_total{kind="unsupported-media-type"} 1"#))
            #expect(text.contains("planpress_renders_in_flight 0"))
            #expect(text.contains("process_resident_memory_bytes "))
        }
    }

    @Test func unknownRoutesAreProblems() async throws {
        try await LiveServer.with { server in
            let response = try await server.send(.get, "/v2/nothing")
            #expect(response.status == .notFound)
            #expect(response.headers[.contentType] == "application/problem+json")
            #expect(response.json["type"] as? String == "https://planpress.dev/problems/not-found")
        }
    }
}
