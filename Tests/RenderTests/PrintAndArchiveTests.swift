import Foundation
import Layout
import PlanPress
import Render
import Testing

/// The booklet PDF as a print shop, a screen reader and the medical record take it: a clean file
/// (`qpdf --check`), trim and bleed declared, tagged, whole words for text extraction, PDF/A-2b on request.
@Suite struct PrintAndArchiveTests {
    static let cases = ["child.yaml", "french.yaml", "full-mouth.yaml", "insurance.yaml", "one-variant.json", "swedish.yaml"]
    static let templates = ["premium", "compact", "chairside"]

    static func render(_ name: String, template: String = "premium", archival: Bool = false) throws -> [UInt8] {
        let renderer = try Renderer(resources: ResourceLocator(root: TestRepository.root))
        let options = RenderOptions(template: template, archival: archival)
        let output = try renderer.render(.file(atPath: TestRepository.path("Fixtures/cases/\(name)"),
                                               root: TestRepository.root.appendingPathComponent("Fixtures")), options: options)
        return try #require(output.files.first).bytes
    }

    /// `qpdf --check` exits 0 with no warning.
    @Test(arguments: cases) func everyFixtureInEveryTemplatePassesQPDFCheck(_ name: String) throws {
        for template in Self.templates {
            let pdf = try Self.render(name, template: template)
            let check = try Poppler.status("qpdf", ["--check"], on: pdf)
            #expect(check.status == 0, "\(name) in \(template): \(check.output.suffix(400))")
            #expect(!check.output.contains("WARNING"), "\(name) in \(template)")
        }
    }

    /// The premium sheet is the trimmed A4 page plus 3 mm of bleed: MediaBox and BleedBox the sheet,
    /// TrimBox the A4 page 3 mm in; a screen template's page is its own trim.
    @Test func printBoxesDeclareTheTrimmedPageInsideTheBleed() throws {
        let boxes = try Poppler.run("pdfinfo", ["-box", "-f", "1", "-l", "1"], on: try Self.render("one-variant.json"))
        #expect(boxes.contains("Page    1 MediaBox:      0.00     0.00   612.28   858.90"), "\(boxes)")
        #expect(boxes.contains("Page    1 BleedBox:      0.00     0.00   612.28   858.90"))
        // 3 mm = 8.50 pt; A4 = 595.28 × 841.89 pt.
        #expect(boxes.contains("Page    1 TrimBox:       8.50     8.50   603.78   850.39"))
        let screen = try Poppler.run("pdfinfo", ["-box", "-f", "1", "-l", "1"],
                                     on: try Self.render("one-variant.json", template: "chairside"))
        let corners = { (box: String) in
            screen.split(separator: "\n").first { $0.contains(box) }?.split(separator: " ").suffix(4).joined(separator: " ")
        }
        #expect(corners("TrimBox") != nil && corners("TrimBox") == corners("MediaBox"), "\(screen)")
    }

    /// Tagged, in the booklet's language; every outline entry is a level-1 heading, in order; a variant page
    /// reads heading, then paragraphs, a figure whose alternative text says what changes, a list and a
    /// table whose header cells come first and whose rows are read one after another.
    @Test func theBookletIsTaggedWithHeadingsFiguresListsAndTables() throws {
        let pdf = try Self.render("full-mouth.yaml")
        let info = try Poppler.run("pdfinfo", on: pdf)
        #expect(info.contains("Tagged:          yes"))
        let structure = try Poppler.run("pdfinfo", ["-struct-text"], on: pdf)
        let lines = structure.split(separator: "\n").map(String.init)
        #expect(lines.first == "Document")
        let headings = lines.indices.filter { lines[$0] == "  H1 (block)" }.map { lines[$0 + 1] }
        let renderer = try Renderer(resources: ResourceLocator(root: TestRepository.root))
        let outline = try renderer.layout(BookletRenderTests.fixtureInput(), options: RenderOptions()).outline
        #expect(headings.count == outline.count, "one H1 per outline entry: \(headings)")
        #expect(headings.first == "    \"План лечения\"")
        // A variant's heading is its kicker over its name (poppler prints an element's first line only).
        #expect(headings.contains { $0.contains("Вариант 2") })
        for role in ["  H2 (block)", "  Figure", "  Caption", "  L (block)", "    LI (block)", "  Table (block)",
                     "    TR", "      TH:", "         /Scope /Column", "      TD"] {
            #expect(lines.contains(role), "\(role)")
        }
        // The running footer is an artifact: never read as content.
        #expect(!structure.contains("Страница 2 из"))
        let bytes = try Poppler.objects(of: pdf)
        #expect(bytes.contains("/Lang (ru)"))
        #expect(bytes.components(separatedBy: "/Alt ").count - 1 >= 9, "the X-ray, seven photos, the chart of today, each variant's charts")
    }

    /// What a screen reader says for a variant's charts: "What changes" and the change of every tooth.
    @Test func aVariantsChartsAreReadAsWhatChanges() throws {
        let pdf = try Self.render("one-variant.json", template: "compact")
        let alternatives = try Self.alternativeTexts(pdf)
        #expect(alternatives.contains { $0.hasPrefix("Что изменится. ") || $0.hasPrefix("What changes. ") }, "\(alternatives)")
    }

    /// pdftotext gives letter-spaced labels as whole words ("Вариант", never "Вар и ант"), and a visit
    /// table's rows in order.
    @Test(arguments: cases) func textExtractionKeepsWholeWords(_ name: String) throws {
        for template in Self.templates {
            let text = try Poppler.run("pdftotext", on: try Self.render(name, template: template), trailing: ["-"])
            for broken in ["Вар и ант", "П лан", "Д ата", "Var iant", "P lan"] {
                #expect(!text.contains(broken), "\(name) in \(template): \(broken)")
            }
        }
        let text = try Poppler.run("pdftotext", ["-layout"], on: try Self.render("insurance.yaml"), trailing: ["-"])
        #expect(text.contains("Вариант 1"))
    }

    /// PDF/A-2b: XMP with the identification and the Info entries, an sRGB output intent, every font
    /// embedded, no encryption; the file stays clean and reproducible. (Links: `PDFExporterTests`.)
    @Test func pdfaWritesTheIdentificationTheOutputIntentAndEmbeddedFonts() throws {
        let pdf = try Self.render("one-variant.json", archival: true)
        #expect(try Self.render("one-variant.json", archival: true) == pdf)
        #expect(try Poppler.status("qpdf", ["--check"], on: pdf).status == 0)
        let xmp = try Poppler.run("pdfinfo", ["-meta"], on: pdf)
        #expect(xmp.contains("<pdfaid:part>2</pdfaid:part>"))
        #expect(xmp.contains("<pdfaid:conformance>B</pdfaid:conformance>"))
        #expect(xmp.contains("<xmp:CreateDate>2026-11-23T00:00:00Z</xmp:CreateDate>"))
        #expect(xmp.contains("<pdf:Producer>PlanPress</pdf:Producer>"))
        #expect(xmp.contains("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">"))
        #expect(try Poppler.run("pdfinfo", on: pdf).contains("Encrypted:       no"))
        let objects = try Poppler.objects(of: pdf)
        #expect(objects.contains("/S /GTS_PDFA1"))
        #expect(objects.contains("/OutputConditionIdentifier (sRGB IEC61966-2.1)"))
        #expect(objects.contains("/Type /Metadata"))
        #expect(!objects.contains("/Encrypt"))
        #expect(objects.hasPrefix("%PDF-1.7"))
        let fonts = try Poppler.run("pdffonts", on: pdf).split(separator: "\n").dropFirst(2)
        #expect(!fonts.isEmpty && fonts.allSatisfy { $0.split(separator: " ").suffix(5).first == "yes" })
        // Without the option the file is not PDF/A.
        #expect(!(try Poppler.run("pdfinfo", ["-meta"], on: try Self.render("one-variant.json"))).contains("pdfaid"))
    }

    /// The texts of the /Alt entries of `pdf`.
    static func alternativeTexts(_ pdf: [UInt8]) throws -> [String] {
        let objects = try Poppler.objects(of: pdf)
        return objects.matches(of: /\/Alt <feff([0-9a-f]*)>/).map { match in
            let hex = Array(match.1.utf8)
            var units: [UInt16] = []
            for start in stride(from: 0, to: hex.count - 3, by: 4) {
                units.append(UInt16(String(decoding: hex[start..<start + 4], as: UTF8.self), radix: 16) ?? 0)
            }
            return String(decoding: units, as: UTF16.self)
        }
    }
}
