import Booklet
import DentalModel
import Graphics
import Layout
import Odontogram
import PlanEngine
import Testing

/// The key beside a chart is the chart module's legend of what that chart draws, in the booklet's
/// language, at a size a patient reads: in full beside the chart of today, and beside a variant's charts
/// only what its after-chart adds.
@Suite struct ChartLegendTests {
    @Test(arguments: [CaseLocale.ru, .en])
    func variantPageLegendListsOnlyWhatTheAfterChartAdds(locale: CaseLocale) throws {
        let loaded = try BookletFixture.loaded("full-mouth.yaml")
        let document = try BookletFixture().booklet(loaded, locale: locale)
        let page = try #require(document.anchorPages["variant-1"])
        let today = Self.todayKeys(loaded)
        let expected = Self.variantKeys(loaded, variant: 0).filter { !today.contains($0) }.map { $0.label(locale) }
        // Planned work and action badges at least; the current state's keys are not repeated.
        #expect(expected.contains(LegendKey.planned.label(locale)))
        #expect(expected.count >= 5)
        let labels = Self.legendLabels(on: document.pages[page]).map(\.text)
        #expect(labels == expected)
        // The page no longer repeats the keys of today: fewer than the pair draws, none of today's.
        #expect(labels.count < Self.variantKeys(loaded, variant: 0).count)
        #expect(!labels.contains(LegendKey.caries.label(locale)))
    }

    @Test func currentStatePageLegendListsWhatTheChartOfTodayDraws() throws {
        let loaded = try BookletFixture.loaded("full-mouth.yaml")
        let dentalCase = loaded.dentalCase
        let document = try BookletFixture().booklet(loaded)
        let today = Odontogram(formula: dentalCase.formula, notation: dentalCase.notation)
        let expected = ChartLegend(charts: [today]).keys.map { $0.label(dentalCase.locale) }
        let start = try #require(document.anchorPages["current-state"]), end = try #require(document.anchorPages["variant-1"])
        // The chart of today is the only one in the section.
        let labels = document.pages[start..<end].map { Self.legendLabels(on: $0).map(\.text) }.filter { !$0.isEmpty }
        #expect(labels == [expected])
        #expect(!expected.contains(LegendKey.planned.label(dentalCase.locale)))
    }

    @Test func legendPdfTextHasEveryLabelOfTheVariantCharts() throws {
        let loaded = try BookletFixture.loaded("full-mouth.yaml")
        let text = try BookletFixture.pdfText(BookletFixture().booklet(loaded, template: "compact", locale: .fr))
        for key in Self.variantKeys(loaded, variant: 1) {
            #expect(text.contains(BookletFixture.collapsed(key.label(.fr))), "\(key)")
        }
    }

    @Test func legendTextIsReadableAndLargerOnTheChairScreen() throws {
        let loaded = try BookletFixture.loaded("full-mouth.yaml")
        let fixture = try BookletFixture()
        var sizes: [String: Length] = [:]
        for template in ["premium", "compact", "chairside"] {
            let document = try fixture.booklet(loaded, template: template)
            // The chair's screens show the key once, beside the chart of today (the screen after the X-ray).
            let page = template == "chairside" ? try #require(document.anchorPages["current-state"]) + 1
                                               : try #require(document.anchorPages["variant-1"])
            let labels = Self.legendLabels(on: document.pages[page])
            #expect(!labels.isEmpty, "\(template)")
            sizes[template] = labels.map(\.style.size).min()
        }
        #expect((sizes["premium"] ?? 0) >= 7.5)
        #expect((sizes["compact"] ?? 0) >= 7.5)
        #expect((sizes["chairside"] ?? 0) > (sizes["premium"] ?? .infinity))
    }

    /// The legend keys of the chart of today.
    private static func todayKeys(_ loaded: LoadedCase) -> Set<LegendKey> {
        let dentalCase = loaded.dentalCase
        return Set(Odontogram(formula: dentalCase.formula, notation: dentalCase.notation).legendKeys)
    }

    /// The legend keys of variant `index`'s before and after charts, as the chart module builds them.
    private static func variantKeys(_ loaded: LoadedCase, variant index: Int) -> [LegendKey] {
        let dentalCase = loaded.dentalCase
        let after = loaded.afterState().variants[index]
        let changes = ChartChanges(after: after, before: dentalCase.formula)
        let before = Odontogram(formula: dentalCase.formula, notation: dentalCase.notation)
        let treated = Odontogram(formula: after.formula, notation: dentalCase.notation, changes: changes)
        return ChartLegend(charts: [before, treated]).keys
    }

    /// The text blocks on `page` whose whole text is a legend label of any locale, in drawing order.
    private static func legendLabels(on page: Page) -> [TextBlock] {
        let labels = Set(LegendKey.all.flatMap { key in CaseLocale.allCases.map { key.label($0) } })
        var blocks: [TextBlock] = []
        func visit(_ frames: [Frame]) {
            for frame in frames {
                switch frame {
                case let .text(block, _, _) where labels.contains(block.text): blocks.append(block)
                case let .group(_, _, children): visit(children)
                default: break
                }
            }
        }
        visit(page.frames)
        return blocks
    }
}
