import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PlanPressServer
import TestTiming
import Testing

/// Every limit, each answered with problem+json over a real connection.
@Suite struct LimitTests {
    /// `duration` in whole milliseconds, for a script's `sleepMs`.
    static func milliseconds(_ duration: Duration) -> Int {
        Int(duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)
    }

    @Test func bodyOverTheLimitIs413() async throws {
        try await LiveServer.with(limits: ServiceLimits(maximumBodyBytes: 1000, concurrentRenders: 1)) { server in
            let response = try await server.post("/v1/render", case: ["notes": String(repeating: "x", count: 2000)])
            #expect(response.status == .contentTooLarge)
            #expect(response.headers[.contentType] == "application/problem+json")
            #expect(response.json["type"] as? String == "https://planpress.dev/problems/body-too-large")
            #expect(response.json["status"] as? Int == 413)
        }
    }

    /// Nine levels of nested YAML aliases stand for 9⁹ values in 500 bytes; the service refuses the case from
    /// the aliases' count, before a worker is asked and without expanding them.
    @Test func anAliasBombIsRefusedAtOnce() async throws {
        let bomb = ([#"a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]"#]
                    + (1...9).map { level in "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ",") + "]" }
                    + ["notes: *a9"]).joined(separator: "\n")
        try await LiveServer.with { server in
            let boundary = "bomb"
            let body = Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"case\"\r\n\r\n\(bomb)\r\n--\(boundary)--\r\n".utf8)
            let response = try await server.send(.post, "/v1/render", headers: [.contentType: "multipart/form-data; boundary=\(boundary)"],
                                                 body: body)
            #expect(response.status == .unprocessableContent)
            #expect((response.json["detail"] as? String)?.contains("maximumValues") == true)
        }
    }

    @Test func aCaseOverAContentLimitIsRefusedNamingIt() async throws {
        let visit: [String: Any] = ["title": "Check-up", "items": [["teeth": "all", "code": "H01"]]]
        let body = try LiveServer.envelope(case: ["variants": [["name": "Many", "visits": Array(repeating: visit, count: 10_000)]]])
        try await LiveServer.with { server in
            let response = try await server.send(.post, "/v1/render", headers: [.contentType: "application/json"], body: body)
            #expect(response.status == .unprocessableContent)
            #expect((response.json["detail"] as? String)?.contains("maximumVisitsPerVariant") == true)
        }
    }

    @Test func imageOverThePixelLimitIs413NamingTheFile() async throws {
        let jpeg = Array(try Data(contentsOf: FixturePaths.images.appendingPathComponent("photo-smile.jpg")))
        try await LiveServer.with(limits: ServiceLimits(maximumImagePixels: 10_000, concurrentRenders: 1)) { server in
            let response = try await server.post("/v1/render", case: [:], files: ["smile.jpg": jpeg])
            #expect(response.status == .contentTooLarge)
            #expect(response.json["type"] as? String == "https://planpress.dev/problems/image-too-large")
            #expect(response.json["field"] as? String == "files.smile.jpg")
        }
    }

    @Test func decompressionBombIsRefusedFromItsHeader() async throws {
        let bomb = Array(try Data(contentsOf: FixturePaths.bad.appendingPathComponent("huge-40000.jpg")))
        try await LiveServer.with { server in
            let response = try await server.post("/v1/render", case: [:], files: ["huge.jpg": bomb])
            #expect(response.status == .contentTooLarge)
            #expect(response.json["field"] as? String == "files.huge.jpg")
        }
    }

    @Test func documentOverThePageLimitIs413() async throws {
        try await LiveServer.with(limits: ServiceLimits(maximumPages: 5, concurrentRenders: 1)) { server in
            let response = try await server.post("/v1/render", case: ["script": ["pages": 6]])
            #expect(response.status == .contentTooLarge)
            #expect(response.json["type"] as? String == "https://planpress.dev/problems/too-many-pages")
        }
    }

    @Test func slowRenderIs503InTimeAndCounted() async throws {
        let limits = ServiceLimits(renderTimeout: .milliseconds(200), concurrentRenders: 1)
        try await LiveServer.with(limits: limits) { server in
            let started = ContinuousClock.now
            // The scripted render sleeps 6 s; the 503 comes at the 200 ms deadline (the limit under test), so it
            // arrives long before the render would have ended. The 4.5 s allowed for it is a budget; the render
            // it must beat stretches with it, so a 503 sent only when the render ends still fails.
            let sleep = TestTime.budget(.seconds(6))
            let response = try await server.post("/v1/render", case: ["script": ["sleepMs": Self.milliseconds(sleep)]])
            #expect(response.status == .serviceUnavailable)
            #expect(response.json["type"] as? String == "https://planpress.dev/problems/render-timeout")
            #expect(response.headers[.retryAfter] == "1")
            #expect(ContinuousClock.now - started < TestTime.budget(.milliseconds(4500)))
            let metrics = try await server.send(.get, "/metrics").text
            #expect(metrics.contains(#"planpress_errors_total{kind="render-timeout"} 1"#))
        }
    }

    /// One worker, no queue: a render past its deadline whose worker takes 100 ms more to stop must not
    /// refuse the next request with 429 (nor 503): its slot counts as free once its caller has had 503, and
    /// the next job waits the 100 ms for the worker.
    @Test func aTimedOutRenderFreesItsSlotForAdmission() async throws {
        // The render timeout is what the next job may wait for the worker: a budget here (the late render
        // times out whatever it is, as it waits for its deadline).
        let limits = ServiceLimits(renderTimeout: TestTime.budget(.milliseconds(400)), concurrentRenders: 1, queuedRenders: 0)
        try await LiveServer.with(limits: limits) { server in
            try await server.waitUntilReady()
            let late = try await server.post("/v1/render", case: ["script": ["overrunMs": 100]])
            #expect(late.status == .serviceUnavailable)
            let next = try await server.post("/v1/render", case: [:])
            #expect(next.status == .ok)
        }
    }

    @Test func fullQueueIs429WithRetryAfter() async throws {
        let limits = ServiceLimits(concurrentRenders: 1, queuedRenders: 1)
        try await LiveServer.with(limits: limits) { server in
            try await server.waitUntilReady()
            // Four requests 60 ms apart against a render of 800 ms: all four arrive while the first runs. Both
            // stretch with `TestTime`, so a slow machine cannot let the first end before the last arrives.
            let slow = try LiveServer.envelope(case: ["script": ["sleepMs": Self.milliseconds(TestTime.budget(.milliseconds(800)))]])
            let statuses = try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for index in 0..<4 {
                    group.addTask {
                        try await Task.sleep(for: TestTime.budget(.milliseconds(60 * index)))
                        return try await server.send(.post, "/v1/render", headers: [.contentType: "application/json"],
                                                     body: slow).status
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.filter { $0 == .ok }.count == 2)
            #expect(statuses.filter { $0 == .tooManyRequests }.count == 2)
            let refused = try await server.send(.post, "/v1/render", headers: [.contentType: "application/json"],
                                                body: slow)
            // The queue has drained by now: the service takes work again.
            #expect(refused.status == .ok)
        }
    }

    /// Room for one body of 2,000 bytes at a time: while a render holds one, a second body is refused with 429
    /// (whatever the number of connections), and taken once the first request has been answered.
    @Test func requestBodiesHeldAtOnceAreBounded() async throws {
        let limits = ServiceLimits(maximumBodyBytes: 2000, concurrentRenders: 2, bodyMemoryBytes: 3000)
        try await LiveServer.with(limits: limits) { server in
            try await server.waitUntilReady()
            let slow = try LiveServer.envelope(case: ["script": ["sleepMs": 1500], "notes": String(repeating: "x", count: 1800)])
            let second = try LiveServer.envelope(case: ["notes": String(repeating: "y", count: 1800)])
            #expect(slow.count + second.count > 3000 && second.count <= 2000)
            async let first = server.send(.post, "/v1/render", headers: [.contentType: "application/json"], body: slow)
            try await Task.sleep(for: .milliseconds(500))
            let refused = try await server.send(.post, "/v1/render", headers: [.contentType: "application/json"], body: second)
            #expect(refused.status == .tooManyRequests)
            #expect(refused.headers[.retryAfter] == "1")
            #expect((refused.json["detail"] as? String)?.contains("the limit is 3000 bytes") == true)
            #expect(try await first.status == .ok)
            // Answered, the first request gave its bytes back.
            #expect(try await server.send(.post, "/v1/render", headers: [.contentType: "application/json"], body: second).status == .ok)
        }
    }

    @Test func retryAfterIsSentWith429() async throws {
        let limits = ServiceLimits(concurrentRenders: 1, queuedRenders: 0)
        try await LiveServer.with(limits: limits) { server in
            try await server.waitUntilReady()
            // The second request comes 150 ms after the first, which renders for 600 ms (both stretched by `TestTime`).
            let slow = try LiveServer.envelope(case: ["script": ["sleepMs": Self.milliseconds(TestTime.budget(.milliseconds(600)))]])
            async let first = server.send(.post, "/v1/render", headers: [.contentType: "application/json"], body: slow)
            try await Task.sleep(for: TestTime.budget(.milliseconds(150)))
            let second = try await server.send(.post, "/v1/render", headers: [.contentType: "application/json"], body: slow)
            #expect(second.status == .tooManyRequests)
            #expect(second.headers[.contentType] == "application/problem+json")
            #expect(Int(second.headers[.retryAfter] ?? "") ?? 0 >= 1)
            #expect(try await first.status == .ok)
        }
    }

    @Test func gracefulShutdownFinishesRendersInFlight() async throws {
        try await LiveServer.with { server in
            try await server.waitUntilReady()
            // The shutdown comes 150 ms into a render of 500 ms (both stretched by `TestTime`).
            let slow = try LiveServer.envelope(case: ["script": ["sleepMs": Self.milliseconds(TestTime.budget(.milliseconds(500)))]])
            async let response = server.send(.post, "/v1/render", headers: [.contentType: "application/json"], body: slow)
            try await Task.sleep(for: TestTime.budget(.milliseconds(150)))
            await server.shutdown()
            #expect(try await response.status == .ok)
            // The listener is closed: a new connection is refused.
            await #expect(throws: (any Error).self) { try await server.send(.get, "/healthz") }
        }
    }
}

/// `Expect: 100-continue`, as curl sends it for bodies over 1 MB.
@Suite struct ExpectContinueTests {
    static func head(length: Int) -> [UInt8] {
        Array(("POST /v1/validate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
               + "Content-Length: \(length)\r\nExpect: 100-continue\r\n\r\n").utf8)
    }

    @Test func continueComesBeforeTheBodyIsSent() async throws {
        try await LiveServer.with { server in
            let body = try LiveServer.envelope(case: ["script": ["valid": true]])
            let port = server.port
            let heads = try await RawConnection.run {
                let connection = try RawConnection(port: port)
                try connection.send(Self.head(length: body.count))
                let interim = connection.readHead()
                try connection.send(body)
                return [interim, connection.readHead()]
            }
            #expect(heads[0].hasPrefix("HTTP/1.1 100 Continue\r\n"))
            #expect(heads[1].hasPrefix("HTTP/1.1 200 OK\r\n"))
        }
    }

    @Test func aBodyAnnouncedOverTheLimitGets413AndNoContinue() async throws {
        try await LiveServer.with(limits: ServiceLimits(maximumBodyBytes: 1000, concurrentRenders: 1)) { server in
            let port = server.port
            let head = try await RawConnection.run {
                let connection = try RawConnection(port: port)
                try connection.send(Self.head(length: 5000))
                return connection.readHead()
            }
            #expect(head.hasPrefix("HTTP/1.1 413 "))
        }
    }
}
