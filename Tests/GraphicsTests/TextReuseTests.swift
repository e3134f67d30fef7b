import Graphics
import Testing

/// A render after a small edit reshapes only the text that changed: the engine hands back the paragraph it
/// laid out before for the same content, style, width and line limit, and a new one for anything else.
@Suite struct TextReuseTests {
    @Test func theSameParagraphIsShapedOnceAndAnyDifferenceShapesAgain() throws {
        let engine = TextEngine(fonts: try TestFonts.library(), reuseCapacity: 3)
        let style = TextStyle(size: 10)
        let first = try engine.layout(.plain("Имплантация 36"), style: style, width: 200)
        #expect(try engine.layout(.plain("Имплантация 36"), style: style, width: 200) === first)
        #expect(try engine.layout(.plain("Имплантация 46"), style: style, width: 200) !== first)
        #expect(try engine.layout(.plain("Имплантация 36"), style: style, width: 120) !== first)
        #expect(try engine.layout(.plain("Имплантация 36"), style: TextStyle(size: 11), width: 200) !== first)
        // Three more kept than the capacity: the engine started over, and lays the first out anew.
        let again = try engine.layout(.plain("Имплантация 36"), style: style, width: 200)
        #expect(again !== first)
        #expect(again.lineTexts == first.lineTexts)
    }

    /// A paragraph painted again where it was gives the glyph runs collected before; painted elsewhere, its
    /// runs move with it.
    @Test func glyphRunsFollowThePlaceTheyArePaintedAt() throws {
        let engine = TextEngine(fonts: try TestFonts.library())
        let block = try engine.layout(.plain("Имплантация 36, коронка"), style: TextStyle(size: 10), width: 200)
        let fonts = GlyphFonts()
        func xs(_ origin: Point) -> [Double] {
            block.glyphRuns(lines: 0..<block.lines.count, at: origin, fonts: fonts).flatMap { paint -> [Double] in
                guard case let .glyphs(run) = paint else { return [] }
                return run.x
            }
        }
        let here = xs(Point(x: 0, y: 0))
        #expect(!here.isEmpty)
        #expect(xs(Point(x: 0, y: 0)) == here)
        #expect(xs(Point(x: 10, y: 0)) == here.map { $0 + 10 })
        #expect(xs(Point(x: 0, y: 0)) == here)
    }
}
