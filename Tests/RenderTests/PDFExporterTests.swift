import Foundation
import Graphics
import Layout
@_spi(Benchmarks) import Render
import Testing

@Suite struct PDFExporterTests {
    let pdf: [UInt8]

    init() throws {
        pdf = try PDFExporter().export(try SampleDocument().document())
    }

    @Test func everyPageKeepsItsSizeAndTheMetadataComesFromTheInput() throws {
        let info = try Poppler.run("pdfinfo", ["-f", "1", "-l", "2"], on: pdf)
        #expect(info.contains("Pages:           2"))
        #expect(info.contains("Page    1 size:  360 x 260 pts"))
        #expect(info.contains("Page    2 size:  240 x 160 pts"))
        #expect(info.contains("Title:           Образец — Sample"))
        #expect(info.contains("Author:          PlanPress tests"))
        #expect(info.contains("CreationDate:    Mon Nov 23 00:00:00 2026 UTC"))
        #expect(info.contains("ModDate:         Mon Nov 23 00:00:00 2026 UTC"))
    }

    @Test func theSameDocumentGivesTheSameBytes() throws {
        #expect(try PDFExporter().export(try SampleDocument().document()) == pdf)
    }

    /// The finishing pass (boxes, language, structure) only appends to the file Cairo wrote: an incremental
    /// update that a PDF reader reads in place of the objects it replaces.
    @Test func finishingAppendsAnUpdateToCairosFile() throws {
        let (painted, finisher) = try PDFExporter().painted(try SampleDocument().document())
        #expect(pdf.count > painted.count && pdf.starts(with: painted))
        let update = String(decoding: pdf[painted.count...], as: UTF8.self)
        #expect(update.contains("/TrimBox") && update.contains("/Prev ") && update.hasSuffix("%%EOF\n"))
        #expect(try finisher.finish(painted) == pdf)
        #expect(try Poppler.status("qpdf", ["--check"], on: pdf).status == 0)
    }

    @Test func textIsRealTextAndCaseMarkupStaysLiteral() throws {
        let text = try Poppler.run("pdftotext", on: pdf, trailing: ["-"])
        #expect(text.contains("Соколова Марина — 158 500 ₽"))
        #expect(text.contains("<span>&amp; stays literal"))
        #expect(text.contains("Подробности"))
    }

    @Test func onlyTheShippedFontsAreEmbeddedAsSubsets() throws {
        let rows = try Poppler.run("pdffonts", on: pdf).split(separator: "\n").dropFirst(2)
        #expect(!rows.isEmpty)
        for row in rows {
            let columns = row.split(separator: " ", omittingEmptySubsequences: true)
            #expect(columns[0].wholeMatch(of: /[A-Z]{6}\+(Inter|NotoSerif)-[A-Za-z]+/) != nil, "\(row)")
            #expect(columns.suffix(5).prefix(3) == ["yes", "yes", "yes"], "emb, sub, uni: \(row)")
        }
    }

    /// The smile is shown on both pages and embedded once; the EXIF-rotated photo travels as its JPEG.
    @Test func photosTravelAsTheirJPEGBytesOnceEach() throws {
        let rows = try Poppler.run("pdfimages", ["-list"], on: pdf).split(separator: "\n").dropFirst(2)
            .map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
        #expect(rows.count == 3)
        #expect(rows.allSatisfy { $0[2] == "image" && $0[8] == "jpeg" })
        let smiles = rows.filter { $0[3] == "3000" && $0[4] == "2000" }
        #expect(smiles.map { $0[0] } == ["1", "2"])
        #expect(Set(smiles.map { $0[10] }).count == 1, "one object for both pages")
        #expect(rows.contains { $0[3] == "2000" && $0[4] == "3000" }, "the sideways photo's stored pixels")
        let smileBytes = try Data(contentsOf: URL(fileURLWithPath: TestRepository.path("Fixtures/images/photo-smile.jpg")))
        #expect(Self.occurrences(of: [UInt8](smileBytes.prefix(64)), in: pdf) == 1)
    }

    @Test func linksOutlineAndDestinationsArePresent() throws {
        let destinations = try Poppler.run("pdfinfo", ["-dests"], on: pdf)
        // pdfinfo -dests prints "   2 [ XYZ …] "details"": the page, then the name.
        let pages = destinations.split(separator: "\n").reduce(into: [String: String]()) { pages, line in
            let words = line.split(separator: " ")
            if let name = words.last, let page = words.first { pages[String(name)] = String(page) }
        }
        #expect(pages["\"top\""] == "1")
        #expect(pages["\"details\""] == "2")
        let raw = try Poppler.objects(of: pdf)
        #expect(raw.contains("/Subtype /Link"))
        #expect(raw.contains("/Type /Outlines"))
    }

    /// Cairo 1.16 takes tag coordinates as page coordinates, so the painter maps them through groups.
    @Test func linksAndAnchorsInsideGroupsLandInPageCoordinates() throws {
        let shift = AffineTransform.translation(100, 50)
        let page = Page(size: Size(width: 300, height: 200), frames: [
            .group(transform: shift, clip: nil, children: [
                .anchor("inside", at: Point(x: 5, y: 10)),
                .shape(Shape(path: .rectangle(Rect(x: 0, y: 0, width: 20, height: 10)), fill: .color(.black))),
                .link(Rect(x: 0, y: 0, width: 20, height: 10), target: .anchor("inside")),
            ]),
        ])
        let raw = try Poppler.objects(of: try PDFExporter().export(LaidOutDocument(pages: [page], metadata: PDFMetadata())))
        // PDF space has y up: the page is 200 high, so y 50…60 becomes 140…150 and y 60 becomes 140.
        #expect(raw.contains("/Rect [ 100 140 120 150 ]"))
        #expect(raw.contains("/XYZ 105 140 0 ]"))
    }

    /// PDF/A-2b wants every annotation printed and never hidden: each link carries /F 4.
    @Test func archivalLinksArePrintable() throws {
        let raw = try Poppler.objects(of: try PDFExporter(archival: true).export(try SampleDocument().document()))
        let links = raw.components(separatedBy: "/Subtype /Link").count - 1
        #expect(links > 0)
        #expect(raw.components(separatedBy: "/F 4").count - 1 == links)
        #expect(!(try Poppler.objects(of: pdf)).contains("/F 4"))
    }

    /// A link or outline entry whose anchor's page is left out is dropped, not left dangling.
    @Test func aSelectionDropsWhatPointsOutsideIt() throws {
        let firstOnly = try PDFExporter().export(try SampleDocument().document(), pages: PageSelection(parsing: "1"))
        let raw = try Poppler.objects(of: firstOnly)
        #expect(!raw.contains("/Subtype /Link"))
        #expect(try Poppler.run("pdfinfo", on: firstOnly).contains("Pages:           1"))
        let destinations = try Poppler.run("pdfinfo", ["-dests"], on: firstOnly)
        #expect(destinations.contains("\"top\"") && !destinations.contains("\"details\""))
        #expect(throws: GraphicsError.invalidOutput("page 3 is beyond the document's 2 pages")) {
            try PDFExporter().export(try SampleDocument().document(), pages: PageSelection(parsing: "3"))
        }
    }

    static func occurrences(of needle: [UInt8], in haystack: [UInt8]) -> Int {
        guard let first = needle.first, needle.count <= haystack.count else { return 0 }
        var count = 0
        for index in 0...(haystack.count - needle.count) where haystack[index] == first {
            if haystack[index..<index + needle.count].elementsEqual(needle) { count += 1 }
        }
        return count
    }
}
