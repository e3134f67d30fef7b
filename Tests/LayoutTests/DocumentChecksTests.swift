import Graphics
import Layout
import Testing

@Suite struct DocumentChecksTests {
    @Test func overflowingFramesReportsADrawingThatLeavesItsBox() throws {
        let engine = try LayoutFixtures.engine()
        let careless = Drawing(aspectRatio: 2) { rect in
            [.shape(Shape(path: .rectangle(rect.offsetBy(dx: 30, dy: 0)), fill: .color(.black)))]
        }
        let document = try engine.layout(document: LayoutFixtures.document([.drawing(careless)]))
        let overflows = document.overflowingFrames()
        #expect(overflows.count == 1)
        #expect(overflows.first?.page == 0)
        #expect(overflows.first.map { abs($0.bounds.maxX - 310) < 0.01 } == true)
    }

    @Test func aDrawingGetsItsWidthAndTheHeightItAsksFor() throws {
        let engine = try LayoutFixtures.engine()
        var given: [Rect] = []
        let chart = Drawing(heightForWidth: { $0 / 4 }) { rect in
            given.append(rect)
            return [.shape(Shape(path: .ellipse(in: rect), stroke: Stroke(color: .black)))]
        }
        let document = try engine.layout(document: LayoutFixtures.document([.spacer(10), .drawing(chart)]))
        #expect(given == [Rect(x: 0, y: 0, width: 260, height: 65)])
        #expect(document.pages[0].frames.first.map { abs($0.bounds.minY - 30) < 0.3 } == true)
    }

    @Test func linksAndOutlineMustPointAtAnchors() throws {
        let engine = try LayoutFixtures.engine()
        let link = Block.link(LayoutFixtures.text("See the prices"), to: .anchor("prices"))
        #expect(throws: LayoutError.unknownAnchor("prices")) {
            try engine.layout(document: LayoutFixtures.document([link]))
        }
        var document = LayoutFixtures.document([link, .pageBreak, .anchor("prices"), LayoutFixtures.text("Prices")])
        document.outline = [OutlineEntry(title: "Prices", anchor: "prices")]
        let laidOut = try engine.layout(document: document)
        #expect(laidOut.anchorPages == ["prices": 1])
        #expect(laidOut.outline == document.outline)
        document.outline = [OutlineEntry(title: "Gone", anchor: "gone")]
        #expect(throws: LayoutError.unknownAnchor("gone")) { try engine.layout(document: document) }
    }

    @Test func anAnchorDefinedTwiceIsAnError() throws {
        let engine = try LayoutFixtures.engine()
        #expect(throws: LayoutError.duplicateAnchor("a")) {
            try engine.layout(document: LayoutFixtures.document([.anchor("a"), LayoutFixtures.text("x"), .anchor("a")]))
        }
    }

    @Test func unknownGlyphsAreCounted() throws {
        let engine = try LayoutFixtures.engine()
        let clean = try engine.layout(document: LayoutFixtures.document([LayoutFixtures.text("Иванова · 158 500 ₽")]))
        #expect(clean.unknownGlyphCount == 0)
        // An Egyptian hieroglyph: no shipped font has it (Chinese now prints with the fallback fonts).
        let missing = try engine.layout(document: LayoutFixtures.document([LayoutFixtures.text("\u{13000}")]))
        #expect(missing.unknownGlyphCount == 1)
    }
}
