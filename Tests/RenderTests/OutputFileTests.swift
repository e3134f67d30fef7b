import Foundation
import PlanPress
import Render
import Testing

@Suite struct OutputFileTests {
    static func output(pages: [Int?]) -> RenderedOutput {
        RenderedOutput(format: .png, pageCount: 9, files: pages.map { RenderedOutput.File(page: $0, bytes: []) },
                       fingerprint: "")
    }

    @Test func severalPagesGetNumberedNames() {
        #expect(OutputFile.paths(for: Self.output(pages: [3]), at: "out/cover.png") == ["out/cover.png"])
        #expect(OutputFile.paths(for: Self.output(pages: [1, 3, 4]), at: "out/b.png")
                == ["out/b-1.png", "out/b-3.png", "out/b-4.png"])
        #expect(OutputFile.paths(for: Self.output(pages: [1, 2]), at: "out/pages") == ["out/pages-1", "out/pages-2"])
    }

    @Test func writingReplacesTheFileWholeAndLeavesNoTemporaryFile() throws {
        let folder = try TestRepository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("booklet.pdf").path
        try OutputFile.write(Array("first".utf8), to: path)
        try OutputFile.write(Array("second, longer".utf8), to: path)
        #expect(FileManager.default.contents(atPath: path) == Data("second, longer".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["booklet.pdf"])
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode.map { $0 & 0o644 == 0o644 } == true)
    }

    @Test func aFailedWriteLeavesNothingAndKeepsWhatWasThere() throws {
        let folder = try TestRepository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: PlanPressError.self) {
            try OutputFile.write([1, 2, 3], to: folder.appendingPathComponent("missing/booklet.pdf").path)
        }
        // A directory in the way: refused before anything is written; the directory and what it holds stay.
        let blocked = folder.appendingPathComponent("blocked.pdf")
        try FileManager.default.createDirectory(at: blocked, withIntermediateDirectories: false)
        try Data("keep".utf8).write(to: blocked.appendingPathComponent("inside"))
        do {
            try OutputFile.write([1, 2, 3], to: blocked.path)
            Issue.record("writing over a directory succeeded")
        } catch {
            #expect(error.description == "\(blocked.path): is a directory, not a file")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["blocked.pdf"])
        #expect(FileManager.default.contents(atPath: blocked.appendingPathComponent("inside").path) == Data("keep".utf8))
    }
}
