import Foundation
import Graphics
import Layout
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

    /// A service writes the same page again after other pages: the same bytes, though Cairo numbers images
    /// and page groups for the whole process; each kind is numbered from 1, and every reference follows.
    @Test func thePageExportedAgainAfterOthersGivesTheSameBytes() throws {
        let page = try SampleDocument().firstPage()
        let first = try SVGExporter().export(page)
        _ = try SVGExporter().export(page)
        let again = try SVGExporter().export(page)
        let same = again == first
        #expect(same, "the page's SVG changed from one export to the next")
        let svg = String(decoding: first, as: UTF8.self)
        #expect(svg.contains("id=\"surface1\"") && svg.contains("id=\"image1\"") && svg.contains("href=\"#image1\""))
        #expect(svg.contains("id=\"image2\"") && svg.contains("href=\"#image2\""))
    }

    /// Each photo is carried at the size shown, two pixels a point (135 pt → 270 px across, upright), as a
    /// JPEG without EXIF: the sideways photo keeps its stored orientation and is turned once, by the drawing.
    @Test func imagesAreCarriedAtTheSizeShownAndTurnedOnce() throws {
        let svg = String(decoding: try SVGExporter().export(try SampleDocument().firstPage()), as: UTF8.self)
        let images = svg.components(separatedBy: "<image ").dropFirst().map { String($0.prefix(120)) }
        #expect(images.count == 2)
        #expect(images.contains { $0.contains("width=\"270\" height=\"180\"") && $0.contains("data:image/jpeg;base64,") })
        #expect(images.contains { $0.contains("width=\"180\" height=\"270\"") && $0.contains("data:image/jpeg;base64,") })
        #expect(svg.utf8.count < 120_000, "\(svg.utf8.count) bytes")
    }

    /// A photo shown at two sizes on one page is written once, at the larger size, and used at both.
    @Test func aPhotoShownTwiceIsWrittenOnceAtItsLargerSize() throws {
        let sample = try SampleDocument()
        let frames: [Frame] = [
            .image(sample.smile, rect: Rect(x: 10, y: 10, width: 60, height: 40), clip: nil),
            .image(sample.smile, rect: Rect(x: 100, y: 10, width: 150, height: 100), clip: nil),
        ]
        let page = Page(size: Size(width: 400, height: 300), frames: frames)
        let svg = String(decoding: try SVGExporter().export(page), as: UTF8.self)
        #expect(svg.components(separatedBy: "data:image/").count - 1 == 1)
        #expect(svg.contains("width=\"300\" height=\"200\""))
    }
}
