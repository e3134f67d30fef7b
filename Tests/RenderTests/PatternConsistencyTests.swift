import Graphics
import Layout
import Render
import TestSupport
import Testing

/// Hatching and dots are drawn as vector lines and circles, so a PDF rasterised by poppler looks like
/// PlanPress's own PNG of the same page.
@Suite struct PatternConsistencyTests {
    static let patternsOnly = ImageComparison(channelTolerance: 60, maxDifferingFraction: 0.03)

    @Test func pdfAndPNGShowTheSameHatchingAndDots() throws {
        let sample = try SampleDocument()
        let page = Page(size: Size(width: 270, height: 150), frames: sample.patternShapes())
        let png = try PNGExporter(dpi: 144).export(page)
        let fromPDF = try Poppler.rasterize(try PDFExporter().export(LaidOutDocument(pages: [page], metadata: PDFMetadata())),
                                            page: 1, dpi: 144)
        let outcome = try Self.patternsOnly.compare(fromPDF, png)
        #expect(outcome.matches, "\(outcome)")

        // The comparison has teeth: the same shapes without their patterns do not match.
        let plain = Page(size: page.size, frames: sample.patternShapes(includingPatterns: false))
        let unpatterned = try Self.patternsOnly.compare(fromPDF, try PNGExporter(dpi: 144).export(plain))
        #expect(!unpatterned.matches, "\(unpatterned)")
    }
}
