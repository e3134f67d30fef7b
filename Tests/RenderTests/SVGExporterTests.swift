import Foundation
import Graphics
import Render
import Testing

@Suite struct SVGExporterTests {
    @Test func onePageInPointsWithTheJPEGEmbeddedAndPatternsAsVectors() throws {
        let svg = String(decoding: try SVGExporter().export(try SampleDocument().firstPage()), as: UTF8.self)
        #expect(svg.hasPrefix("<?xml"))
        #expect(svg.contains("width=\"360pt\" height=\"260pt\""))
        #expect(svg.contains("data:image/jpeg;base64,/9j/"))
        // Cairo wraps each of the two photos in a <pattern>; hatching and dots add none (they are paths).
        #expect(svg.components(separatedBy: "<pattern").count - 1 == 2)
        #expect(svg.contains("<clipPath"))
    }

    /// An SVG `<image>` is sized by its surface's pixels, and browsers apply a JPEG's own EXIF orientation:
    /// the smile keeps its JPEG bytes at its stored size; the EXIF-rotated photo is decoded (PNG), so it is
    /// turned once, by the drawing.
    @Test func imagesKeepTheirSizeAndAreTurnedOnce() throws {
        let svg = String(decoding: try SVGExporter().export(try SampleDocument().firstPage()), as: UTF8.self)
        let images = svg.components(separatedBy: "<image ").dropFirst().map { String($0.prefix(120)) }
        #expect(images.count == 2)
        #expect(images.contains { $0.contains("width=\"3000\" height=\"2000\"") && $0.contains("data:image/jpeg;base64,") })
        #expect(images.contains { $0.contains("width=\"2000\" height=\"3000\"") && $0.contains("data:image/png;base64,") })
    }
}
