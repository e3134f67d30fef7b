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

    /// Runs `executable` (built beside the tests) with `arguments` and waits for it.
    init(_ executable: String, _ arguments: [String]) throws {
        let process = Process()
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
