import Booklet
import DentalModel
import Graphics
import Layout
import PlanEngine
import Testing

/// The chairside template (`layout: summary`) shows the current state on two screens, each variant on one
/// and the comparison on one, in type read from a metre and a half; nothing ever spills off a screen.
@Suite struct ChairsideScreenTests {
    @Test func fullMouthIsTwoScreensOfTodayOneScreenPerVariantAndOneComparison() throws {
        let document = try BookletFixture().booklet(BookletFixture.loaded("full-mouth.yaml"), template: "chairside")
        let anchors = document.anchorPages
        #expect(anchors["current-state"] == 0)
        #expect(anchors["variant-1"] == 2)
        #expect(anchors["variant-2"] == 3)
        #expect(anchors["variant-3"] == 4)
        #expect(anchors["comparison"] == 5)
        #expect(document.pages.count == 6)
        #expect(document.overflowingFrames().isEmpty, "\(document.overflowingFrames().prefix(3))")
    }

    @Test func aLongVisitListEndsInMoreVisitsAndKeepsItsScreen() throws {
        let loaded = try BookletFixture.loaded("full-mouth.yaml")
        var dentalCase = loaded.dentalCase
        let visits = dentalCase.variants[0].visits
        dentalCase.variants[0].visits = (0..<20).map { number in
            var visit = visits[number % visits.count]
            visit.title = "Приём номер \(number + 1)"
            return visit
        }
        let edited = try LoadedCase(dentalCase: dentalCase, prices: loaded.prices, rules: loaded.rules,
                                    caseFile: loaded.caseFile)
        let document = try BookletFixture().booklet(edited, template: "chairside")
        let first = try #require(document.anchorPages["variant-1"])
        #expect(document.anchorPages["variant-2"] == first + 1)
        #expect(document.overflowingFrames().isEmpty, "\(document.overflowingFrames().prefix(3))")
        let texts = Self.texts(on: document.pages[first]).map(\.text)
        // Some visits are listed, and one line counts exactly the rest.
        let listed = dentalCase.variants[0].visits.filter { texts.contains($0.title) }.count
        #expect(listed >= 1 && listed < 20)
        let template = try TemplateLoader(directory: RepositoryPaths.templates).load("chairside")
        let more = template.strings(for: .ru).plain(.variantMoreVisits, count: 20 - listed)
        #expect(texts.filter { $0.hasPrefix("+ ещё") } == [more])
    }

    @Test func everyScreenReadsFromTheChair() throws {
        let loaded = try BookletFixture.loaded("full-mouth.yaml")
        let document = try BookletFixture().booklet(loaded, template: "chairside")
        let total = try loaded.quote().variants[0].total.formatted(.ru)
        let page = try #require(document.anchorPages["variant-1"])
        let texts = Self.texts(on: document.pages[page])
        let variant = loaded.dentalCase.variants[0]
        let minimums = [(variant.name, 24.0), (variant.goal, 16), (variant.visits[0].title, 16), (total, 24), ("Итого", 16),
                        ("Время в кресле", 13)]
        for (text, minimum) in minimums {
            let size = texts.first { $0.text == text }?.style.size ?? 0
            #expect(size >= minimum, "\(text): \(size) pt")
        }
    }

    /// Every text block on `page`, in drawing order.
    static func texts(on page: Page) -> [TextBlock] {
        var blocks: [TextBlock] = []
        func visit(_ frames: [Frame]) {
            for frame in frames {
                switch frame {
                case let .text(block, _, _): blocks.append(block)
                case let .group(_, _, children): visit(children)
                default: break
                }
            }
        }
        visit(page.frames)
        return blocks
    }
}
