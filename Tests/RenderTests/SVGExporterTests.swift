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
}
