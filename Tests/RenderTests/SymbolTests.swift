import Foundation
import Graphics
import Layout
import PlanPress
import Render
import TestSupport
import Testing

/// A symbol is written once per PDF however often it is placed, and looks like its shapes drawn in place;
/// on SVG it is its shapes drawn in place. The booklet's tooth charts place their outlines as symbols.
@Suite struct SymbolTests {
    /// A tooth-like outline: a filled and stroked curve, with a second stroked line.
    static let outline: Symbol = {
        var crown = Path()
        crown.move(to: Point(x: 0, y: 30))
        crown.curve(to: Point(x: 20, y: 30), control1: Point(x: -2, y: 2), control2: Point(x: 22, y: 2))
        crown.curve(to: Point(x: 0, y: 30), control1: Point(x: 14, y: 36), control2: Point(x: 6, y: 36))
        crown.close()
        return Symbol(shapes: [
            Shape(path: crown, fill: .color(Color(red: 0.95, green: 0.93, blue: 0.88)),
                  stroke: Stroke(color: Color(red: 0.37, green: 0.4, blue: 0.45), width: 1, join: .round)),
            Shape(path: .line(from: Point(x: 4, y: 12), to: Point(x: 16, y: 12)), stroke: Stroke(color: .black, width: 0.8)),
        ])
    }()

    /// Where a page places it 40 times: four rows of ten, mirrored on the right half, flipped in the lower rows.
    static let placements: [Graphics.AffineTransform] = (0..<40).map { index in
        let (row, column) = index.quotientAndRemainder(dividingBy: 10)
        let mirrored = column >= 5, flipped = row >= 2
        return Graphics.AffineTransform(a: mirrored ? -1 : 1, b: 0, c: 0, d: flipped ? -1 : 1,
                               tx: 20 + Double(column) * 32 + (mirrored ? 24 : 0), ty: 20 + Double(row) * 45 + (flipped ? 40 : 0))
    }

    /// A page with the outline at every placement, as a symbol or as its shapes drawn in place.
    static func page(asSymbol: Bool) -> Page {
        let frames: [Frame] = placements.map { transform in
            asSymbol ? Frame.symbol(outline, transform: transform)
                : Frame.group(transform: transform, clip: nil, children: outline.shapes.map(Frame.shape))
        }
        return Page(size: Size(width: 360, height: 210), frames: frames)
    }

    static func pdf(asSymbol: Bool) throws -> [UInt8] {
        let page = page(asSymbol: asSymbol)
        return try PDFExporter().export(LaidOutDocument(pages: [page, page], metadata: PDFMetadata(creationDate: "2026-11-23T00:00:00Z")))
    }

    /// How many form XObjects the PDF defines.
    static func formCount(_ pdf: [UInt8]) throws -> Int {
        try Poppler.objects(of: pdf).components(separatedBy: "/Subtype /Form").count - 1
    }

    /// How many form XObjects of the PDF draw something themselves, rather than only paint another form.
    static func drawingFormCount(_ pdf: [UInt8]) throws -> Int {
        try Poppler.objects(of: pdf).components(separatedBy: "/Subtype /Form").dropFirst().filter { form in
            guard let start = form.range(of: "stream\n"), let end = form.range(of: "endstream") else { return false }
            let content = form[start.upperBound..<end.lowerBound]
            return content.contains(/\s(m|l|c|re)\s/)
        }.count
    }

    /// How many curves the PDF draws, in its pages and forms: the outline has two.
    static func curveCount(_ pdf: [UInt8]) throws -> Int {
        try Poppler.objects(of: pdf).matches(of: /\sc\s/).count
    }

    @Test func aSymbolIsDrawnOnceInAPDFHoweverOftenItIsPlaced() throws {
        let shared = try Self.pdf(asSymbol: true), inPlace = try Self.pdf(asSymbol: false)
        #expect(try Self.curveCount(shared) == 2, "80 placements on two pages, the outline drawn once")
        #expect(try Self.curveCount(inPlace) == 160)
        // One form, named once in the resources every page shares, placed 80 times.
        #expect(try Self.formCount(shared) == 1)
        #expect(try Self.formCount(inPlace) == 0)
        #expect(try Poppler.status("qpdf", ["--check"], on: shared).status == 0)
    }

    @Test func aSymbolLooksLikeItsShapesDrawnInPlace() throws {
        let shared = try Poppler.rasterize(try Self.pdf(asSymbol: true), page: 2, dpi: 144)
        let inPlace = try Poppler.rasterize(try Self.pdf(asSymbol: false), page: 2, dpi: 144)
        let outcome = try ImageComparison.golden.compare(shared, inPlace)
        #expect(outcome.matches, "\(outcome)")
        let png = try PNGExporter(dpi: 144).export(Self.page(asSymbol: true))
        #expect(try ImageComparison.exact.compare(png, try PNGExporter(dpi: 144).export(Self.page(asSymbol: false))).matches)
    }

    /// Cairo 1.16's SVG surface never frees a recording painted on it (`FramePainter`), so an SVG draws
    /// every placement in place: the same SVG as the shapes placed one by one (but for the page's surface
    /// number, which Cairo counts per process), no `<use>`.
    @Test func anSVGDrawsASymbolInPlaceAtEveryPlacement() throws {
        func svg(asSymbol: Bool) throws -> String {
            String(decoding: try SVGExporter().export(Self.page(asSymbol: asSymbol)), as: UTF8.self)
                .replacing(/id="surface\d+"/, with: "id=\"surface\"")
        }
        let shared = try svg(asSymbol: true)
        #expect(shared == (try svg(asSymbol: false)))
        #expect(!shared.contains("<use"))
    }

    /// The full-mouth booklet draws about 30 teeth on each of its chart pages; their outlines are drawn in
    /// a few dozen forms (one per tooth type, size and look), not once per tooth.
    @Test func theBookletsChartsShareTheirToothOutlines() throws {
        let renderer = try BookletRenderTests.renderer()
        let pdf = try #require(try renderer.render(BookletRenderTests.fixtureInput(),
                                                    options: BookletRenderTests.options(.pdf)).files.first).bytes
        let forms = try Self.drawingFormCount(pdf)
        #expect(forms >= 20, "tooth outlines are drawn as shared symbols: \(forms) forms")
        #expect(forms <= 160, "each outline is written once per size and look: \(forms) forms")
    }
}
