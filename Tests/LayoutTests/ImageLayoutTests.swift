import Graphics
import Layout
import Testing

@Suite struct ImageLayoutTests {
    /// The one image frame of the first page.
    static func imageFrame(_ document: LaidOutDocument) throws -> (rect: Rect, clip: Rect?) {
        for frame in try #require(document.pages.first).frames {
            if case let .image(_, rect, clip) = frame { return (rect, clip) }
        }
        throw LayoutError.invalidSize("no image frame")
    }

    @Test func containLetterboxesCentredWithoutStretching() throws {
        let engine = try LayoutFixtures.engine()
        let xray = try LayoutFixtures.image("xray-panoramic.jpg")  // 2900 × 1400
        let document = try engine.layout(document: LayoutFixtures.document([
            .image(xray, sizing: .height(200), fit: .contain),
        ]))
        let (rect, clip) = try Self.imageFrame(document)
        #expect(clip == nil)
        #expect(abs(rect.width - 260) < 0.01)
        #expect(abs(rect.width / rect.height - 2900 / 1400) < 0.001)
        #expect(abs(rect.minY + rect.height / 2 - (20 + 100)) < 0.01, "centred in the 200-pt frame")
    }

    @Test func coverFillsTheFrameAndCropsTheRest() throws {
        let engine = try LayoutFixtures.engine()
        let xray = try LayoutFixtures.image("xray-panoramic.jpg")
        let document = try engine.layout(document: LayoutFixtures.document([
            .image(xray, sizing: .aspectRatio(1), fit: .cover),
        ]))
        let (rect, clip) = try Self.imageFrame(document)
        let box = Rect(x: 20, y: 20, width: 260, height: 260)
        #expect(clip == box)
        #expect(abs(rect.height - 260) < 0.01)
        #expect(abs(rect.width / rect.height - 2900 / 1400) < 0.001, "never stretched")
        #expect(abs(rect.minX + rect.width / 2 - 150) < 0.01)
        #expect(document.overflowingFrames().isEmpty, "the clip, not the cropped image, is what shows")
    }

    @Test func naturalSizingFollowsTheUprightAspectAndTheCaptionGoesUnder() throws {
        let engine = try LayoutFixtures.engine()
        let photo = try LayoutFixtures.image("photo-portrait.jpg")
        let upright = photo.uprightSize
        let document = try engine.layout(document: LayoutFixtures.document([
            .image(photo, sizing: .natural, caption: LayoutFixtures.text("Smile, front"), captionSpacing: 5),
        ]))
        let (rect, _) = try Self.imageFrame(document)
        #expect(abs(rect.width / rect.height - upright.width / upright.height) < 0.001)
        let caption = try #require(document.texts.first)
        let line = caption.block.lines[0]
        let halfLeading = (LayoutFixtures.body.lineHeight - 1) * (line.bottom - line.top) / 2
        #expect(abs(caption.origin.y - (rect.maxY + 5 + halfLeading)) < 0.01)
    }

    @Test func anImageTallerThanAPageNamesItselfAndItsAnchor() throws {
        let engine = try LayoutFixtures.engine()
        let xray = try LayoutFixtures.image("xray-panoramic.jpg")
        #expect(throws: LayoutError.doesNotFit(block: "image 'xray-panoramic.jpg'", height: 500, available: 380,
                                               after: "imaging")) {
            try engine.layout(document: LayoutFixtures.document([.anchor("imaging"), .image(xray, sizing: .height(500))]))
        }
    }

    @Test func aGridKeepsColumnsEvenWhenTheLastRowIsShort() throws {
        let engine = try LayoutFixtures.engine()
        let photo = try LayoutFixtures.image("photo-smile.jpg")
        let cells = (0..<5).map { _ in Block.image(photo, sizing: .aspectRatio(4.0 / 3), fit: .cover) }
        let document = try engine.layout(document: LayoutFixtures.document([
            .grid(cells, columns: 3, columnSpacing: 10, rowSpacing: 10),
        ]))
        let clips = document.pages[0].frames.compactMap { frame -> Rect? in
            if case let .image(_, _, clip) = frame { return clip } else { return nil }
        }
        #expect(clips.count == 5)
        let width = (260 - 20) / 3.0
        #expect(clips.allSatisfy { abs($0.width - width) < 0.01 })
        #expect(abs(clips[3].minX - 20) < 0.01 && abs(clips[4].minX - (20 + width + 10)) < 0.01)
        #expect(abs(clips[3].minY - (clips[0].maxY + 10)) < 0.01)
    }
}
