import Foundation
import TestTiming
import Testing

/// One entry of `Fixtures/bad/manifest.tsv` (written by `Fixtures/bad/make-corpus.py`).
struct CorpusEntry: Sendable, CustomStringConvertible {
    /// A case file in `Fixtures/bad/corpus/`, or `template:NAME` for a template name given with the base case.
    var entry: String
    var kind: String
    var exitStatus: Int32
    var fragment: String
    var httpStatus: Int

    var description: String { entry }

    static let folder = CommandLineRun.repository.appendingPathComponent("Fixtures/bad/corpus")

    static func all() throws -> [CorpusEntry] {
        let text = try String(contentsOf: CommandLineRun.repository.appendingPathComponent("Fixtures/bad/manifest.tsv"), encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return CorpusEntry(entry: cells[0].replacingOccurrences(of: "\\0", with: "\u{0}"), kind: cells[1],
                               exitStatus: Int32(cells[2]) ?? -1, fragment: cells[3], httpStatus: Int(cells[4]) ?? -1)
        }
    }
}

/// Every bad input of the corpus through `planpress render`: the exit status and message the manifest
/// says, one line on stderr, within 10 s, no output file left and no corpus file touched.
@Suite struct BadInputCorpusTests {
    @Test func theCorpusHoldsAtLeast200EntriesOfEveryClass() throws {
        let entries = try CorpusEntry.all()
        #expect(entries.count >= 200)
        #expect(Set(entries.map(\.kind)).isSuperset(of: ["case", "text", "syntax", "path", "image", "prices", "template"]))
    }

    @Test func everyEntryFailsCleanlyThroughTheCommandLine() async throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("corpus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: output) }
        let before = try Self.snapshot(CorpusEntry.folder)
        for entry in try CorpusEntry.all() {
            let arguments = entry.entry.hasPrefix("template:")
                ? ["render", "Fixtures/bad/corpus/base.json", "--template", String(entry.entry.dropFirst(9))]
                : ["render", "Fixtures/bad/corpus/" + entry.entry]
            // 10 s per run (the corpus's rule), stretched by `TestTime` under a sanitizer.
            let budget = TestTime.budget(seconds: 10)
            let start = Date()
            let runArguments = arguments + ["--root", "Fixtures/bad/corpus", "-o", output.appendingPathComponent("out.pdf").path]
            // Waited for off the concurrency pool, which the service tests running beside this one need.
            let result = try await offThePool { try TimedRun(runArguments, limit: budget) }
            #expect(!result.timedOut, "\(entry): over \(budget) s")
            #expect(Date().timeIntervalSince(start) < budget, "\(entry)")
            #expect(result.status == entry.exitStatus, "\(entry): \(result.stderr)")
            #expect(result.stderr.contains(entry.fragment), "\(entry): \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(entry): one line")
            #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).isEmpty, "\(entry) left a file")
        }
        #expect(try Self.snapshot(CorpusEntry.folder) == before, "no corpus file replaced")
    }

    /// Names, sizes and modification times of a folder's files.
    static func snapshot(_ folder: URL) throws -> [String: String] {
        var result: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let attributes = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path)
            result[name] = "\(attributes[.size] ?? 0) \(attributes[.modificationDate] ?? "")"
        }
        return result
    }
}

/// `planpress` run with a time limit: killed when over it.
struct TimedRun {
    let status: Int32
    let stderr: String
    let timedOut: Bool

    init(_ arguments: [String], limit: TimeInterval) throws {
        let process = Process()
        process.executableURL = CommandLineRun.buildFolder.appendingPathComponent("planpress")
        process.arguments = arguments
        process.currentDirectoryURL = CommandLineRun.repository
        let err = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = err
        try process.run()
        let deadline = Date().addingTimeInterval(limit)
        while process.isRunning && Date() < deadline { usleep(5_000) }
        timedOut = process.isRunning
        if timedOut { process.terminate() }
        let data = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        status = process.terminationStatus
        stderr = String(decoding: data, as: UTF8.self)
    }
}
