import Foundation
import Testing

/// `planpress render` runs the clinic's protocol as `validate` does: an error refuses the patient's
/// booklet (exit 1, the findings on stderr as validate prints them, nothing written); `--draft` renders a
/// draft marked on every page; warnings go to stderr, never onto the patient's pages.
@Suite("planpress render and the protocol")
struct ProtocolGateCommandTests {
    static let noRubberDam = "Fixtures/protocol/no-rubber-dam.yaml"

    @Test func aProtocolErrorRefusesTheBookletListingTheFindingsAsValidateDoes() throws {
        let folder = try RenderCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("booklet.pdf").path
        let render = try CommandLineRun("planpress", ["render", Self.noRubberDam, "--root", "Fixtures", "-o", output])
        let validate = try CommandLineRun("planpress", ["validate", Self.noRubberDam, "--root", "Fixtures"])
        #expect(render.status == 1)
        #expect(validate.status == 1)
        #expect(render.stderr.hasPrefix(validate.stdout), "render:\n\(render.stderr)\nvalidate:\n\(validate.stdout)")
        #expect(render.stderr.contains("error [endo-rubber-dam]"))
        #expect(render.stderr.contains("--draft"))
        #expect(render.stdout.isEmpty)
        #expect(try RenderCommandTests.files(in: folder).isEmpty)
    }

    @Test func aDraftCarriesTheMarkOnEveryPageAndOpensWithTheFindings() throws {
        let folder = try RenderCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("draft.pdf").path
        let render = try CommandLineRun("planpress", ["render", Self.noRubberDam, "--root", "Fixtures", "--draft", "-o", output])
        #expect(render.status == 0, "\(render.stderr)")
        #expect(render.stderr.contains("error [endo-rubber-dam]"))
        #expect(render.stderr.contains("warning [item-names-its-problem]"))
        let pages = try Self.pageTexts(output)
        #expect(pages.count > 3)
        for (number, page) in pages.enumerated() {
            #expect(Self.squeezed(page).contains("ЧЕРНОВИК—НЕДЛЯПАЦИЕНТА"), "page \(number + 1) lacks the draft mark")
        }
        let first = Self.squeezed(pages[0])
        #expect(first.contains("Черновикдляклиники"))
        #expect(first.contains(Self.squeezed("эндодонтическое лечение проводится только под коффердамом")))
    }

    /// The warnings of a valid plan are printed on stderr, each as validate prints it, and the booklet
    /// is the patient's: no draft mark, no finding on any page.
    @Test func warningsGoToStderrNeverOntoThePatientsPages() throws {
        let folder = try RenderCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("booklet.pdf").path
        let render = try CommandLineRun("planpress", ["render", "Fixtures/cases/full-mouth.yaml", "--root", "Fixtures", "-o", output])
        #expect(render.status == 0, "\(render.stderr)")
        let lines = render.stderr.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("full-mouth.yaml: variant 1: warning [metal-quota] ") })
        #expect(lines.allSatisfy { $0.contains(": warning [") })
        let text = Self.squeezed(try Self.pageTexts(output).joined())
        #expect(!text.contains("ЧЕРНОВИК"))
        #expect(!text.contains(Self.squeezed("больше рекомендованных 50%")))
    }

    /// The text of each page of the PDF at `path`, as `pdftotext -raw` reads it (in the order it is painted).
    static func pageTexts(_ path: String) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        process.arguments = ["-raw", "-enc", "UTF-8", path, "-"]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\u{0C}", omittingEmptySubsequences: true).map(String.init)
    }

    /// `text` without any whitespace: letter-spaced lines read the same however `pdftotext` spaces them.
    static func squeezed(_ text: String) -> String {
        String(text.filter { !$0.isWhitespace })
    }
}
