import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PlanPressServer
import TestTiming
import Testing

/// How the service treats slow, careless and malformed clients.
@Suite struct HygieneTests {
    static func head(_ requestLine: String, _ headers: [String]) -> [UInt8] {
        Array((["\(requestLine) HTTP/1.1", "Host: 127.0.0.1"] + headers + ["", ""]).joined(separator: "\r\n").utf8)
    }

    @Test func aBodyShorterThanItsLengthIsDroppedAtTheReadTimeout() async throws {
        let limits = ServiceLimits(concurrentRenders: 1, readTimeout: .milliseconds(300))
        try await LiveServer.with(limits: limits) { server in
            let port = server.port
            let (closed, seconds) = try await RawConnection.run {
                let connection = try RawConnection(port: port)
                try connection.send(Self.head("POST /v1/render", ["Content-Type: application/json", "Content-Length: 1000"])
                                    + Array(#"{"case":"#.utf8))
                let started = Date()
                return (connection.waitForClose(), Date().timeIntervalSince(started))
            }
            #expect(closed)
            // 300 ms is the limit under test; the 2 s it may take to be seen is a budget.
            #expect(seconds >= 0.25 && seconds < TestTime.budget(seconds: 2))
        }
    }

    @Test func aHeadSentByteByByteIsDroppedAtTheHeaderTimeout() async throws {
        let limits = ServiceLimits(concurrentRenders: 1, headerTimeout: .milliseconds(300))
        try await LiveServer.with(limits: limits) { server in
            let port = server.port
            let closed = try await RawConnection.run {
                let connection = try RawConnection(port: port)
                for byte in "GET /healthz HTTP/1.1\r\nHost: 1".utf8 {
                    try? connection.send([byte])
                    Thread.sleep(forTimeInterval: 0.05)
                }
                return connection.waitForClose()
            }
            #expect(closed)
        }
    }

    @Test func aMalformedChunkSizeIs400() async throws {
        try await LiveServer.with { server in
            let port = server.port
            let head = try await RawConnection.run {
                let connection = try RawConnection(port: port)
                try connection.send(Self.head("POST /v1/quote", ["Content-Type: application/json", "Transfer-Encoding: chunked"])
                                    + Array("ZZ\r\nabc\r\n".utf8))
                return connection.readHead()
            }
            #expect(head.hasPrefix("HTTP/1.1 400 "))
        }
    }

    @Test func aWrongMethodIs405WithAllow() async throws {
        try await LiveServer.with { server in
            let delete = try await server.send(.delete, "/v1/render")
            #expect(delete.status == .methodNotAllowed)
            #expect(delete.headers[.allow] == "POST")
            #expect(delete.json["type"] as? String == "https://planpress.dev/problems/method-not-allowed")
            let query = try await server.send(HTTPRequest.Method("QUERY")!, "/healthz")
            #expect(query.status == .methodNotAllowed)
            #expect(query.headers[.allow] == "GET")
            #expect(try await server.send(.get, "/v1/nothing-here").status == .notFound)
        }
    }

    @Test func aCompressedBodyIs415() async throws {
        try await LiveServer.with { server in
            let response = try await server.post("/v1/quote", case: ["script": [:]], headers: [.contentEncoding: "gzip"])
            #expect(response.status == .unsupportedMediaType)
            #expect(response.json["field"] as? String == "Content-Encoding")
        }
    }

    @Test func queryParametersAreCheckedBeforeTheBodyIsRead() async throws {
        try await LiveServer.with { server in
            let variant = try await server.send(.post, "/v1/render?variant=abc")
            #expect(variant.status == .badRequest)
            #expect(variant.json["field"] as? String == "variant")
            let locale = try await server.send(.post, "/v1/render?locale=de")
            #expect(locale.status == .badRequest)
            let pages = try await server.send(.post, "/v1/render?format=svg&pages=1-3")
            #expect(pages.status == .unprocessableContent)
            #expect(pages.json["type"] as? String == "https://planpress.dev/problems/invalid-parameter")
            let farPage = try await server.send(.post, "/v1/render?pages=1-1000000000")
            #expect(farPage.status == .unprocessableContent)
            #expect(farPage.json["field"] as? String == "pages")
        }
    }

    @Test func aClientsRequestIdIsEchoedAndAnIllFormedOneRefused() async throws {
        try await LiveServer.with { server in
            let requestID = HTTPField.Name("X-Request-Id")!
            let echoed = try await server.send(.get, "/healthz", headers: [requestID: "clinic-42.a_b"])
            #expect(echoed.headers[requestID] == "clinic-42.a_b")
            let refused = try await server.send(.get, "/v1/templates", headers: [requestID: "no spaces"])
            #expect(refused.status == .badRequest)
            #expect(refused.json["field"] as? String == "X-Request-Id")
        }
    }
}
