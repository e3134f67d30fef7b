import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PlanPressServer
import TestTiming
import Testing

/// Preview sessions over a real loopback connection: cases put in, screens drawn, events streamed, limits kept.
@Suite struct SessionTests {
    static let yaml: HTTPFields = [.contentType: "application/yaml"]
    static let caseYAML = Array("schemaVersion: 1\nvariants:\n  - name: Bridge\n  - name: Implant\n".utf8)

    @Test func aPutCaseIsDrawnInTheChairsideTemplateAtTheAskedWidth() async throws {
        try await LiveServer.with { server in
            let first = try await server.send(.put, "/v1/sessions/chair-1/case", headers: Self.yaml, body: Self.caseYAML)
            #expect(first.status == .ok)
            #expect(first.json["version"] as? Int == 1)
            let second = try await server.send(.put, "/v1/sessions/chair-1/case", headers: Self.yaml, body: Self.caseYAML)
            #expect(second.json["version"] as? Int == 2)
            let session = try await server.send(.get, "/v1/sessions/chair-1")
            #expect(session.json["variants"] as? [String] == ["Bridge", "Implant"])
            let screen = try await server.send(.get, "/v1/sessions/chair-1/screens/2.png?width=1920&variant=2&version=2")
            #expect(screen.status == .ok)
            #expect(screen.headers[.contentType] == "image/png")
            #expect(screen.text == "screen|2|1920|2|chairside")
            #expect(screen.headers[HTTPField.Name("X-Session-Version")!] == "2")
            #expect(screen.headers[HTTPField.Name("X-Page-Count")!] == "3")
            #expect(screen.headers[HTTPField.Name("X-Screen-Before")!] == "2")
            #expect(screen.headers[HTTPField.Name("X-Screen-After")!] == "3")
            #expect(try await server.send(.get, "/v1/sessions/chair-1/screens/4.png?width=1920").status == .notFound)
            #expect(try await server.send(.get, "/v1/sessions/chair-1/screens/1.png?width=20").status == .badRequest)
            #expect(try await server.send(.get, "/v1/sessions/chair-1/screens/1.png?width=800&zoom=2").status == .badRequest)
            #expect(try await server.send(.get, "/v1/sessions/other/screens/1.png?width=800").status == .notFound)
            #expect(try await server.send(.delete, "/v1/sessions/chair-1").status == .noContent)
            #expect(try await server.send(.get, "/v1/sessions/chair-1").status == .notFound)
        }
    }

    @Test func everyWatcherHearsOfEachNewVersionAndTheStreamEndsWithTheSession() async throws {
        try await LiveServer.with { server in
            _ = try await server.send(.put, "/v1/sessions/s/case", headers: Self.yaml, body: Self.caseYAML)
            let port = server.port
            let watchers = try (0..<2).map { _ in try RawConnection(port: port) }
            let heads = try await RawConnection.run {
                try watchers.map { watcher in
                    try watcher.send(Array("GET /v1/sessions/s/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8))
                    return watcher.readHead() + watcher.read(until: "\n\n") + watcher.read(until: "\n\n")
                }
            }
            for head in heads {
                #expect(head.hasPrefix("HTTP/1.1 200"))
                #expect(head.lowercased().contains("content-type: text/event-stream"))
                #expect(head.contains("retry: 1000\n\n"))
                #expect(head.hasSuffix("id: 1\nevent: version\ndata: {\"variants\":[\"Bridge\",\"Implant\"],\"version\":1}\n\n"))
            }
            _ = try await server.send(.put, "/v1/sessions/s/case", headers: Self.yaml, body: Array("schemaVersion: 1\n".utf8))
            let next = try await RawConnection.run { watchers.map { $0.read(until: "\n\n") } }
            #expect(next.allSatisfy { $0.hasSuffix("id: 2\nevent: version\ndata: {\"variants\":[],\"version\":2}\n\n") })
            // Ending the session ends the first stream (its chunked body's last chunk); the second stays open until
            // the graceful shutdown, which must not wait for it forever.
            _ = try await server.send(.delete, "/v1/sessions/s")
            let ended = try await RawConnection.run { watchers[0].read(until: "0\r\n\r\n") }
            #expect(ended.hasSuffix("0\r\n\r\n"))
        }
    }

    @Test func sessionsAreBoundedInNumberAndIdleTime() async throws {
        // In number: with two sessions open (and a two-hour expiry, however slow the machine), a third is 429.
        try await LiveServer.with(sessions: SessionLimits(maximumSessions: 2)) { server in
            for id in ["a", "b"] {
                #expect(try await server.send(.put, "/v1/sessions/\(id)/case", headers: Self.yaml, body: Self.caseYAML).status == .ok)
            }
            let third = try await server.send(.put, "/v1/sessions/c/case", headers: Self.yaml, body: Self.caseYAML)
            #expect(third.status == .tooManyRequests)
            #expect(third.headers[.retryAfter] != nil)
        }
        // In idle time: a session left alone for its 1 s expiry (the limit under test) is gone once the wait past
        // it (a budget, 1.5 s stretched by `TestTime`) is over, and its place is free for another.
        let limits = SessionLimits(maximumSessions: 1, idleExpiry: .seconds(1), keepAlive: .milliseconds(50))
        try await LiveServer.with(sessions: limits) { server in
            #expect(try await server.send(.put, "/v1/sessions/a/case", headers: Self.yaml, body: Self.caseYAML).status == .ok)
            try await Task.sleep(for: .seconds(1) + TestTime.budget(.milliseconds(1500)))
            #expect(try await server.send(.get, "/v1/sessions/a").status == .notFound)
            #expect(try await server.send(.put, "/v1/sessions/c/case", headers: Self.yaml, body: Self.caseYAML).status == .ok)
        }
    }

    @Test func theBytesSessionsHoldAreBounded() async throws {
        try await LiveServer.with(sessions: SessionLimits(maximumBytes: 100)) { server in
            let first = try await server.send(.put, "/v1/sessions/a/case", headers: Self.yaml, body: Self.caseYAML)
            #expect(first.status == .ok)
            // A case (a mapping, as a put checks) of 60 bytes: a line and a long comment.
            let big = Array(("schemaVersion: 1\n" + String(repeating: "#", count: 43)).utf8)
            #expect(try await server.send(.put, "/v1/sessions/b/case", headers: Self.yaml, body: big).status == .tooManyRequests)
            // Replacing a session's case counts its new bytes instead of its old ones.
            #expect(try await server.send(.put, "/v1/sessions/a/case", headers: Self.yaml, body: big).status == .ok)
        }
    }

    @Test func badIdsBodiesAndMethodsAreProblems() async throws {
        try await LiveServer.with { server in
            let badID = try await server.send(.put, "/v1/sessions/a.b/case", headers: Self.yaml, body: Self.caseYAML)
            #expect(badID.status == .badRequest)
            let text = try await server.send(.put, "/v1/sessions/a/case", headers: [.contentType: "text/plain"], body: Self.caseYAML)
            #expect(text.status == .unsupportedMediaType)
            let post = try await server.send(.post, "/v1/sessions/a/events")
            #expect(post.status == .methodNotAllowed)
            #expect(post.headers[.allow] == "GET")
            let screenPost = try await server.send(.post, "/v1/sessions/a/screens/1.png?width=800")
            #expect(screenPost.status == .methodNotAllowed)
            #expect(try await server.send(.put, "/v1/sessions/a").headers[.allow] == "DELETE, GET")
        }
    }

    @Test func theTokenOpensThePageOnceAndThenLivesInACookieForGETsOnly() async throws {
        let token = try BearerToken("s3cret")
        try await LiveServer.with(token: token) { server in
            let bearer: HTTPFields = [.authorization: "Bearer s3cret", .contentType: "application/yaml"]
            #expect(try await server.send(.put, "/v1/sessions/s/case", headers: bearer, body: Self.caseYAML).status == .ok)
            #expect(try await server.send(.get, "/v1/sessions/s/screens/1.png?width=800").status == .unauthorized)
            #expect(try await server.send(.get, "/preview/s?token=wrong").status == .unauthorized)
            let page = try await server.send(.get, "/preview/s")
            #expect(page.status == .ok)
            #expect(page.headers[.contentType] == "text/html; charset=utf-8")
            let exchange = try await server.send(.get, "/preview/s?token=s3cret")
            #expect(exchange.status == .seeOther)
            #expect(exchange.headers[.location] == "/preview/s")
            let cookie = try #require(exchange.headers[.setCookie])
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Path=/v1/sessions/"))
            let jar: HTTPFields = [.cookie: String(cookie.prefix { $0 != ";" })]
            #expect(try await server.send(.get, "/v1/sessions/s/screens/1.png?width=800", headers: jar).status == .ok)
            var put = jar
            put[.contentType] = "application/yaml"
            #expect(try await server.send(.put, "/v1/sessions/s/case", headers: put, body: Self.caseYAML).status == .unauthorized)
            #expect(try await server.send(.get, "/v1/templates", headers: jar).status == .unauthorized)
        }
    }

    @Test func thePageAndItsAssetsAreEmbedded() async throws {
        try await LiveServer.with { server in
            let page = try await server.send(.get, "/preview/chair-1")
            #expect(page.text.contains("/preview/assets/preview.js"))
            let script = try await server.send(.get, "/preview/assets/preview.js")
            #expect(script.headers[.contentType] == "text/javascript; charset=utf-8")
            #expect(script.text.contains("new EventSource("))
            let style = try await server.send(.get, "/preview/assets/preview.css")
            #expect(style.headers[.contentType] == "text/css; charset=utf-8")
            #expect(try await server.send(.get, "/preview/a.b").status == .badRequest)
        }
    }
}
