import Graphics
import Layout
import Testing

/// A drawing with an identity is drawn once per rectangle and engine: measured while a booklet is composed,
/// laid out after, and laid out again by the next render of an edited case, a tooth chart costs one drawing.
@Suite struct DrawingReuseTests {
    /// Counts the calls of the drawings it makes.
    final class Counter {
        var draws = 0

        /// A 100 pt square drawing one filled rectangle, counted; `identity` as given.
        func square(identity: AnyHashable?) -> Block {
            .drawing(Drawing(heightForWidth: { _ in 100 }, identity: identity) { rect in
                self.draws += 1
                return [.shape(Shape(path: .rectangle(rect), fill: .color(.black)))]
            })
        }
    }

    @Test func anIdentifiedDrawingIsDrawnOncePerRectangle() throws {
        let engine = try LayoutFixtures.engine(), counter = Counter()
        let first = try engine.layout(document: LayoutFixtures.document([counter.square(identity: "chart")]))
        _ = try engine.height(of: counter.square(identity: "chart"), width: 260)
        let again = try engine.layout(document: LayoutFixtures.document([counter.square(identity: "chart")]))
        #expect(counter.draws == 1)
        #expect(first.pages[0].frames.count == again.pages[0].frames.count)
        // Another width is another rectangle: drawn again.
        _ = try engine.height(of: counter.square(identity: "chart"), width: 200)
        #expect(counter.draws == 2)
        // Another identity is another drawing.
        _ = try engine.height(of: counter.square(identity: "other chart"), width: 260)
        #expect(counter.draws == 3)
    }

    @Test func aDrawingWithoutIdentityIsDrawnEveryTime() throws {
        let engine = try LayoutFixtures.engine(), counter = Counter()
        for _ in 0..<3 { _ = try engine.height(of: counter.square(identity: nil), width: 260) }
        #expect(counter.draws == 3)
    }

    @Test func theKeptDrawingsAreBounded() throws {
        let fonts = try LayoutFixtures.engine().textEngine
        let engine = LayoutEngine(textEngine: fonts, drawingReuseCapacity: 2), counter = Counter()
        for name in ["a", "b", "c", "a"] { _ = try engine.height(of: counter.square(identity: name), width: 260) }
        // "c" found the memory full and started it over: "a" was drawn again.
        #expect(counter.draws == 4)
    }
}
