import Foundation
import Graphics
import Layout
import PlanPress
@testable import Render
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
            #expect(ourText == cairoText, "\(name) in \(template): \(Self.firstDifference(ourText, cairoText))")
            for page in 1...pages.count {
                let difference = try Self.pixels.compare(try Poppler.rasterize(ours, page: page, dpi: 72),
                                                         try Poppler.rasterize(cairo, page: page, dpi: 72))
                #expect(difference.matches, "\(name) in \(template), page \(page): \(difference)")
            }
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

    /// Pixels (pdftoppm at 72 dpi) may differ by 64 of 255 per channel (anti-aliasing of glyph edges: Cairo
    /// rounds positions its own way), and 0.4 % of a page's pixels by more.
    static let pixels = ImageComparison(channelTolerance: 64, maxDifferingFraction: 0.004)

    /// The pages of a fixture in a template, reduced to their text (groups kept with their transforms,
    /// clips left out).
    static func textPages(_ name: String, template: String) throws -> [Page] {
        let renderer = try Renderer(resources: ResourceLocator(root: TestRepository.root))
        let document = try renderer.layout(.file(atPath: TestRepository.path("Fixtures/cases/\(name)"),
                                                 root: TestRepository.root.appendingPathComponent("Fixtures")),
                                           options: RenderOptions(template: template))
        return document.pages.map { Page(size: $0.size, frames: textOnly($0.frames)) }
    }

    static func textOnly(_ frames: [Frame]) -> [Frame] {
        frames.compactMap { frame in
            switch frame {
            case .text: frame
            case let .group(transform, _, children): .group(transform: transform, clip: nil, children: textOnly(children))
            default: nil
            }
        }
    }

    /// Keeps both files in $PLANPRESS_KEEP_PDF (a folder), when set, to look at.
    static func keep(_ ours: [UInt8], _ cairo: [UInt8], _ name: String) {
        guard let folder = ProcessInfo.processInfo.environment["PLANPRESS_KEEP_PDF"] else { return }
        try? Data(ours).write(to: URL(fileURLWithPath: "\(folder)/\(name)-ours.pdf"))
        try? Data(cairo).write(to: URL(fileURLWithPath: "\(folder)/\(name)-cairo.pdf"))
    }

    static func firstDifference(_ a: String, _ b: String) -> String {
        let a = a.split(separator: "\n", omittingEmptySubsequences: false), b = b.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<min(a.count, b.count) where a[index] != b[index] {
            return "line \(index + 1): ours «\(a[index])» Cairo «\(b[index])»"
        }
        return "line counts \(a.count) vs \(b.count)"
    }
}

/// A PDF holding only text, written by `PDFTextWriter` on `PDFObjectTable` and `PDFResources`: catalog,
/// page tree, one page per `Page` with the shared resource dictionary. Groups become `q cm … Q`; their clips
/// and every frame other than text are left out.
enum TextOnlyPDF {
    static func write(_ pages: [Page]) throws(GraphicsError) -> [UInt8] {
        let objects = PDFObjectTable()
        let resources = PDFResources()
        let writer = PDFTextWriter(objects: objects, resources: resources)
        let catalog = objects.reserve(), tree = objects.reserve(), resourceObject = objects.reserve()
        var kids: [Int] = []
        for page in pages {
            var content = PDFContent()
            content.concatenate(AffineTransform(a: 1, b: 0, c: 0, d: -1, tx: 0, ty: page.size.height))
            try show(page.frames, writer: writer, into: &content)
            let stream = try objects.addStream("", data: content.bytes)
            kids.append(objects.add("<< /Type /Page /Parent \(tree) 0 R /MediaBox [0 0 \(PDFSyntax.number(page.size.width)) \(PDFSyntax.number(page.size.height))] /Resources \(resourceObject) 0 R /Contents \(stream) 0 R >>"))
        }
        try writer.finish()
        objects.define(resourceObject, resources.dictionary)
        objects.define(tree, "<< /Type /Pages /Kids [\(kids.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(kids.count) >>")
        objects.define(catalog, "<< /Type /Catalog /Pages \(tree) 0 R >>")
        return try objects.file(version: "1.7", root: catalog, info: nil, id: String(repeating: "0", count: 32))
    }

    private static func show(_ frames: [Frame], writer: PDFTextWriter, into content: inout PDFContent) throws(GraphicsError) {
        for frame in frames {
            switch frame {
            case let .text(block, origin, lines):
                try writer.show(block, lines: lines, at: origin, into: &content)
            case let .group(transform, _, children):
                content.append("q\n")
                content.concatenate(transform)
                try show(children, writer: writer, into: &content)
                content.append("Q\n")
            default:
                break
            }
        }
    }
}
