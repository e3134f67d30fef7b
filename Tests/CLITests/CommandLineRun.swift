import Foundation

/// Runs this package's built executables the way a user does, from the repository root, and keeps
/// what they said.
struct CommandLineRun {
    /// The repository, found from this file.
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// The folder holding the test bundle and the executables built with it.
    static let buildFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()

    let status: Int32
    let stdout: String
    let stderr: String

    /// The test's environment with `options` added to the address sanitizer's (`ASAN_OPTIONS`), which only a
    /// build with the address sanitizer reads (scripts/sanitize.sh address); others ignore the variable.
    static func environment(addressSanitizerOptions options: String) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["ASAN_OPTIONS"] = [environment["ASAN_OPTIONS"], options].compactMap { $0 }.joined(separator: ":")
        return environment
    }

    /// Runs `executable` (built beside the tests) with `arguments` and waits for it.
    init(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) throws {
        let process = Process()
        if let environment { process.environment = environment }
        process.executableURL = Self.buildFolder.appendingPathComponent(executable)
        process.arguments = arguments
        process.currentDirectoryURL = Self.repository
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        status = process.terminationStatus
        self.stdout = String(decoding: stdout, as: UTF8.self)
        self.stderr = String(decoding: stderr, as: UTF8.self)
    }
}
