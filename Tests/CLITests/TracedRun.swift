import Foundation

/// `planpress` run under strace, from the repository root, with the file calls it makes written to a
/// trace file for the test to read: how the tests check what a command opens and writes.
struct TracedRun {
    let strace = Process()
    /// The trace strace writes, one call a line, each starting with the calling thread's id.
    let traceFile: String

    /// Starts `planpress arguments` under strace, following every thread and child, tracing `calls`
    /// (system call names, as strace's `trace=` takes them). Returns at once; see `waitUntilExit`.
    init(tracing calls: [String], _ arguments: [String], traceFile: String) throws {
        self.traceFile = traceFile
        strace.executableURL = URL(fileURLWithPath: "/usr/bin/strace")
        strace.arguments = ["-f", "-o", traceFile, "-e", "trace=" + calls.joined(separator: ","),
                            CommandLineRun.buildFolder.appendingPathComponent("planpress").path] + arguments
        strace.currentDirectoryURL = CommandLineRun.repository
        // LeakSanitizer cannot run under ptrace and fails the traced command at exit (an address-sanitizer
        // build only; others ignore the variable).
        strace.environment = CommandLineRun.environment(addressSanitizerOptions: "detect_leaks=0")
        strace.standardOutput = FileHandle.nullDevice
        strace.standardError = FileHandle.nullDevice
        try strace.run()
    }

    /// Waits for the traced command (and so strace) to end; returns its exit status.
    @discardableResult
    func waitUntilExit() -> Int32 {
        strace.waitUntilExit()
        return strace.terminationStatus
    }

    /// Stops the traced command as SIGTERM does (its pid opens the trace's first line); strace ends with it.
    func terminate() throws {
        if let pid = try lines().first.flatMap({ Int32($0.split(separator: " ").first ?? "") }) { kill(pid, SIGTERM) }
    }

    /// The trace so far, a call a line.
    func lines() throws -> [Substring] {
        try String(contentsOfFile: traceFile, encoding: .utf8).split(separator: "\n")
    }

    /// The path each traced call names (its first quoted argument).
    func paths() throws -> [String] {
        try lines().compactMap { line in line.split(separator: "\"", maxSplits: 2).dropFirst().first.map(String.init) }
    }
}
