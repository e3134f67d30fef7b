import Foundation
import Graphics
import Layout
import Render
import TestSupport
import Testing

/// Pixel comparisons with the images in `Golden/` (see `ImageComparison.golden` for the tolerance).
@Suite struct GoldenTests {
    static let goldens = GoldenImages(directory: TestRepository.root.appendingPathComponent("Tests/RenderTests/Golden"))

    /// Every frame kind on one page: text, gradient, dashed stroke, hatching, cross-hatching, dots, a
    /// rotated clipped group, an EXIF-rotated photo (upright) and a clipped photo.
    @Test func samplePage() throws {
        try Self.goldens.check(try PNGExporter(dpi: 96).export(try SampleDocument().firstPage()), named: "sample-page.png")
    }

    /// `photo-left.jpg` stores its pixels turned 90° and says so in EXIF (orientation 6); it must be drawn
    /// upright, 3:2 landscape, in PNG as in PDF.
    @Test func exifRotatedPhotoStandsUpright() throws {
        let sample = try SampleDocument()
        let page = Page(size: Size(width: 150, height: 100),
                        frames: [.image(sample.sideways, rect: Rect(x: 0, y: 0, width: 150, height: 100), clip: nil)])
        let png = try PNGExporter(dpi: 72).export(page)
        try Self.goldens.check(png, named: "exif-upright.png")
        let fromPDF = try Poppler.rasterize(try PDFExporter().export(LaidOutDocument(pages: [page], metadata: PDFMetadata())),
                                            page: 1, dpi: 72)
        let outcome = try ImageComparison(channelTolerance: 40, maxDifferingFraction: 0.02).compare(fromPDF, png)
        #expect(outcome.matches, "PDF (rasterised by poppler) and PNG disagree: \(outcome)")
    }
}
