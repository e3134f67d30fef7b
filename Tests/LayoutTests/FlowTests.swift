import Graphics
import Layout
import Testing

@Suite struct FlowTests {
    /// A line of text and space that leave room for `lines` body lines at the foot of the small page.
    static func filler(leaving lines: Double, engine: LayoutEngine) throws -> Block {
        let lineHeight = try engine.height(of: LayoutFixtures.text("x"), width: 260)
        return .stack([LayoutFixtures.text("Intro"), .spacer(380 - lineHeight * (lines + 1))])
    }

    static var heading: Block { LayoutFixtures.text("Variant B: implant", LayoutFixtures.heading) }

    @Test(arguments: [true, false])
    func aHeadingKeptWithNextNeverEndsAPage(kept: Bool) throws {
        let engine = try LayoutFixtures.engine()
        let paragraph = LayoutFixtures.text(LayoutFixtures.prose(60))
        let document = try engine.layout(document: LayoutFixtures.document([
            try Self.filler(leaving: 2.5, engine: engine), kept ? .keepWithNext(Self.heading) : Self.heading, paragraph,
        ]))
        let headingPage = try #require(document.texts.first { $0.text.hasPrefix("Variant") }?.page)
        let paragraphPage = try #require(document.texts.first { $0.text.hasPrefix("ceramic") }?.page)
        #expect(paragraphPage == 1)
        // Without keep-with-next the heading is left alone at the foot: the test would see the difference.
        #expect(headingPage == (kept ? 1 : 0))
    }

    @Test func keepWithNextReachesAcrossNestedStacks() throws {
        let engine = try LayoutFixtures.engine()
        let title = Block.stack([.anchor("plan"), .keepWithNext(.stack([LayoutFixtures.text("Kicker"), Self.heading]))], spacing: 4)
        let document = try engine.layout(document: LayoutFixtures.document([
            try Self.filler(leaving: 4, engine: engine), .stack([title, .stack([LayoutFixtures.text(LayoutFixtures.prose(60))])]),
        ], spacing: 8))
        #expect(document.texts(onPage: 0) == ["Intro"])
        #expect(document.texts(onPage: 1).prefix(2) == ["Kicker", "Variant B: implant"])
        #expect(document.anchorPages["plan"] == 1)
    }

    @Test func anAnchorTravelsWithTheBlockAfterIt() throws {
        let engine = try LayoutFixtures.engine()
        let document = try engine.layout(document: LayoutFixtures.document([
            try Self.filler(leaving: 1.2, engine: engine), .anchor("variant-b"), .keepWithNext(Self.heading),
            LayoutFixtures.text(LayoutFixtures.prose(60)),
        ]))
        #expect(document.anchorPages["variant-b"] == 1)
    }

    @Test func keepTogetherMovesATotalWithItsLabel() throws {
        let engine = try LayoutFixtures.engine()
        let document = try engine.layout(document: LayoutFixtures.document([
            try Self.filler(leaving: 1.5, engine: engine),
            .keepTogether([LayoutFixtures.text("Total"), LayoutFixtures.text("158 500 ₽")]),
        ]))
        #expect(document.texts(onPage: 0) == ["Intro"])
        #expect(document.texts(onPage: 1) == ["Total", "158 500 ₽"])
    }

    @Test func aPageBreakEndsThePageButNeverMakesAnEmptyOne() throws {
        let engine = try LayoutFixtures.engine()
        let document = try engine.layout(document: LayoutFixtures.document([
            .pageBreak, LayoutFixtures.text("One"), .pageBreak, .pageBreak, LayoutFixtures.text("Two"), .pageBreak,
        ]))
        #expect(document.pages.count == 2)
        #expect(document.texts(onPage: 0) == ["One"])
        #expect(document.texts(onPage: 1) == ["Two"])
    }

    @Test func spacingAndSpacersAreDroppedAtTheTopOfAContinuedPage() throws {
        let engine = try LayoutFixtures.engine()
        let items = (1...80).map { LayoutFixtures.text("Item \($0)") }
        let document = try engine.layout(document: LayoutFixtures.document(items, spacing: 6))
        #expect(document.pages.count > 1)
        let top = try #require(document.texts.first).origin.y
        for page in document.pages.indices {
            let first = try #require(document.texts.first { $0.page == page })
            #expect(abs(first.origin.y - top) < 0.01, "page \(page + 1) starts where the first did")
        }
    }

    @Test func aBoxTallerThanAPageBreaksWithItsPaddingOnEveryPiece() throws {
        let engine = try LayoutFixtures.engine()
        let style = BoxStyle(fill: .color(Color(hex: "#F4F6F8") ?? .white), stroke: Stroke(color: .black, width: 1),
                             radius: 6, padding: Insets(12))
        let document = try engine.layout(document: LayoutFixtures.document([
            .box(LayoutFixtures.text(LayoutFixtures.prose(900)), style: style),
        ]))
        #expect(document.pages.count >= 2)
        for page in document.pages {
            guard case let .shape(shape) = page.frames.first else {
                Issue.record("each piece starts with its background")
                continue
            }
            let text = try #require(page.frames.compactMap { frame -> Rect? in
                if case .text = frame { return frame.bounds } else { return nil }
            }.first)
            #expect(text.minY - shape.path.bounds.minY >= 12 - 0.5 - 0.01)
            #expect(shape.path.bounds.maxY - text.maxY >= 12 - 0.5 - 0.01)
        }
        #expect(document.overflowingFrames().isEmpty)
    }

    @Test func aSmallBoxMovesWholeToTheNextPage() throws {
        let engine = try LayoutFixtures.engine()
        let document = try engine.layout(document: LayoutFixtures.document([
            try Self.filler(leaving: 2, engine: engine),
            .box(.stack([LayoutFixtures.text("Why"), LayoutFixtures.text("Because")]), style: BoxStyle(padding: Insets(8))),
        ]))
        #expect(document.texts(onPage: 1) == ["Why", "Because"])
    }

    @Test func rowColumnsShareTheWidthAndAlign() throws {
        let engine = try LayoutFixtures.engine()
        let document = try engine.layout(document: LayoutFixtures.document([
            .row([RowItem(.fixed(60), LayoutFixtures.text("Left")), RowItem(.fraction(1), LayoutFixtures.text(LayoutFixtures.prose(30))),
                  RowItem(.fraction(1), LayoutFixtures.text("Bottom"))], spacing: 10, alignment: .bottom),
        ]))
        let texts = document.texts
        let middle = try #require(texts.first { $0.text.hasPrefix("ceramic") })
        let bottom = try #require(texts.first { $0.text == "Bottom" })
        #expect(abs(middle.origin.x - (20 + 60 + 10)) < 0.01)
        #expect(abs(bottom.origin.x - (20 + 60 + 10 + 90 + 10)) < 0.01)
        #expect(abs((bottom.origin.y + bottom.block.size.height) - (middle.origin.y + middle.block.size.height)) < 0.01)
    }

    /// A taller fallback script (Arabic, CJK) next to Latin: with `.firstBaseline` both first lines sit on
    /// one baseline, where `.top` would put the fallback text's baseline lower.
    @Test(arguments: ["محمد عبد الله", "王小明", "דוד כהן"])
    func rowTextsShareTheFirstBaseline(name: String) throws {
        let engine = try LayoutFixtures.engine()
        let document = try engine.layout(document: LayoutFixtures.document([
            .row([RowItem(.fraction(1), LayoutFixtures.text("Clinic · \(name)")),
                  RowItem(.fixed(80), LayoutFixtures.text("Page 2 of 11"))], spacing: 8, alignment: .firstBaseline),
        ]))
        let texts = document.texts
        let left = try #require(texts.first { $0.text.hasPrefix("Clinic") })
        let right = try #require(texts.first { $0.text.hasPrefix("Page") })
        func baseline(_ text: PlacedText) -> Length {
            text.origin.y + text.block.lines[text.lines.lowerBound].baseline - text.block.lines[text.lines.lowerBound].top
        }
        #expect(abs(baseline(left) - baseline(right)) < 0.01, "\(baseline(left)) vs \(baseline(right))")
    }

    @Test func fixedColumnsWiderThanThePageAreATypedError() throws {
        let engine = try LayoutFixtures.engine()
        #expect(throws: LayoutError.columnsTooWide(needed: 310, available: 260)) {
            try engine.layout(document: LayoutFixtures.document([
                .row([RowItem(.fixed(200), .spacer(1)), RowItem(.fixed(100), .spacer(1))], spacing: 10),
            ]))
        }
    }
}
