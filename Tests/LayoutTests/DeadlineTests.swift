import Graphics
import Layout
import Testing

/// A layout past its deadline stops instead of running to the end; without one it lays out as always.
@Suite struct DeadlineTests {
    @Test func aLayoutPastItsDeadlineStops() throws {
        let engine = try LayoutFixtures.engine()
        let document = LayoutFixtures.document([LayoutFixtures.text(LayoutFixtures.prose(400))])
        engine.deadline = Deadline(after: .zero)
        #expect(throws: LayoutError.deadlinePassed) { try engine.layout(document: document) }
        engine.deadline = Deadline(after: .seconds(3600))
        #expect(try engine.layout(document: document).pages.count > 1)
    }
}
