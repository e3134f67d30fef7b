import Foundation
import Testing

/// End-to-end tests of `planpress render`: run the built binary and check the files it writes, its exit
/// status and its one-line errors; and 200 renders in one process with flat memory.
@Suite("planpress render")
struct RenderCommandTests {
    static let repository = CommandLineRun.repository

    static func run(_ executable: String, _ arguments: [String]) throws -> CommandLineRun {
        try CommandLineRun(executable, arguments)
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("planpress-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func files(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    /// `full-mouth.yaml` in `folder`, with absolute image and price-list paths and `photo-frontal.jpg`
    /// replaced by `image`, so it renders with `--root` at the repository.
    static func caseShowing(_ image: String, in folder: URL) throws -> String {
        let fixtures = repository.appendingPathComponent("Fixtures").path
        let text = try String(contentsOf: repository.appendingPathComponent("Fixtures/cases/full-mouth.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "../images/photo-frontal.jpg", with: image)
            .replacingOccurrences(of: "../images/", with: fixtures + "/images/")
            .replacingOccurrences(of: "../prices/", with: fixtures + "/prices/")
        let path = folder.appendingPathComponent("case.yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func aPDFOfTheWholeBooklet() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("booklet.pdf").path
        let result = try Self.run("planpress", ["render", "Fixtures/cases/full-mouth.yaml", "--root", "Fixtures", "-o", output])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").allSatisfy { $0.contains(": warning [") }, "only the protocol's warnings")
        #expect(try Self.files(in: folder) == ["booklet.pdf"])
        #expect(FileManager.default.contents(atPath: output)?.prefix(5) == Data("%PDF-".utf8))
    }

    /// One page keeps the name asked for; several pages are numbered before the extension.
    @Test func pngAndSVGPagesAreNamedByPage() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let base = ["render", "Fixtures/cases/full-mouth.yaml", "--root", "Fixtures", "--dpi", "30"]
        #expect(try Self.run("planpress", base + ["-o", folder.appendingPathComponent("pages.png").path, "--pages", "1,3-4"]).status == 0)
        #expect(try Self.run("planpress", base + ["-o", folder.appendingPathComponent("cover.png").path, "--pages", "1"]).status == 0)
        #expect(try Self.run("planpress", base + ["-o", folder.appendingPathComponent("p.svg").path, "--pages", "2"]).status == 0)
        #expect(try Self.run("planpress", base + ["-o", folder.appendingPathComponent("forced").path, "--format", "png", "--pages", "2"]).status == 0)
        #expect(try Self.files(in: folder) == ["cover.png", "forced", "p.svg", "pages-1.png", "pages-3.png", "pages-4.png"])
        // The PNG's size follows --dpi: twice the resolution, twice the pixels a side (±1 for rounding).
        #expect(try Self.run("planpress", ["render", "Fixtures/cases/full-mouth.yaml", "--root", "Fixtures", "--dpi", "60",
                                           "-o", folder.appendingPathComponent("sharp.png").path, "--pages", "1"]).status == 0)
        let size = { (name: String) throws -> (Int, Int) in
            let png = try #require(FileManager.default.contents(atPath: folder.appendingPathComponent(name).path))
            #expect(png.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
            func word(_ at: Int) -> Int { png[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
            return (word(16), word(20))
        }
        let (small, sharp) = (try size("cover.png"), try size("sharp.png"))
        #expect(small.0 > 200 && small.1 > small.0, "an A4-ish portrait page at 30 dpi: \(small)")
        #expect(abs(sharp.0 - 2 * small.0) <= 1 && abs(sharp.1 - 2 * small.1) <= 1, "\(small) → \(sharp)")
    }

    /// Each bad input: exit status 2, one line on stderr naming the file and the problem, no output, and
    /// the previous good file left exactly as it was.
    @Test(arguments: [
        ("Fixtures/bad/corrupt.jpg", "Fixtures/bad/corrupt.jpg: imaging.photos[2].file: corrupt JPEG"),
        ("Fixtures/bad/not-a-jpeg.jpg", "Fixtures/bad/not-a-jpeg.jpg: imaging.photos[2].file: not a JPEG or PNG image"),
        ("Fixtures/bad/truncated.png", "Fixtures/bad/truncated.png: imaging.photos[2].file: truncated or corrupt PNG (the chunks end before IEND)"),
        ("Fixtures/bad/huge-40000.jpg", "Fixtures/bad/huge-40000.jpg: imaging.photos[2].file: 40000×8 px: a side is over Cairo's 32767-px limit"),
        ("Fixtures/bad/huge-40000.png", "Fixtures/bad/huge-40000.png: imaging.photos[2].file: 40000×10 px: a side is over Cairo's 32767-px limit"),
        ("Fixtures/bad/bomb-20000.png", "Fixtures/bad/bomb-20000.png: imaging.photos[2].file: 20000×20000 px is over the 50-megapixel limit"),
        ("Fixtures/bad/no-such-photo.jpg", "case.yaml:"),
    ])
    func aBadImageFailsCleanly(image: String, message: String) throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let casePath = try Self.caseShowing(Self.repository.appendingPathComponent(image).path, in: folder)
        let output = folder.appendingPathComponent("booklet.pdf")
        try Data("previous good booklet".utf8).write(to: output)
        for extra in [["-o", output.path], ["-o", folder.appendingPathComponent("new.png").path, "--pages", "1,2"]] {
            let result = try Self.run("planpress", ["render", casePath, "--root", Self.repository.path] + extra)
            #expect(result.status == 2)
            #expect(result.stderr.hasPrefix(message), "\(result.stderr)")
            #expect(result.stderr.contains(URL(fileURLWithPath: image).lastPathComponent), "names the file")
            #expect(result.stderr.hasSuffix("\n") && result.stderr.dropLast().contains("\n") == false, "one line")
            #expect(result.stdout.isEmpty)
        }
        #expect(try Self.files(in: folder) == ["booklet.pdf", "case.yaml"])
        #expect(FileManager.default.contents(atPath: output.path) == Data("previous good booklet".utf8))
    }

    @Test(arguments: [
        (["Fixtures/cases/no-such-case.yaml"], "no-such-case.yaml: cannot read "),
        (["Fixtures/invalid/unknown-tooth.yaml"], "unknown-tooth.yaml:20:21: variants[0].visits[0].items[0].teeth: unknown tooth 19"),
        (["Fixtures/cases/full-mouth.yaml", "--pages", "2,x"], "page selection \"2,x\": \"x\" is not a page number or a range like 3-5"),
        (["Fixtures/cases/full-mouth.yaml", "--pages", "400"], "page 400 is beyond the document's "),
        (["Fixtures/cases/full-mouth.yaml", "--dpi", "4", "--format", "png"], "resolution 4.0 dpi is outside 10…2400"),
        (["Fixtures/cases/full-mouth.yaml", "--variant", "4"], "variant 4 does not exist: full-mouth.yaml has 3"),
    ])
    func aBadCaseOrOptionFailsCleanly(arguments: [String], message: String) throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Self.run("planpress", ["render"] + arguments
                                  + ["--root", "Fixtures", "-o", folder.appendingPathComponent("out.pdf").path])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix(message), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(try Self.files(in: folder).isEmpty)
    }

    @Test func anUnwritableOutputExitsOne() throws {
        let result = try Self.run("planpress", ["render", "Fixtures/cases/one-variant.json", "--root", "Fixtures",
                                                "-o", "/nonexistent-folder/out.pdf"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("/nonexistent-folder/out.pdf: cannot write: "))
    }

    /// Fonts come only from `Fonts/`: traced, a render opens no system font, font cache or fontconfig file.
    @Test func noSystemFontOrFontconfigFileIsOpened() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let trace = folder.appendingPathComponent("trace").path
        let render = try TracedRun(tracing: ["open", "openat", "stat", "newfstatat", "access"],
                                   ["render", "Fixtures/cases/one-variant.json", "--root", "Fixtures",
                                    "-o", folder.appendingPathComponent("out.pdf").path], traceFile: trace)
        #expect(render.waitUntilExit() == 0)
        let paths = try render.paths()
        #expect(paths.contains { $0.hasSuffix("/Fonts/Inter-Regular.otf") }, "the trace sees the shipped fonts")
        let systemFolders = ["/etc/fonts", "/usr/share/fonts", "/usr/local/share/fonts", "/usr/share/fontconfig",
                             "/var/cache/fontconfig"]
        let system = paths.filter { path in
            systemFolders.contains { path.hasPrefix($0) } || path.contains("/.fonts") || path.contains("/.cache/fontconfig")
                || (path.hasSuffix(".ttf") || path.hasSuffix(".otf")) && !path.contains("/Fonts/")
        }
        #expect(system.isEmpty, "\(system)")
    }

    /// 200 renders in one process (`planpress-bench render-memory`, after 10 warm-ups): resident memory
    /// may grow by at most 8 MiB, i.e. no more than about 40 KiB a render, where a leaked page of frames
    /// or an image surface would cost megabytes.
    /// Under the address sanitizer its quarantine, which keeps freed memory from reuse to catch use after free,
    /// would count as growth (20 MiB over the 200), so it is off for this run; its leak check stays on.
    @Test func memoryStaysFlatOver200Renders() throws {
        let result = try CommandLineRun("planpress-bench", ["render-memory", "Fixtures/cases/one-variant.json", "Fixtures", "200"],
                                        environment: CommandLineRun.environment(addressSanitizerOptions: "quarantine_size_mb=0"))
        let fields = result.stdout.split(whereSeparator: { $0 == " " || $0 == "\n" })
            .reduce(into: [String: Int]()) { fields, pair in
                let parts = pair.split(separator: "=")
                if parts.count == 2 { fields[String(parts[0])] = Int(parts[1]) }
            }
        let before = try #require(fields["rss-before-kib"], "\(result.stdout)\(result.stderr)")
        let after = try #require(fields["rss-after-kib"])
        #expect(fields["renders"] == 200)
        #expect(after - before <= 8 * 1024, "resident memory grew from \(before) KiB to \(after) KiB")
    }
}
