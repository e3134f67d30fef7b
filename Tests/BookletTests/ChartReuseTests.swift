import Layout
import Render
import Testing

/// The layout engine keeps the charts it drew (`Drawing.identity`), so a render after an edit draws only
/// charts that changed. A dentist who adds a finding must see it in the next booklet all the same.
@Suite struct ChartReuseTests {
    @Test func anEditedToothIsDrawnInTheNextBookletOfTheSameEngine() throws {
        let original = try BookletFixture.loaded("insurance.yaml")
        let edited = try MoneyPagesTests.editedCase("insurance.yaml", replacing: "    24: {findings: [{kind: caries, surfaces: M}]}",
                                                    with: "    24: {findings: [{kind: caries, surfaces: M}]}\n    11: {state: missing}")
        let reused = try BookletFixture()
        let before = try PDFExporter().export(try reused.booklet(original))
        let after = try PDFExporter().export(try reused.booklet(edited))
        let fresh = try PDFExporter().export(try BookletFixture().booklet(edited))
        // Booleans, not the files: a failure names the expectation instead of printing megabytes.
        let asFresh = after == fresh, changed = after != before
        #expect(asFresh, "the engine that drew the case before draws the edited case as a new engine does")
        #expect(changed, "the edit shows")
        // Drawn again with nothing changed, the booklet is the same.
        let same = try PDFExporter().export(try reused.booklet(original)) == before
        #expect(same)
    }
}
