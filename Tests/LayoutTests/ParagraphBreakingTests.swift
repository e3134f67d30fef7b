import Graphics
import Layout
import Testing

@Suite struct ParagraphBreakingTests {
    @Test func aLongParagraphKeepsEveryLineExactlyOnceAcrossPages() throws {
        let engine = try LayoutFixtures.engine()
        let document = try engine.layout(document: LayoutFixtures.document([LayoutFixtures.text(LayoutFixtures.prose(900))]))
        let pieces = document.texts
        #expect(document.pages.count >= 3)
        #expect(Set(pieces.map { ObjectIdentifier($0.block) }).count == 1, "one paragraph, measured once")
        let block = try #require(pieces.first?.block)
        #expect(pieces.map(\.lines.lowerBound) == [0] + pieces.dropLast().map(\.lines.upperBound), "no line lost or repeated")
        #expect(pieces.last?.lines.upperBound == block.lines.count)
        #expect(pieces.map(\.page) == Array(0..<pieces.count), "one piece per page")
        #expect(document.overflowingFrames().isEmpty)
    }

    @Test func aBreakLeavesAtLeastTwoLinesOnEachSide() throws {
        let engine = try LayoutFixtures.engine()
        let contentHeight: Length = 380
        let fiveLines = LayoutFixtures.prose(60)
        let lineHeight = try engine.height(of: LayoutFixtures.text("x"), width: 260)
        // Room for exactly one line at the foot of the page: the paragraph must not leave it there alone.
        let filler = Block.spacer(contentHeight - lineHeight - lineHeight * 1.5)
        let document = try engine.layout(document: LayoutFixtures.document([
            LayoutFixtures.text("Before"), filler, LayoutFixtures.text(fiveLines),
        ]))
        let pieces = document.texts.filter { $0.text == fiveLines }
        #expect(pieces.count == 1)
        #expect(pieces.first?.page == 1)
        #expect(pieces.first.map { $0.lines.count } ?? 0 >= 4)
    }

    @Test func aWidowIsAvoidedByCarryingTwoLines() throws {
        let engine = try LayoutFixtures.engine()
        let text = LayoutFixtures.prose(60)
        let measured = try engine.height(of: LayoutFixtures.text(text), width: 260)
        let lineHeight = try engine.height(of: LayoutFixtures.text("x"), width: 260)
        let lineCount = Int((measured / lineHeight).rounded())
        #expect(lineCount >= 4)
        // Room for all lines but the last: a lone last line on the next page would be a widow.
        let filler = Block.spacer(380 - lineHeight - lineHeight * (Double(lineCount) - 0.5))
        let document = try engine.layout(document: LayoutFixtures.document([LayoutFixtures.text("Before"), filler,
                                                                          LayoutFixtures.text(text)]))
        let pieces = document.texts.filter { $0.text == text }
        #expect(pieces.map(\.lines.count) == [lineCount - 2, 2])
    }

    @Test func plainTextIsNeverParsedAsMarkup() throws {
        let engine = try LayoutFixtures.engine()
        let document = try engine.layout(document: LayoutFixtures.document([LayoutFixtures.text("<b>36</b> & <i>")]))
        #expect(document.texts.first?.text == "<b>36</b> & <i>")
    }

    @Test func badTemplateMarkupIsATypedError() throws {
        let engine = try LayoutFixtures.engine()
        #expect {
            try engine.layout(document: LayoutFixtures.document([.paragraph(.markup("<b>open"), style: LayoutFixtures.body)]))
        } throws: { error in
            guard case .text = error as? LayoutError else { return false }
            return true
        }
    }

    @Test func maxLinesEllipsizes() throws {
        let engine = try LayoutFixtures.engine()
        let document = try engine.layout(document: LayoutFixtures.document([
            .paragraph(.plain(LayoutFixtures.prose(200)), style: LayoutFixtures.body, maxLines: 2),
        ]))
        let block = try #require(document.texts.first?.block)
        #expect(block.lines.count == 2)
        #expect(block.isEllipsized)
    }

    @Test func aRepeatedLabelIsShapedOnce() throws {
        let engine = try LayoutFixtures.engine()
        let labels = (0..<20).map { _ in LayoutFixtures.text("₽") }
        let document = try engine.layout(document: LayoutFixtures.document([.grid(labels, columns: 5)]))
        let blocks = Set(document.texts.map { ObjectIdentifier($0.block) })
        #expect(document.texts.count == 20)
        #expect(blocks.count == 1)
    }
}
