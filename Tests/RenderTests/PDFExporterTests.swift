import Foundation
import Graphics
import Layout
import PlanPress
import Render
import Testing
import TestSupport

/// PlanPress's own PDF writer (`PDFExporter`), checked by what PDF tools read in its files: clean files,
/// boxes, real text in the shipped fonts, destinations, links and the outline, images once each and JPEGs
/// as their bytes, the structure tree, PDF/A entries, the same bytes every time, and pages that look like
/// Cairo's drawing of the same frames (the PNG exporter).
@Suite struct PDFExporterTests {
    let sample: SampleDocument
    let pdf: [UInt8]

    init() throws {
        sample = try SampleDocument()
        pdf = try PDFExporter().export(try sample.document())
    }

    @Test func theFileIsCleanAndEveryPageKeepsItsSizeAndTheMetadataFromTheInput() throws {
        let check = try Poppler.status("qpdf", ["--check"], on: pdf)
        #expect(check.status == 0 && !check.output.contains("WARNING"), "\(check.output)")
        #expect(pdf.starts(with: Array("%PDF-1.7".utf8)))
        let info = try Poppler.run("pdfinfo", ["-f", "1", "-l", "2"], on: pdf)
        #expect(info.contains("Pages:           2"))
        #expect(info.contains("Page    1 size:  360 x 260 pts"))
        #expect(info.contains("Page    2 size:  240 x 160 pts"))
        #expect(info.contains("Title:           Образец — Sample"))
        #expect(info.contains("Author:          PlanPress tests"))
        #expect(info.contains("Producer:        PlanPress"))
        #expect(info.contains("CreationDate:    Mon Nov 23 00:00:00 2026 UTC"))
        #expect(info.contains("ModDate:         Mon Nov 23 00:00:00 2026 UTC"))
    }

    @Test func theSameDocumentGivesTheSameBytes() throws {
        #expect(try PDFExporter().export(try sample.document()) == pdf)
        let objects = try Poppler.objects(of: pdf)
        #expect(objects.contains("/ID [<"), "a file identifier from the objects' digest")
    }

    @Test func aPageWithBleedDeclaresItsTrimBoxInsideTheSheet() throws {
        let page = Page(size: Size(width: 300, height: 200), frames: [], trimBox: Rect(x: 10, y: 10, width: 280, height: 180))
        let boxes = try Poppler.run("pdfinfo", ["-box", "-f", "1", "-l", "1"], on: try PDFExporter().export(LaidOutDocument(pages: [page], metadata: PDFMetadata())))
        #expect(boxes.contains("Page    1 MediaBox:      0.00     0.00   300.00   200.00"), "\(boxes)")
        #expect(boxes.contains("Page    1 BleedBox:      0.00     0.00   300.00   200.00"))
        #expect(boxes.contains("Page    1 TrimBox:      10.00    10.00   290.00   190.00"))
        let sheet = try Poppler.run("pdfinfo", ["-box", "-f", "1", "-l", "1"], on: pdf)
        #expect(sheet.contains("Page    1 TrimBox:       0.00     0.00   360.00   260.00"))
    }

    /// The smile is shown on both pages and embedded once; the EXIF-rotated photo travels as its JPEG; a
    /// PNG with transparency becomes deflated RGB with a soft mask; a CMYK JPEG is decoded to RGB.
    @Test func imagesAreWrittenOnceEachAndJPEGsAsTheirBytes() throws {
        let rows = try Self.imageList(pdf)
        #expect(rows.count == 3)
        #expect(rows.allSatisfy { $0[2] == "image" && $0[8] == "jpeg" })
        let smiles = rows.filter { $0[3] == "3000" && $0[4] == "2000" }
        #expect(smiles.map { $0[0] } == ["1", "2"])
        #expect(Set(smiles.map { $0[10] }).count == 1, "one object for both pages")
        #expect(rows.contains { $0[3] == "2000" && $0[4] == "3000" }, "the sideways photo's stored pixels")
        let smileBytes = try Data(contentsOf: URL(fileURLWithPath: TestRepository.path("Fixtures/images/photo-smile.jpg")))
        #expect(Self.occurrences(of: [UInt8](smileBytes.prefix(64)), in: pdf) == 1)

        let others = try PDFExporter().export(LaidOutDocument(pages: [try Self.imagePage()], metadata: PDFMetadata()))
        let list = try Self.imageList(others)
        #expect(list.contains { $0[2] == "image" && $0[5] == "gray" && $0[8] == "jpeg" }, "\(list)")
        #expect(list.contains { $0[2] == "image" && $0[5] == "rgb" && $0[8] == "image" }, "the CMYK photo and the logo, decoded: \(list)")
        let logo = try Image(contentsOf: TestRepository.path("Fixtures/images/clinic-logo.png"))
        if try Self.hasTransparency(logo) { #expect(list.contains { $0[2] == "smask" }, "\(list)") }
        #expect(try Poppler.status("qpdf", ["--check"], on: others).status == 0)
    }

    @Test func destinationsLinksAndTheOutlinePointWhereTheyShould() throws {
        let destinations = try Poppler.run("pdfinfo", ["-dests"], on: pdf)
        let pages = destinations.split(separator: "\n").reduce(into: [String: String]()) { pages, line in
            let words = line.split(separator: " ")
            if let name = words.last, let page = words.first { pages[String(name)] = String(page) }
        }
        #expect(pages["\"top\""] == "1")
        #expect(pages["\"details\""] == "2")
        let raw = try Poppler.objects(of: pdf)
        #expect(raw.contains("/Subtype /Link"))
        #expect(raw.contains("/Border [ 0 0 0 ]"))
        #expect(raw.contains("/Dest (details)"))
        #expect(raw.contains("/Type /Outlines"))
        // The outline: "Начало" (open, 1 child) with "Details" under it, as UTF-16 and ASCII titles.
        #expect(raw.contains("/Title (Details)"))
        #expect(raw.contains("/Count 2"), "the root counts the open entry and its child")
        #expect(!raw.contains("/F 4"))
    }

    @Test func linksAndAnchorsInsideGroupsLandInPageCoordinates() throws {
        let page = Page(size: Size(width: 300, height: 200), frames: [
            .group(transform: .translation(100, 50), clip: nil, children: [
                .anchor("inside", at: Point(x: 5, y: 10)),
                .shape(Shape(path: .rectangle(Rect(x: 0, y: 0, width: 20, height: 10)), fill: .color(.black))),
                .link(Rect(x: 0, y: 0, width: 20, height: 10), target: .anchor("inside")),
                .link(Rect(x: 30, y: 0, width: 20, height: 10), target: .uri("https://example.org/plan?a=(1)")),
            ]),
        ])
        let raw = try Poppler.objects(of: try PDFExporter().export(LaidOutDocument(pages: [page], metadata: PDFMetadata())))
        // PDF space has y up: the page is 200 high, so y 50…60 becomes 140…150 and y 60 becomes 140.
        #expect(raw.contains("/Rect [ 100 140 120 150 ]"))
        #expect(raw.contains("/XYZ 105 140 0 ]"))
        #expect(raw.contains("/URI (https://example.org/plan?a=\\(1\\))"))
    }

    @Test func aSelectionDropsWhatPointsOutsideIt() throws {
        let firstOnly = try PDFExporter().export(try sample.document(), pages: PageSelection(parsing: "1"))
        let raw = try Poppler.objects(of: firstOnly)
        #expect(!raw.contains("/Subtype /Link"))
        #expect(!raw.contains("/Title (Details)"), "the outline entry of a page left out is dropped")
        #expect(try Poppler.run("pdfinfo", on: firstOnly).contains("Pages:           1"))
        let destinations = try Poppler.run("pdfinfo", ["-dests"], on: firstOnly)
        #expect(destinations.contains("\"top\"") && !destinations.contains("\"details\""))
        #expect(throws: GraphicsError.invalidOutput("page 3 is beyond the document's 2 pages")) {
            try PDFExporter().export(try sample.document(), pages: PageSelection(parsing: "3"))
        }
    }

    /// A truncated JPEG is never passed through: the file is refused with the image's error.
    @Test func aTruncatedJPEGIsRefused() throws {
        let whole = try Data(contentsOf: URL(fileURLWithPath: TestRepository.path("Fixtures/images/photo-smile.jpg")))
        let cut = try Image(bytes: [UInt8](whole.prefix(whole.count / 2)), name: "cut.jpg")
        let page = Page(size: Size(width: 200, height: 200), frames: [.image(cut, rect: Rect(x: 0, y: 0, width: 150, height: 100), clip: nil)])
        #expect {
            try PDFExporter().export(LaidOutDocument(pages: [page], metadata: PDFMetadata()))
        } throws: { error in
            "\(error)".hasPrefix("cut.jpg: truncated or corrupt JPEG")
        }
    }

    @Test func aPassedDeadlineStopsTheWriting() throws {
        #expect(throws: GraphicsError.deadlinePassed) {
            try PDFExporter().export(try sample.document(), deadline: Deadline(after: .zero))
        }
    }

    /// Roles become structure elements under one Document (`PDFStructureTree.elementType`): a paragraph inside
    /// a heading is not its own element, a figure carries its alternative text and hides what is inside it,
    /// header cells say they head their column, artifacts are not in the tree.
    @Test func rolesBecomeAStructureTreeUnderOneDocument() throws {
        let mark = Frame.shape(Shape(path: .rectangle(Rect(x: 10, y: 10, width: 5, height: 5)), fill: .color(.black)))
        var frames: [Frame] = []
        frames += Frame.structured(.heading(level: 1), Frame.structured(.paragraph, [mark]))
        frames += Frame.structured(.paragraph, [mark])
        frames += Frame.structured(.figure(alternativeText: "Что изменится"), Frame.structured(.paragraph, [mark]))
        frames += Frame.structured(.table, Frame.structured(.tableRow, Frame.structured(.headerCell, [mark]) + Frame.structured(.dataCell, [mark])))
        frames += Frame.structured(.artifact, [mark])
        frames.append(mark)
        let page = Page(size: Size(width: 100, height: 100), frames: frames)
        let file = try PDFExporter().export(LaidOutDocument(pages: [page, page], metadata: PDFMetadata(language: "ru")))
        #expect(try Poppler.status("qpdf", ["--check"], on: file).status == 0)
        #expect(try Poppler.run("pdfinfo", on: file).contains("Tagged:          yes"))
        let tree = try Poppler.run("pdfinfo", ["-struct"], on: file).split(separator: "\n").map(String.init)
        let page1 = ["  H1 (block)", "  P (block)", "  Figure", "  Table (block)", "    TR", "      TH:",
                     "         /Scope /Column", "      TD"]
        #expect(tree.first == "Document")
        #expect(Array(tree.dropFirst()) == page1 + page1, "\(tree)")
        #expect(try PrintAndArchiveTests.alternativeTexts(file) == ["Что изменится", "Что изменится"])
        let raw = try Poppler.objects(of: file)
        #expect(raw.contains("/Lang (ru)"))
        #expect(raw.contains("/MarkInfo << /Marked true >>"))
        #expect(raw.contains("/Artifact BMC"))
        #expect(raw.contains("/StructParents 1"))
    }

    /// The booklet's structure tree is, element for element, the one Cairo 1.16's PDF surface wrote before
    /// PlanPress wrote its own PDFs (`Golden/pdf-structure`, `pdfinfo -struct` of that file).
    @Test func theBookletsStructureTreeIsTheOneCairoWrote() throws {
        let renderer = try Renderer(resources: ResourceLocator(root: TestRepository.root))
        let document = try renderer.layout(BookletRenderTests.fixtureInput(), options: RenderOptions())
        let file = try PDFExporter(archival: document.archival).export(document)
        let golden = try String(contentsOfFile: TestRepository.path("Tests/RenderTests/Golden/pdf-structure/full-mouth-premium.txt"),
                                encoding: .utf8)
        #expect(try Poppler.run("pdfinfo", ["-struct"], on: file) == golden)
        let check = try Poppler.status("qpdf", ["--check"], on: file)
        #expect(check.status == 0 && !check.output.contains("WARNING"))
    }

    @Test func pdfaWritesTheIdentificationTheOutputIntentAndPrintableLinks() throws {
        let file = try PDFExporter(archival: true).export(try sample.document())
        #expect(try PDFExporter(archival: true).export(try sample.document()) == file)
        #expect(try Poppler.status("qpdf", ["--check"], on: file).status == 0)
        let xmp = try Poppler.run("pdfinfo", ["-meta"], on: file)
        #expect(xmp.contains("<pdfaid:part>2</pdfaid:part>"))
        #expect(xmp.contains("<pdfaid:conformance>B</pdfaid:conformance>"))
        #expect(xmp.contains("<xmp:CreateDate>2026-11-23T00:00:00Z</xmp:CreateDate>"))
        #expect(xmp.contains("<pdf:Producer>PlanPress</pdf:Producer>"))
        let objects = try Poppler.objects(of: file)
        #expect(objects.contains("/S /GTS_PDFA1"))
        #expect(objects.contains("/OutputConditionIdentifier (sRGB IEC61966-2.1)"))
        #expect(objects.contains("/Type /Metadata"))
        #expect(!objects.contains("/Interpolate true"), "PDF/A forbids asking for interpolation")
        let links = objects.components(separatedBy: "/Subtype /Link").count - 1
        #expect(links > 0 && objects.components(separatedBy: "/F 4").count - 1 == links)
        #expect(!(try Poppler.run("pdfinfo", ["-meta"], on: pdf)).contains("pdfaid"))
    }

    /// A page of every kind of drawing — fills with alpha, gradients, hatching, dots, a dashed stroke,
    /// groups with rotated and even-odd clips, symbols placed twice, photos upright, rotated, clipped, grey,
    /// CMYK and a PNG — drawn by poppler through Cairo looks like Cairo's drawing of the same frames (`PNGExporter`)
    /// within a small tolerance (text frames left out: the two rasterisers hint glyphs differently).
    @Test func pagesLookLikeCairosDrawingOfTheSameFrames() throws {
        var first = try sample.firstPage()
        first.frames = Self.withoutText(first.frames) + Self.symbolsAndClips()
        var second = try Self.imagePage()
        second.frames = Self.withoutText(second.frames)
        let file = try PDFExporter().export(LaidOutDocument(pages: [first, second], metadata: PDFMetadata()))
        let tolerance = ImageComparison(channelTolerance: 40, maxDifferingFraction: 0.004, maxMeanError: 1.5)
        for (number, page) in [first, second].enumerated() {
            let raster = try Poppler.rasterizeWithCairo(file, page: number + 1, dpi: 100, width: Int((page.size.width * 100 / 72).rounded()),
                                                        height: Int((page.size.height * 100 / 72).rounded()))
            let outcome = try tolerance.compare(raster, try PNGExporter(dpi: 100).export(page))
            #expect(outcome.matches, "page \(number + 1): \(outcome)")
        }
    }

    @Test func textIsRealTextAndCaseMarkupStaysLiteral() throws {
        let text = try Poppler.run("pdftotext", on: pdf, trailing: ["-"])
        #expect(text.contains("Соколова Марина — 158 500 ₽"))
        #expect(text.contains("<span>&amp; stays literal"))
        #expect(text.contains("Подробности"))
    }

    // MARK: Helpers

    /// Photos of every kind, one clipped, and a PNG.
    static func imagePage() throws -> Page {
        let grey = try Image(contentsOf: TestRepository.path("Fixtures/images/photo-grey.jpg"))
        let cmyk = try Image(contentsOf: TestRepository.path("Fixtures/images/photo-cmyk.jpg"))
        let logo = try Image(contentsOf: TestRepository.path("Fixtures/images/clinic-logo.png"))
        return Page(size: Size(width: 400, height: 300), frames: [
            .shape(Shape(path: .rectangle(Rect(x: 0, y: 0, width: 400, height: 300)), fill: .color(Color(red: 0.9, green: 0.95, blue: 1)))),
            .image(grey, rect: Rect(x: 10, y: 10, width: 120, height: 80), clip: nil),
            .image(cmyk, rect: Rect(x: 140, y: 10, width: 120, height: 80), clip: Rect(x: 150, y: 20, width: 80, height: 50)),
            .image(logo, rect: Rect(x: 10, y: 120, width: logo.uprightSize.width / 4, height: logo.uprightSize.height / 4), clip: nil),
        ])
    }

    /// Symbols (one with a dot fill) placed twice, a flipped and scaled symbol, a group clipped to a ring,
    /// a three-stop gradient fading out, translucent fill and stroke.
    static func symbolsAndClips() -> [Frame] {
        let tooth = Symbol(shapes: [
            Shape(path: .ellipse(in: Rect(x: 0, y: 0, width: 16, height: 24)), fill: .color(SampleDocument.paper),
                  stroke: Stroke(color: SampleDocument.ink, width: 1, join: .round)),
            Shape(path: .rectangle(Rect(x: 3, y: 12, width: 10, height: 8)), fill: .dots(Dots(color: SampleDocument.blue, spacing: 2.5, radius: 0.6))),
        ])
        var ring = Path.rectangle(Rect(x: -20, y: -20, width: 40, height: 40))
        ring.append(.ellipse(in: Rect(x: -10, y: -10, width: 20, height: 20)))
        return [
            .symbol(tooth, transform: .translation(270, 100)),
            .symbol(tooth, transform: .translation(295, 100)),
            .symbol(tooth, transform: AffineTransform(a: 1.5, b: 0, c: 0, d: -1.5, tx: 320, ty: 140)),
            .group(transform: .translation(300, 200), clip: ring, children: [
                .shape(Shape(path: .rectangle(Rect(x: -30, y: -30, width: 60, height: 60)), fill: .color(SampleDocument.red))),
            ]),
            .shape(Shape(path: .rectangle(Rect(x: 220, y: 200, width: 60, height: 40), radius: 5),
                         fill: .linearGradient(from: Point(x: 220, y: 200), to: Point(x: 220, y: 240),
                                               stops: [GradientStop(offset: 0, color: SampleDocument.red),
                                                       GradientStop(offset: 0.4, color: SampleDocument.blue.withAlpha(0.6)),
                                                       GradientStop(offset: 1, color: SampleDocument.blue.withAlpha(0))]))),
            .shape(Shape(path: .rectangle(Rect(x: 150, y: 200, width: 60, height: 30)), fill: .color(SampleDocument.teal.withAlpha(0.5)),
                         stroke: Stroke(color: SampleDocument.ink.withAlpha(0.6), width: 2, cap: .round, join: .bevel))),
        ]
    }

    static func withoutText(_ frames: [Frame]) -> [Frame] {
        frames.compactMap { frame in
            switch frame {
            case .text: nil
            case let .group(transform, clip, children): .group(transform: transform, clip: clip, children: withoutText(children))
            default: frame
            }
        }
    }

    /// `pdfimages -list` rows, split into columns.
    static func imageList(_ pdf: [UInt8]) throws -> [[String]] {
        try Poppler.run("pdfimages", ["-list"], on: pdf).split(separator: "\n").dropFirst(2)
            .map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
    }

    /// Whether any of `image`'s decoded pixels is not opaque.
    static func hasTransparency(_ image: Image) throws -> Bool {
        let surface = try image.rasterSurface(scaleDenominator: 1)
        let width = surface.pixelWidth, height = surface.pixelHeight
        return try surface.withPixels { rows, stride, hasAlpha in
            guard hasAlpha else { return false }
            for y in 0..<height {
                for x in 0..<width where rows[y * stride + 4 * x + 3] != 255 { return true }
            }
            return false
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
