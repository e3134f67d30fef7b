import Foundation
import TestTiming
import Testing

/// `planpress serve` renders from memory: traced with strace from start to shutdown, it creates, opens for
/// writing, renames, links or removes no file while it starts, takes an upload and answers renders,
/// validations, quotes, outcomes and suggestions (the service once wrote each request into a temporary folder).
@Suite("planpress serve writes nothing")
struct ServeWritesNothingTests {
    static let repository = CommandLineRun.repository

    /// Runs curl with `arguments` against the server; returns the HTTP status it printed.
    static func curl(_ arguments: [String]) throws -> String {
        let process = Process(), output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        process.arguments = ["-s", "-o", "/dev/null", "-w", "%{http_code}"] + arguments
        process.currentDirectoryURL = repository
        process.standardOutput = output
        try process.run()
        let status = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return status
    }

    @Test func requestsWriteNoFile() async throws {
        // The server, curl and strace are waited for off the concurrency pool (the service tests beside this
        // one need it); what they did is checked here.
        let (ready, statuses, lines, written) = try await offThePool(Self.traceARun)
        #expect(ready, "the server answered /healthz")
        #expect(statuses == ["201", "200", "200", "200", "200", "200", "200"])
        #expect(lines > 10, "the trace sees the server's file calls")
        #expect(written.isEmpty, "\(written.prefix(5))")
    }

    /// Starts the server under strace, sends the requests, stops it; returns whether it became ready, the
    /// statuses, how many lines the trace holds and the lines that wrote to the file system.
    static func traceARun() throws -> (Bool, [String], Int, [String]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planpress-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let trace = folder.appendingPathComponent("trace").path
        let port = Int.random(in: 20_000...40_000)
        let server = try TracedRun(
            tracing: ["open", "openat", "creat", "mkdir", "mkdirat", "rename", "renameat", "renameat2", "unlink", "unlinkat",
                      "link", "linkat", "symlink", "symlinkat"],
            ["serve", "--port", String(port), "--workers", "1", "--resources", Self.repository.path,
             // Not what this test checks: the default 10 s, stretched under a sanitizer (`TestTime`).
             "--render-timeout", String(TestTime.budget(seconds: 10))],
            traceFile: trace)
        let base = "http://127.0.0.1:\(port)"
        var ready = false
        for _ in 0..<240 where !ready {
            ready = try Self.curl([base + "/healthz"]) == "200"
            if !ready { Thread.sleep(forTimeInterval: 0.5) }
        }
        let sample = "@Samples/requests/full-mouth.json"
        let json = ["-H", "Content-Type: application/json", "--data-binary", sample]
        let logo = "Fixtures/images/clinic-logo.png"
        let digest = try Self.sha256(Self.repository.appendingPathComponent(logo))
        let statuses = [
            try Self.curl(["-X", "PUT", "--data-binary", "@" + logo, "\(base)/v1/files/\(digest)"]),
            try Self.curl(json + ["\(base)/v1/render?format=pdf"]),
            try Self.curl(json + ["\(base)/v1/render?format=png&template=chairside&pages=1&dpi=48"]),
            try Self.curl(json + ["\(base)/v1/validate"]),
            try Self.curl(json + ["\(base)/v1/quote"]),
            try Self.curl(json + ["\(base)/v1/outcome"]),
            try Self.curl(json + ["\(base)/v1/suggest?replace=true"]),
        ]
        try server.terminate()
        server.waitUntilExit()
        let lines = try server.lines()
        let written = lines.filter { line in
            ["O_WRONLY", "O_RDWR", "O_CREAT", "creat(", "mkdir", "rename", "unlink", "link(", "linkat("].contains { line.contains($0) }
                // The thread sanitizer's runtime (scripts/sanitize.sh thread) makes and removes a scratch file
                // of its own at start-up, before PlanPress runs.
                && !line.contains("\"/tmp/tsan.rodata.")
        }
        return (ready, statuses, lines.count, written.map(String.init))
    }

    /// The SHA-256 of the file at `url`, from coreutils.
    static func sha256(_ url: URL) throws -> String {
        let process = Process(), output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = [url.path]
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return String(text.prefix(64))
    }
}
