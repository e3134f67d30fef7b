import Foundation
import Synchronization
import Graphics
import Layout
import PlanPress
@_spi(Benchmarks) @testable import Render
import Testing
import TestSupport

/// PlanPress's own PDF text (`PDFTextWriter`) against Cairo's PDF of the same text: the booklet's pages
/// with their text frames only, written once by the writer (`TextOnlyPDF`) and once by `PDFExporter`, give
/// the same pixels, the same extracted text, and subset fonts with Unicode maps.
@Suite struct PDFTextWriterTests {
    /// Every fixture × template: pdftotext of the whole file is the same as Cairo's, and pages look alike.
    @Test(arguments: PrintAndArchiveTests.cases) func textAndPixelsMatchCairo(_ name: String) throws {
        for template in PrintAndArchiveTests.templates {
            let pages = try Self.textPages(name, template: template)
            let ours = try TextOnlyPDF.write(pages)
            let cairo = try PDFExporter().export(LaidOutDocument(pages: pages, metadata: PDFMetadata()))
            Self.keep(ours, cairo, "\(name)-\(template)")
            let ourText = try Poppler.run("pdftotext", on: ours, trailing: ["-"])
            let cairoText = try Poppler.run("pdftotext", on: cairo, trailing: ["-"])
            // The same lines; in the same order too, except where poppler's reading order of table cells
            // flips on positions: Cairo 1.16 writes widths rounded to whole 1/1000 em but advances its pen by
            // the exact ones, so its glyphs drift from Pango's by up to ~0.4 pt along a line, ours do not.
            #expect(Self.sortedLines(ourText) == Self.sortedLines(cairoText),
                    "\(name) in \(template): \(Self.firstDifference(ourText, cairoText))")
            if ourText != cairoText { print("PDFTextWriterTests: \(name) in \(template): same lines, order differs at \(Self.firstDifference(ourText, cairoText))") }
            var worst: ImageComparison.Outcome?
            for page in 1...pages.count {
                let difference = try Self.pixels.compare(try Poppler.rasterize(ours, page: page, dpi: 72),
                                                         try Poppler.rasterize(cairo, page: page, dpi: 72))
                #expect(difference.matches, "\(name) in \(template), page \(page): \(difference)")
                if difference.differingFraction >= worst?.differingFraction ?? 0 { worst = difference }
            }
            print("PDFTextWriterTests: \(name) in \(template), worst page: \(worst.map(String.init(describing:)) ?? "-")")
        }
    }

    /// pdffonts: every font a Type 0 subset named `ABCDEF+PostScriptName`, embedded, with a ToUnicode map;
    /// qpdf finds nothing to say; the same pages give the same bytes.
    @Test func fontsAreEmbeddedSubsetsWithUnicodeMaps() throws {
        let pages = try Self.textPages("full-mouth.yaml", template: "premium")
        let pdf = try TextOnlyPDF.write(pages)
        #expect(try TextOnlyPDF.write(pages) == pdf)
        let rows = try Poppler.run("pdffonts", on: pdf).split(separator: "\n").dropFirst(2)
        #expect(!rows.isEmpty)
        for row in rows {
            let columns = row.split(separator: " ", omittingEmptySubsequences: true)
            #expect(columns.first?.wholeMatch(of: /[A-Z]{6}\+(Inter|NotoSerif)-[A-Za-z]+/) != nil, "\(row)")
            #expect(Array(columns.suffix(5).prefix(3)) == ["yes", "yes", "yes"], "\(row)")
            #expect(row.contains("Identity-H"), "\(row)")
        }
        let check = try Poppler.status("qpdf", ["--check"], on: pdf)
        #expect(check.status == 0 && !check.output.contains("WARNING"), "\(check.output.suffix(400))")
    }

    /// Arabic, Hebrew and Chinese names (fallback fonts) read back as Cairo's do.
    @Test func otherScriptsExtractAsCairos() throws {
        let engine = TextEngine(fonts: try FontLibrary(directory: TestRepository.path("Fonts")))
        var frames: [Frame] = []
        var y = 40.0
        for text in ["Пациент: Ахмед الحسيني", "שרה כהן — טיפול", "王小明 治疗计划", "Option 1 : « Implant » — 1 200 €",
                     "Omrotfyllning och inläkning", "ﬁnal office ﬂow"] {
            let block = try engine.layout(.plain(text), style: TextStyle(size: 12))
            frames.append(.text(block, origin: Point(x: 40, y: y), lines: 0..<block.lines.count))
            y += 30
        }
        let spaced = try engine.layout(.plain("ВАРИАНТ ПЛАН"), style: TextStyle(size: 9, letterSpacing: 1.5))
        frames.append(.text(spaced, origin: Point(x: 40, y: y), lines: 0..<1))
        let pages = [Page(size: Size(width: 400, height: 300), frames: frames)]
        let ours = try TextOnlyPDF.write(pages)
        let cairo = try PDFExporter().export(LaidOutDocument(pages: pages, metadata: PDFMetadata()))
        Self.keep(ours, cairo, "scripts")
        let ourText = try Poppler.run("pdftotext", on: ours, trailing: ["-"])
        #expect(ourText == (try Poppler.run("pdftotext", on: cairo, trailing: ["-"])))
        #expect(ourText.contains("ВАРИАНТ"))
        let difference = try Self.pixels.compare(try Poppler.rasterize(ours, page: 1, dpi: 72),
                                                 try Poppler.rasterize(cairo, page: 1, dpi: 72))
        #expect(difference.matches, "\(difference)")
    }

    /// Markup (bold, italic, colour with alpha, underline, strikethrough, rise, small size), a centred,
    /// a right-aligned and a justified paragraph, an ellipsized line, and styles fontconfig synthesizes
    /// (bold Arabic, italic Noto Serif) look as Cairo draws them and read back the same.
    @Test func markupAlignmentAndSyntheticStylesMatchCairo() throws {
        let engine = TextEngine(fonts: try FontLibrary(directory: TestRepository.path("Fonts")))
        var frames: [Frame] = []
        var y = 30.0
        let paragraphs: [(TextContent, TextStyle, Double?, Int?)] = [
            (.markup("<b>Bold</b> and <i>italic</i>, <span foreground=\"#C03020\" alpha=\"50%\">red at half</span>, <u>under</u> <s>struck</s> H<span rise=\"-3000\" size=\"small\">2</span>O x<sup>2</sup>"),
             TextStyle(size: 11), nil, nil),
            (.plain("Centred text in a column that wraps onto a second line here"), TextStyle(size: 10, alignment: .center), 200, nil),
            (.plain("Right-aligned text in a column that wraps onto a second line"), TextStyle(size: 10, alignment: .right), 200, nil),
            (.plain("Justified paragraph with enough words to fill a few lines and stretch the spaces between them, as a booklet's explanation does."),
             TextStyle(language: "en", size: 10, alignment: .justify), 240, nil),
            (.plain("An ellipsized footer that is much too long to fit in the width it was given"), TextStyle(size: 9), 180, 1),
            (.plain("Ахмед الحسيني"), TextStyle(size: 14, weight: .bold), nil, nil),
            (.plain("Serif italic, synthesized"), TextStyle(family: "Noto Serif", size: 14, italic: true), nil, nil),
        ]
        for (content, style, width, maxLines) in paragraphs {
            let block = try engine.layout(content, style: style, width: width, maxLines: maxLines)
            frames.append(.text(block, origin: Point(x: 30, y: y), lines: 0..<block.lines.count))
            y += block.size.height + 12
        }
        let pages = [Page(size: Size(width: 420, height: y + 20), frames: frames)]
        let ours = try TextOnlyPDF.write(pages)
        let cairo = try PDFExporter().export(LaidOutDocument(pages: pages, metadata: PDFMetadata()))
        Self.keep(ours, cairo, "markup")
        #expect(try Poppler.run("pdftotext", on: ours, trailing: ["-"]) == (try Poppler.run("pdftotext", on: cairo, trailing: ["-"])))
        let difference = try Self.pixels.compare(try Poppler.rasterize(ours, page: 1, dpi: 72),
                                                 try Poppler.rasterize(cairo, page: 1, dpi: 72))
        #expect(difference.matches, "\(difference)")
        print("PDFTextWriterTests: markup page: \(difference)")
    }

    /// Font programs are shared by the whole process (the render service writes on several threads, each
    /// with its own `TextEngine`): documents written at the same time on four threads, each subsetting the
    /// same faces several times (the second subset of a face prepares it), come out byte for byte the same.
    @Test func threadsWritingAtOnceGetTheSameBytes() throws {
        let library = try FontLibrary(directory: TestRepository.path("Fonts"))
        let texts = ["Ортопедическое лечение: коронка на 36", "Omrotfyllning och inläkning", "Option 1 : « Implant »",
                     "Ахмед الحسيني — שרה כהן"]
        let results = Mutex<[[UInt8]]>([])
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            let engine = TextEngine(fonts: library)
            var written: [[UInt8]] = []
            for round in 0..<3 {
                var frames: [Frame] = []
                for (index, text) in texts.enumerated() {
                    guard let block = try? engine.layout(.plain(text), style: TextStyle(size: 10 + Double(round), weight: index % 2 == 0 ? .regular : .bold))
                    else { continue }
                    frames.append(.text(block, origin: Point(x: 20, y: 20 + 20 * Double(index)), lines: 0..<block.lines.count))
                }
                if let pdf = try? TextOnlyPDF.write([Page(size: Size(width: 300, height: 120), frames: frames)]) { written.append(pdf) }
            }
            results.withLock { $0.append(contentsOf: written) }
        }
        let all = results.withLock { $0 }
        #expect(all.count == 12)
        for round in 0..<3 {
            let first = all[round]
            #expect(all.enumerated().filter { $0.offset % 3 == round }.allSatisfy { $0.element == first })
        }
    }

    /// Pixels (pdftoppm at 72 dpi) may differ by 64 of 255 per channel (anti-aliasing of glyph edges: Cairo
    /// rounds positions its own way), and 0.4 % of a page's pixels by more; the fixtures measure 0.14 % at worst.
    static let pixels = ImageComparison(channelTolerance: 64, maxDifferingFraction: 0.004)

    /// The pages of a fixture in a template, reduced to their text (groups kept with their transforms,
    /// clips left out).
    static func textPages(_ name: String, template: String) throws -> [Page] {
        let renderer = try Renderer(resources: ResourceLocator(root: TestRepository.root))
        let document = try renderer.layout(.file(atPath: TestRepository.path("Fixtures/cases/\(name)"),
                                                 root: TestRepository.root.appendingPathComponent("Fixtures")),
                                           options: RenderOptions(template: template))
        return document.pages.map { Page(size: $0.size, frames: TextOnlyPDF.textFrames($0.frames)) }
    }

    /// Keeps both files in $PLANPRESS_KEEP_PDF (a folder), when set, to look at.
    static func keep(_ ours: [UInt8], _ cairo: [UInt8], _ name: String) {
        guard let folder = ProcessInfo.processInfo.environment["PLANPRESS_KEEP_PDF"] else { return }
        try? Data(ours).write(to: URL(fileURLWithPath: "\(folder)/\(name)-ours.pdf"))
        try? Data(cairo).write(to: URL(fileURLWithPath: "\(folder)/\(name)-cairo.pdf"))
    }

    static func sortedLines(_ text: String) -> [Substring] {
        text.split(separator: "\n").sorted()
    }

    static func firstDifference(_ a: String, _ b: String) -> String {
        let a = a.split(separator: "\n", omittingEmptySubsequences: false), b = b.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<min(a.count, b.count) where a[index] != b[index] {
            return "line \(index + 1): ours «\(a[index])» Cairo «\(b[index])»"
        }
        return "line counts \(a.count) vs \(b.count)"
    }
}
