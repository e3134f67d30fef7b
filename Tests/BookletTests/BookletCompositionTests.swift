import Booklet
import DentalModel
import Foundation
import Graphics
import Layout
import PlanEngine
import Testing

/// The booklet has every section, nothing leaves its box, and the PDF says what the case says.
@Suite struct BookletCompositionTests {
    @Test func fullMouthPremiumHasEverySectionOnAtLeastEightPages() throws {
        let document = try BookletFixture().booklet(BookletFixture.loaded("full-mouth.yaml"))
        #expect(document.pages.count >= 8)
        let anchors = document.anchorPages
        for anchor in ["cover", "current-state", "variant-1", "variant-2", "variant-3", "comparison", "timeline",
                       "justifications", "acceptance"] {
            #expect(anchors[anchor] != nil, "missing section \(anchor)")
        }
        #expect(anchors["cover"] == 0)
        #expect(document.overflowingFrames().isEmpty)
        #expect(document.unknownGlyphCount == 0)
        #expect(document.outline.map(\.anchor).contains("variant-2"))
    }

    /// The layout engine here has no deadline, so only the composer's own check between sections can stop it.
    @Test func compositionPastItsDeadlineStopsBetweenSections() throws {
        #expect(throws: GraphicsError.deadlinePassed) {
            try BookletFixture().booklet(BookletFixture.loaded("full-mouth.yaml"), deadline: Deadline(after: .zero))
        }
    }

    @Test func serviceCodesStayOnOneLineInTheVisitTable() throws {
        let loaded = try BookletFixture.loaded("french.yaml")
        let document = try BookletFixture().booklet(loaded)
        let codes = Set(loaded.dentalCase.variants.flatMap(\.visits).flatMap(\.items).map(\.code))
        let cells = document.pages.flatMap(ChairsideScreenTests.texts(on:)).filter { codes.contains($0.text) }
        #expect(Set(cells.map(\.text)) == codes)
        for cell in cells { #expect(cell.lines.count == 1, "\(cell.text) breaks over \(cell.lines.count) lines") }
    }

    @Test func oneVariantCaseHasNoComparison() throws {
        for template in ["premium", "compact", "chairside"] {
            let document = try BookletFixture().booklet(BookletFixture.loaded("one-variant.json"), template: template)
            #expect(document.anchorPages["comparison"] == nil, "\(template)")
            #expect(document.anchorPages["variant-1"] != nil, "\(template)")
        }
    }

    @Test func choosingOneVariantLeavesOutTheOthersAndTheComparison() throws {
        let document = try BookletFixture().booklet(BookletFixture.loaded("full-mouth.yaml"), variants: [1])
        #expect(document.anchorPages["variant-2"] != nil)
        #expect(document.anchorPages["variant-1"] == nil)
        #expect(document.anchorPages["comparison"] == nil)
    }

    @Test func everyFixtureInEveryTemplateStaysInsideItsBoxes() throws {
        let fixture = try BookletFixture()
        let cases = try FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.fixtures.appendingPathComponent("cases").path)
        for name in cases.sorted() {
            for template in ["premium", "chairside", "compact"] {
                let document = try fixture.booklet(BookletFixture.loaded(name), template: template)
                #expect(document.overflowingFrames().isEmpty, "\(name) \(template): \(document.overflowingFrames().prefix(3))")
                #expect(document.unknownGlyphCount == 0, "\(name) \(template)")
            }
        }
    }

    @Test func longNamesAFortyItemVisitAndThreeLineProblemsNeverOverflow() throws {
        let loaded = try BookletFixture.loaded("full-mouth.yaml")
        var dentalCase = loaded.dentalCase
        dentalCase.patient.name = "Констанция-Александра Вильгельмина Соколова-Преображенская-Задунайская"
        dentalCase.clinic.name = "Многопрофильный центр эстетической стоматологии и челюстно-лицевой хирургии «Белая линия — Премиум»"
        let threeLines = "Старая амальгамовая пломба с нависающими краями, под ней вторичный кариес; "
            + "пациентка отмечает застревание пищи и чувствительность к холодному уже более полугода"
        dentalCase.variants[0].name = "Мостовидные протезы на металлокерамическом каркасе с плечевой массой и индивидуальной характеризацией"
        let template = dentalCase.variants[0].visits[1].items[3]
        var visit = dentalCase.variants[0].visits[1]
        visit.items = (0..<40).map { index in
            var item = template
            item.problem = index.isMultiple(of: 3) ? threeLines : "Кариес \(index)"
            item.solution = threeLines
            return item
        }
        dentalCase.variants[0].visits[1] = visit
        let edited = try LoadedCase(dentalCase: dentalCase, prices: loaded.prices, rules: loaded.rules,
                                    caseFile: loaded.caseFile)
        let fixture = try BookletFixture()
        for template in ["premium", "chairside", "compact"] {
            let document = try fixture.booklet(edited, template: template)
            #expect(document.overflowingFrames().isEmpty, "\(template): \(document.overflowingFrames().prefix(3))")
            let text = try BookletFixture.pdfText(document)
            #expect(text.contains(BookletFixture.collapsed(dentalCase.patient.name)), "\(template)")
        }
    }

    /// The footer's two texts (clinic · patient, page x of y) share one baseline when the patient's name is
    /// in a taller fallback script: the first baselines, read from the laid-out text lines, are equal.
    @Test(arguments: ["محمد عبد الله", "王小明", "דוד כהן"])
    func footerTextsShareOneBaselineWithAFallbackScriptName(name: String) throws {
        let loaded = try BookletFixture.loaded("full-mouth.yaml")
        var dentalCase = loaded.dentalCase
        dentalCase.patient.name = name
        let edited = try LoadedCase(dentalCase: dentalCase, prices: loaded.prices, rules: loaded.rules,
                                    caseFile: loaded.caseFile)
        let document = try BookletFixture().booklet(edited)
        var baselines: [(text: String, x: Length, y: Length)] = []
        func visit(_ frames: [Frame]) {
            for frame in frames {
                switch frame {
                case let .text(block, origin, lines):
                    let first = block.lines[lines.lowerBound]
                    baselines.append((block.text, origin.x, origin.y + first.baseline - first.top))
                case let .group(_, _, children): visit(children)
                default: break
                }
            }
        }
        visit(document.pages[1].frames)
        let left = try #require(baselines.last { $0.text.contains(name) })
        // The page number: the text right of the name, within a line of it.
        let right = try #require(baselines.last { $0.x > left.x + 1 && abs($0.y - left.y) < 10 })
        #expect(abs(left.y - right.y) < 0.01, "\(left) vs \(right)")
    }

    @Test func pdfTextHasNamesEveryProblemSolutionAndTotal() throws {
        let loaded = try BookletFixture.loaded("full-mouth.yaml")
        let quote = try loaded.quote()
        let text = try BookletFixture.pdfText(try BookletFixture().booklet(loaded))
        let dentalCase = loaded.dentalCase
        #expect(text.contains(dentalCase.patient.name))
        for (variant, variantQuote) in zip(dentalCase.variants, quote.variants) {
            #expect(text.contains(BookletFixture.collapsed(variant.name)), "\(variant.name)")
            #expect(text.contains(BookletFixture.collapsed(variantQuote.total.formatted(dentalCase.locale))))
            for visit in variantQuote.visits {
                #expect(text.contains(BookletFixture.collapsed(visit.subtotal.formatted(dentalCase.locale))))
                for item in visit.items {
                    for words in [item.item.problem, item.item.solution].compactMap({ $0 }) {
                        #expect(text.contains(BookletFixture.collapsed(words)), "\(words)")
                    }
                }
            }
        }
    }

    @Test func moneyIsWrittenAsEachLocaleWritesIt() throws {
        let fixture = try BookletFixture()
        let french = try BookletFixture.pdfText(fixture.booklet(BookletFixture.loaded("french.yaml")))
        let frenchQuote = try BookletFixture.loaded("french.yaml").quote()
        let total = frenchQuote.variants[0].total.formatted(.fr)
        #expect(total.hasSuffix("\u{00A0}€") && total.contains(","))
        #expect(french.contains(BookletFixture.collapsed(total)))
        let english = try BookletFixture.pdfText(fixture.booklet(BookletFixture.loaded("french.yaml"), locale: .en))
        #expect(english.contains(BookletFixture.collapsed(frenchQuote.variants[0].total.formatted(.en))))
        #expect(english.contains("What we found"))
    }
}
