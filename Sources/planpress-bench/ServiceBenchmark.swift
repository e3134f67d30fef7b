import AsyncHTTPClient
import Booklet
import DentalModel
import Foundation
import NIOCore
import NIOHTTP1
import PlanPress
import PlanPressServer

/// `planpress-bench http [RUNS]` and `planpress-bench service-memory [SERVE OPTIONS…]`: the chairside preview
/// and the service's resident set measured over HTTP, against the release `planpress serve` built beside
/// this benchmark, through AsyncHTTPClient (one keep-alive connection pool, as a clinic system would use).
enum ServiceBenchmark {
    static let warmUps = 5
    /// The screen shown: with `variant=2`, screens 1–2 are the teeth today and 3 is variant 2's, with its name.
    static let screen = 3
    static let variant = 2
    static let width = 1920
    static let variantName = "Имплантаты и цирконий"
    static let session = "bench-chair"

    // MARK: The chairside screen over HTTP

    /// Uploads the full-mouth case's files once by content, then, round after round, edits variant 2's name,
    /// PUTs the case into a session and GETs its screen 3 at 1920 px, as the preview page asks for it; the time
    /// runs from the start of the PUT to the last byte of the PNG. Alternating with it in each round (the order
    /// rotating), as references under the same load: the same screen rendered in this process through the same
    /// function a worker runs (`Renderer.screen`), and today's path without sessions, `POST /v1/render` of that
    /// screen with the case and its nine images inline as base64 (`Samples/requests/full-mouth.json`).
    static func http(arguments: [String]) async throws {
        let runs = arguments.first.flatMap { Int($0) } ?? 40
        let serveOptions = Array(arguments.dropFirst())
        let resources = try ResourceLocator.locate()
        let repository = resources.root
        let (caseText, files) = try referencedCase(repository.appendingPathComponent("Fixtures/cases/full-mouth.yaml"))
        guard caseText.contains(variantName) else { throw Failure("full-mouth.yaml no longer names the variant '\(variantName)'") }
        func edited(_ run: Int) -> [UInt8] { Array(caseText.replacingOccurrences(of: variantName, with: "\(variantName) №\(run)").utf8) }
        let inline = try InlineRequest(sample: repository.appendingPathComponent("Samples/requests/full-mouth.json"))

        print("Chairside over HTTP: \(runs) rounds after \(warmUps) warm-ups; load average before: \(RenderBenchmark.loadAverage())")
        let server = try ServedProcess(options: serveOptions)
        defer { server.stop() }
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        do {
            let api = API(client: client, base: "http://127.0.0.1:\(server.port)")
            try await api.waitUntilReady()
            for (hex, bytes) in files.sorted(by: { $0.key < $1.key }) {
                try await api.expect([201, 204], .PUT, "/v1/files/\(hex)", body: bytes)
            }
            print("uploaded \(files.count) files once, \(files.values.reduce(0) { $0 + $1.count }) bytes; serve pid \(server.pid), "
                  + "options \(serveOptions.isEmpty ? "(defaults)" : serveOptions.joined(separator: " "))")

            let screenPath = "/v1/sessions/\(session)/screens/\(screen).png"
            func overHTTP(_ run: Int) async throws -> (put: Double, screen: Double) {
                let body = edited(run)
                let clock = ContinuousClock(), start = clock.now
                let answer = try await api.expect([200], .PUT, "/v1/sessions/\(session)/case", body: body,
                                                  contentType: "application/yaml")
                let putDone = clock.now
                let version = (try? JSONSerialization.jsonObject(with: Data(answer))) as? [String: Any]
                let query = "width=\(width)&version=\(version?["version"] as? Int ?? 1)&variant=\(variant)"
                let png = try await api.expect([200], .GET, "\(screenPath)?\(query)")
                let end = clock.now
                guard ChairsideBenchmark.pngWidth(png) == width else { throw Failure("the screen is not \(width) px wide") }
                return (seconds(putDone - start), seconds(end - start))
            }

            let renderer = try Renderer(resources: resources)
            let byReference = Dictionary(uniqueKeysWithValues: files.map { ("sha256:\($0.key)", $0.value) })
            let request = ScreenRequest(page: screen, width: width, template: "chairside", variant: variant)
            func inProcess(_ run: Int) throws -> Double {
                let input = CaseInput(document: edited(run), name: "case.yaml", files: MemoryFileSource(files: byReference))
                let clock = ContinuousClock(), start = clock.now
                let shown = try renderer.screen(input, request: request)
                let end = clock.now
                guard ChairsideBenchmark.pngWidth(shown.png) == width else { throw Failure("the in-process screen is not \(width) px wide") }
                return seconds(end - start)
            }

            let renderPath = "/v1/render?format=png&template=chairside&variant=\(variant)&pages=\(screen)&dpi=144"
            func inlineOverHTTP(_ run: Int) async throws -> Double {
                let body = try inline.body(variantName: "\(variantName) №\(run)")
                let clock = ContinuousClock(), start = clock.now
                let png = try await api.expect([200], .POST, renderPath, body: body, contentType: "application/json")
                let end = clock.now
                guard ChairsideBenchmark.pngWidth(png) == width else { throw Failure("the inline render is not \(width) px wide") }
                return seconds(end - start)
            }

            var puts: [Double] = [], sessionTimes: [Double] = [], local: [Double] = [], inlineTimes: [Double] = []
            for round in 0..<(warmUps + runs) {
                let run = round + 1
                for kind in 0..<3 {
                    switch (kind + round) % 3 {
                    case 0:
                        let (put, total) = try await overHTTP(run)
                        if round >= warmUps { puts.append(put); sessionTimes.append(total) }
                    case 1:
                        let time = try inProcess(run)
                        if round >= warmUps { local.append(time) }
                    default:
                        let time = try await inlineOverHTTP(run)
                        if round >= warmUps { inlineTimes.append(time) }
                    }
                }
            }
            let memory = server.memory()
            try await client.shutdown()

            let reference = ChairsideBenchmark.percentile(local, 50)
            print("")
            print("| what | p50 (ms) | p95 (ms) | min (ms) | max (ms) | p50 / in process |")
            print("|---|---:|---:|---:|---:|---:|")
            for (name, values) in [
                ("PUT edited case (`sha256:` files) → GET screen \(screen) PNG, \(width) px (budget p50 50, p95 100)", sessionTimes),
                ("… of which the PUT (the case read and quoted on a worker)", puts),
                ("… of which the GET (layout and PNG on a worker)", zip(sessionTimes, puts).map { $0 - $1 }),
                ("the same screen in process, `Renderer.screen` (reference)", local),
                ("`POST /v1/render` of that screen, 4.9 MB with images inline (today's path)", inlineTimes),
            ] {
                print("| \(name) | \(ms(ChairsideBenchmark.percentile(values, 50))) | \(ms(ChairsideBenchmark.percentile(values, 95))) | "
                      + "\(ms(values.min() ?? 0)) | \(ms(values.max() ?? 0)) | "
                      + "\(RenderBenchmark.ratio(ChairsideBenchmark.percentile(values, 50), reference)) |")
            }
            print("")
            print("serve resident set at the end: VmRSS \(memory.rss >> 10) MiB, VmHWM \(memory.hwm >> 10) MiB")
            print("load average after: \(RenderBenchmark.loadAverage())")
        } catch {
            try? await client.shutdown()
            throw error
        }
    }

    /// The case at `url` with every file it names (`prices`, `logo`, `file`) as `sha256:HEX`, and those files by hex digest.
    static func referencedCase(_ url: URL) throws -> (text: String, files: [String: [UInt8]]) {
        var text = try String(contentsOf: url, encoding: .utf8)
        var files: [String: [UInt8]] = [:]
        let pattern = try NSRegularExpression(pattern: #"\b(prices|logo|file): *(\.\./[^\s,}]+)"#)
        let matches = pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).reversed()
        for match in matches {
            guard let pathRange = Range(match.range(at: 2), in: text) else { continue }
            let file = url.deletingLastPathComponent().appendingPathComponent(String(text[pathRange])).standardizedFileURL
            let bytes = Array(try Data(contentsOf: file))
            let hex = BookletFingerprint.digest(bytes)
            files[hex] = bytes
            text.replaceSubrange(pathRange, with: "sha256:\(hex)")
        }
        guard files.count >= 3 else { throw Failure("\(url.lastPathComponent) names only \(files.count) files") }
        return (text, files)
    }

    /// Today's request without sessions: the case as JSON with its files inline as base64.
    struct InlineRequest {
        let envelope: [String: Any]

        init(sample: URL) throws {
            guard let envelope = try JSONSerialization.jsonObject(with: Data(contentsOf: sample)) as? [String: Any] else {
                throw Failure("\(sample.lastPathComponent) is not a JSON object")
            }
            self.envelope = envelope
        }

        /// The request with variant 2 named `variantName`.
        func body(variantName: String) throws -> [UInt8] {
            var envelope = envelope
            guard var dentalCase = envelope["case"] as? [String: Any], var variants = dentalCase["variants"] as? [[String: Any]],
                  variants.count >= ServiceBenchmark.variant else { throw Failure("the sample request has no variant 2") }
            variants[ServiceBenchmark.variant - 1]["name"] = variantName
            dentalCase["variants"] = variants
            envelope["case"] = dentalCase
            return Array(try JSONSerialization.data(withJSONObject: envelope))
        }
    }

    // MARK: The service's resident set

    /// Starts `planpress serve` with `options` and reads its resident set (VmRSS, and the peak VmHWM, from
    /// /proc/PID/status) warm and idle, after filling the file cache past its budget with distinct images,
    /// after every worker rendered the full-mouth case (premium PDF, chairside screens at 1920 and 3840 px), after
    /// filling the sessions' byte budget with inline files, and after request bodies of the largest size
    /// arrived at once; then compares the peak with the budget the flags give (README, "Memory").
    static func memory(arguments: [String]) async throws {
        let flags = ServeFlags(arguments)
        let repository = try ResourceLocator.locate().root
        let (caseText, files) = try referencedCase(repository.appendingPathComponent("Fixtures/cases/full-mouth.yaml"))
        let photo = Array(try Data(contentsOf: repository.appendingPathComponent("Fixtures/images/photo-lower.jpg")))
        print("Service memory, load average \(RenderBenchmark.loadAverage()); serve \(arguments.joined(separator: " "))")
        let server = try ServedProcess(options: arguments)
        defer { server.stop() }
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        var rows: [(String, ServedProcess.Memory)] = []
        func record(_ stage: String) {
            let memory = server.memory()
            rows.append((stage, memory))
            print("\(stage): VmRSS \(memory.rss >> 10) MiB, VmHWM \(memory.hwm >> 10) MiB")
        }
        do {
            let api = API(client: client, base: "http://127.0.0.1:\(server.port)")
            try await api.waitUntilReady()
            record("warm, idle")

            // Distinct 1 MiB JPEGs (a real photo with a numbered comment segment) until 1.25 × the cache's budget went in.
            let uploads = flags.fileCacheBytes * 5 / 4 / (1 << 20) + 1
            for index in 0..<uploads {
                let bytes = distinctJPEG(photo, number: index, size: 1 << 20)
                try await api.expect([201, 204], .PUT, "/v1/files/\(BookletFingerprint.digest(bytes))", body: bytes)
            }
            record("file cache filled (\(uploads) distinct 1 MiB images uploaded)")

            for (hex, bytes) in files { try await api.expect([201, 204], .PUT, "/v1/files/\(hex)", body: bytes) }
            let form = multipart(case: caseText, files: [:])
            try await api.expect([200], .PUT, "/v1/sessions/\(session)/case", body: Array(caseText.utf8), contentType: "application/yaml")
            try await withThrowingTaskGroup(of: Void.self) { group in
                for lane in 0..<(2 * flags.workers) {
                    group.addTask {
                        for round in 0..<3 {
                            switch (lane + round) % 3 {
                            case 0:
                                try await api.expect([200], .POST, "/v1/render", body: form.body, contentType: form.contentType)
                            case 1:
                                try await api.expect([200], .GET, "/v1/sessions/\(session)/screens/\(screen).png?width=1920&variant=2")
                            default:
                                try await api.expect([200], .GET, "/v1/sessions/\(session)/screens/1.png?width=3840")
                            }
                        }
                    }
                }
                try await group.waitForAll()
            }
            record("every worker rendered full-mouth (premium PDF, screens at 1920 and 3840 px)")

            // Sessions holding inline files (a case and filler the size of the largest body) until the budget refuses one.
            let filler = min(flags.maximumBodyBytes - 64 << 10, 40 << 20)
            var sessions = 0
            while sessions < 100 {
                let upload = multipart(case: caseText, files: ["filler-\(sessions).bin": distinctBytes(number: sessions, size: filler)])
                let status = try await api.send(.PUT, "/v1/sessions/fill-\(sessions)/case", body: upload.body, contentType: upload.contentType).status
                guard status == 200 else { break }
                sessions += 1
            }
            record("sessions filled (\(sessions) sessions of \(filler >> 20) MiB inline)")

            // Bodies of the largest size at once, more than the workers and the queue take.
            let concurrent = 8
            await withTaskGroup(of: Int.self) { group in
                for lane in 0..<concurrent {
                    group.addTask {
                        let upload = multipart(case: caseText, files: ["big-\(lane).bin": distinctBytes(number: 1000 + lane, size: filler)])
                        // A body refused with 429 before it is all sent may end in a reset connection: counted as 0.
                        return (try? await api.send(.POST, "/v1/validate", body: upload.body, contentType: upload.contentType).status) ?? 0
                    }
                }
                var statuses: [Int: Int] = [:]
                for await status in group { statuses[status, default: 0] += 1 }
                print("\(concurrent) bodies of \(filler >> 20) MiB at once: statuses \(statuses.sorted { $0.key < $1.key }) (0: reset while sending)")
            }
            record("\(concurrent) bodies of \(filler >> 20) MiB sent at once")
            try await client.shutdown()
        } catch {
            try? await client.shutdown()
            throw error
        }
        print("")
        print("| stage | VmRSS (MiB) | VmHWM (MiB) |")
        print("|---|---:|---:|")
        for (stage, memory) in rows { print("| \(stage) | \(memory.rss >> 10) | \(memory.hwm >> 10) |") }
        print("")
        print(flags.budgetDescription(peakKiB: rows.map(\.1.hwm).max() ?? 0))
        print("load average after: \(RenderBenchmark.loadAverage())")
    }

    /// The options of `planpress serve` the budget depends on, from the options given (else their defaults).
    struct ServeFlags {
        var workers = ProcessInfo.processInfo.activeProcessorCount
        var fileCacheBytes = 256 << 20
        var sessionBytes = 512_000_000
        var maximumBodyBytes = 50_000_000
        var bodyMemoryBytes = 256 << 20

        init(_ options: [String]) {
            var index = 0
            while index + 1 < options.count {
                let value = Int(options[index + 1]) ?? 0
                switch options[index] {
                case "--workers": workers = value
                case "--file-cache-mb": fileCacheBytes = value << 20
                case "--session-bytes": sessionBytes = value
                case "--max-body-bytes": maximumBodyBytes = value
                case "--body-memory-mb": bodyMemoryBytes = value << 20
                default: break
                }
                index += 1
            }
        }

        /// The budget (README, "Memory"): 96 MiB + file cache + 1.15 × sessions + workers × 160 MiB (a 64 MiB
        /// decoded-image cache and one render's working set) + 2 × the request bodies in memory (a body and what is
        /// read from it).
        func budgetDescription(peakKiB: Int) -> String {
            let budget = (96 << 20) + fileCacheBytes + sessionBytes * 115 / 100 + workers * (160 << 20) + 2 * bodyMemoryBytes
            return "budget = 96 MiB + file cache \(fileCacheBytes >> 20) MiB + 1.15 × sessions \(sessionBytes >> 20) MiB + "
                + "\(workers) workers × 160 MiB + 2 × bodies \(bodyMemoryBytes >> 20) MiB = \(budget >> 20) MiB; "
                + "peak VmHWM \(peakKiB >> 10) MiB (\(peakKiB << 10 <= budget ? "under" : "OVER") it)"
        }
    }

    /// `jpeg` with a comment segment after its start marker that numbers it and pads it to `size` bytes: a
    /// distinct file that is still the same picture.
    static func distinctJPEG(_ jpeg: [UInt8], number: Int, size: Int) -> [UInt8] {
        var padding = distinctBytes(number: number, size: max(0, size - jpeg.count))
        var segments: [UInt8] = []
        while !padding.isEmpty {
            let chunk = padding.prefix(65_000)
            padding.removeFirst(chunk.count)
            let length = chunk.count + 2
            segments += [0xFF, 0xFE, UInt8(length >> 8), UInt8(length & 0xFF)] + chunk
        }
        if segments.isEmpty { segments = [0xFF, 0xFE, 0, 10] + Array(String(format: "%08d", number).utf8) }
        return Array(jpeg.prefix(2)) + segments + jpeg.dropFirst(2)
    }

    /// `size` bytes that differ for every `number` and do not compress.
    static func distinctBytes(number: Int, size: Int) -> [UInt8] {
        var state = UInt64(number) &* 0x9E37_79B9_7F4A_7C15 | 1
        return (0..<size).map { _ in
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return UInt8(truncatingIfNeeded: state)
        }
    }

    /// A `multipart/form-data` body: the case as a part named `case` and each file as a part with its file name.
    static func multipart(case text: String, files: [String: [UInt8]]) -> (body: [UInt8], contentType: String) {
        let boundary = "planpress-bench-boundary"
        var body = Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"case\"\r\nContent-Type: application/yaml\r\n\r\n".utf8)
        body += Array(text.utf8) + Array("\r\n".utf8)
        for (name, bytes) in files {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name)\"\r\n\r\n".utf8)
            body += bytes + Array("\r\n".utf8)
        }
        body += Array("--\(boundary)--\r\n".utf8)
        return (body, "multipart/form-data; boundary=\(boundary)")
    }

    // MARK: HTTP

    /// The service's API through one AsyncHTTPClient (its keep-alive pool).
    struct API: Sendable {
        let client: HTTPClient
        let base: String

        /// The answer's status and body.
        func send(_ method: HTTPMethod, _ path: String, body: [UInt8]? = nil,
                  contentType: String? = nil) async throws -> (status: Int, body: [UInt8]) {
            var request = HTTPClientRequest(url: base + path)
            request.method = method
            if let contentType { request.headers.add(name: "Content-Type", value: contentType) }
            if let body { request.body = .bytes(ByteBuffer(bytes: body)) }
            let response = try await client.execute(request, timeout: .seconds(120))
            let buffer = try await response.body.collect(upTo: 256 << 20)
            return (Int(response.status.code), Array(buffer.readableBytesView))
        }

        /// The answer's body when its status is one of `statuses`; else an error quoting it.
        @discardableResult
        func expect(_ statuses: Set<Int>, _ method: HTTPMethod, _ path: String, body: [UInt8]? = nil,
                    contentType: String? = nil) async throws -> [UInt8] {
            let answer = try await send(method, path, body: body, contentType: contentType)
            guard statuses.contains(answer.status) else {
                throw Failure("\(method) \(path.prefix(80)): \(answer.status) \(String(decoding: answer.body.prefix(400), as: UTF8.self))")
            }
            return answer.body
        }

        /// Waits for `/healthz` to answer 200 (every worker warm), up to a minute.
        func waitUntilReady() async throws {
            for _ in 0..<600 {
                if let status = try? await send(.GET, "/healthz").status, status == 200 { return }
                try await Task.sleep(for: .milliseconds(100))
            }
            throw Failure("the service did not become ready within a minute")
        }
    }

    /// A `planpress serve` (the one built beside this benchmark) on a free loopback port; its log goes to a file.
    final class ServedProcess {
        struct Memory { var rss = 0, hwm = 0 }

        let process = Process()
        let port: Int
        private let log: URL

        var pid: Int32 { process.processIdentifier }

        init(options: [String]) throws {
            log = FileManager.default.temporaryDirectory.appendingPathComponent("planpress-bench-serve-\(getpid()).log")
            _ = FileManager.default.createFile(atPath: log.path, contents: nil)
            let handle = try FileHandle(forWritingTo: log)
            process.executableURL = try RenderBenchmark.planpressExecutable()
            process.arguments = ["serve", "--port", "0", "--log-level", "notice"] + options
            process.standardOutput = handle
            process.standardError = handle
            try process.run()
            let deadline = Date().addingTimeInterval(60)
            var found: Int?
            while found == nil, Date() < deadline, process.isRunning {
                Thread.sleep(forTimeInterval: 0.05)
                let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
                if let range = text.range(of: #"port=[0-9]+"#, options: .regularExpression) {
                    found = Int(text[range].dropFirst(5))
                }
            }
            guard let found, found > 0 else {
                process.terminate()
                throw Failure("planpress serve did not start: \((try? String(contentsOf: log, encoding: .utf8)) ?? "")")
            }
            port = found
        }

        /// VmRSS and VmHWM of the server, in KiB.
        func memory() -> Memory {
            let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
            var memory = Memory()
            for line in status.split(separator: "\n") {
                let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
                guard fields.count >= 2, let kib = Int(fields[1]) else { continue }
                if fields[0] == "VmRSS:" { memory.rss = kib }
                if fields[0] == "VmHWM:" { memory.hwm = kib }
            }
            return memory
        }

        func stop() {
            if process.isRunning {
                process.terminate()
                process.waitUntilExit()
            }
            try? FileManager.default.removeItem(at: log)
        }
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    static func ms(_ value: Double) -> String { RenderBenchmark.milliseconds(value) }
}
