import Foundation
import Graphics
import Layout
import Render
import Testing

/// Writes the gallery when `PLANPRESS_GALLERY` names an output directory (see `Samples/make-gallery.sh`);
/// always checks that it builds with every glyph in the shipped fonts.
@Suite struct GalleryTests {
    @Test func galleryBuildsAndIsWrittenOnRequest() throws {
        let engine = try ChartFixtures.engine()
        let page = try GalleryPage.build(engine: engine)
        #expect(page.frames.count > 1000)
        let unknown = page.frames.reduce(0) { total, frame in
            if case let .text(block, _, _) = frame { return total + block.unknownGlyphCount }
            return total
        }
        #expect(unknown == 0)
        guard let directory = ProcessInfo.processInfo.environment["PLANPRESS_GALLERY"] else { return }
        let base = URL(fileURLWithPath: directory).appendingPathComponent("odontogram-gallery")
        let pdf = try PDFExporter().export(LaidOutDocument(
            pages: [page], metadata: PDFMetadata(title: "PlanPress odontogram gallery", creator: "PlanPress",
                                                 creationDate: "D:20261123000000Z")))
        try Data(pdf).write(to: base.appendingPathExtension("pdf"))
        try Data(try PNGExporter(dpi: 110, compressionLevel: 9).export(page)).write(to: base.appendingPathExtension("png"))
    }
}
