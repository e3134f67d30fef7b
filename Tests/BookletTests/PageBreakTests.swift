import DentalModel
import Foundation
import Graphics
import Layout
import PlanEngine
import Testing

/// Where the booklet's pages and lines break: a visit's heading goes with its first line, an amount is never
/// cut across lines, a Swedish compound breaks between its parts.
@Suite struct PageBreakTests {
    static let cases = ["child.yaml", "french.yaml", "full-mouth.yaml", "insurance.yaml", "swedish.yaml", "one-variant.json",
                        "long-names.yaml"]
    static let kicker: [CaseLocale: String] = [.ru: "Визит", .fr: "Séance", .sv: "Besök", .en: "Visit"]

    /// On the page that shows a visit's heading, the visit's first line (its code) follows it.
    @Test(arguments: ["premium", "compact"])
    func aVisitHeadingIsNeverLeftAloneAtAPageFoot(template: String) throws {
        let fixture = try BookletFixture()
        for name in Self.cases {
            let loaded = try BookletFixture.loaded(name)
            let document = try fixture.booklet(loaded, template: template)
            let pages = try (0..<document.pages.count).map { try BookletFixture.pdfText(document, page: $0) }
            let quote = try loaded.quote()
            for (variant, variantQuote) in quote.variants.enumerated() {
                for (number, visit) in variantQuote.visits.enumerated() {
                    let title = loaded.dentalCase.variants[variant].visits[number].title
                    let heading = "\(Self.kicker[loaded.dentalCase.locale]!) \(visit.number) \(title)"
                    guard let code = visit.items.first?.code else { continue }
                    let holding = pages.filter { $0.contains(heading) }
                    #expect(!holding.isEmpty, "\(name) \(template): \(heading)")
                    for page in holding {
                        let after = page[page.range(of: heading)!.upperBound...]
                        #expect(after.contains(code), "\(name) \(template): \(heading) ends its page")
                    }
                }
            }
        }
    }

    /// No line of any paragraph ends inside an amount ("18" | "900 ₽"): amounts hold no-break spaces and the
    /// price columns are wide enough for them.
    @Test func noAmountIsCutAcrossLines() throws {
        let fixture = try BookletFixture()
        for name in Self.cases {
            for template in ["premium", "chairside", "compact"] {
                let document = try fixture.booklet(BookletFixture.loaded(name), template: template)
                for block in Self.textBlocks(document) {
                    let lines = block.lineTexts
                    for (line, next) in zip(lines, lines.dropFirst()) {
                        let trimmed = line.trimmingCharacters(in: .whitespaces)
                        let cut = trimmed.last.map { $0.isNumber || $0 == "\u{202F}" || $0 == "\u{A0}" } == true
                            && next.first.map { $0.isNumber || "₽€$£".contains($0) || next.hasPrefix("kr") } == true
                        #expect(!cut, "\(name) \(template): \(lines)")
                    }
                }
            }
        }
    }

    /// In a narrow column a Swedish compound breaks between its parts and the hyphen is drawn there.
    @Test func aSwedishCompoundInANarrowColumnBreaksBetweenItsParts() throws {
        let fixture = try BookletFixture()
        let document = try fixture.booklet(BookletFixture.loaded("long-names.yaml"), template: "compact")
        let broken = Self.textBlocks(document).flatMap(\.lineTexts).filter { $0.hasSuffix("-") }
        #expect(!broken.isEmpty)
        #expect(broken.contains { $0.hasSuffix("kompositfyll-") } && broken.contains { $0.hasSuffix("underkä-") }, "\(broken)")
        for line in broken {
            // Never one letter or two before the hyphen, never a break the patterns do not allow.
            let word = line.split(separator: " ").last.map(String.init) ?? line
            #expect(word.count >= 3, "\(line)")
            #expect(!["tan-", "Tan-", "Ba-", "panoramar-"].contains { word.hasSuffix($0) }, "\(line)")
        }
        let again = try fixture.booklet(BookletFixture.loaded("long-names.yaml"), template: "compact")
        #expect(Self.textBlocks(again).flatMap(\.lineTexts) == Self.textBlocks(document).flatMap(\.lineTexts))
    }

    /// Every paragraph of the document, once each, in page order.
    static func textBlocks(_ document: LaidOutDocument) -> [TextBlock] {
        var seen = Set<ObjectIdentifier>(), blocks: [TextBlock] = []
        func visit(_ frames: [Frame]) {
            for frame in frames {
                switch frame {
                case let .text(block, _, _):
                    if seen.insert(ObjectIdentifier(block)).inserted { blocks.append(block) }
                case let .group(_, _, children): visit(children)
                default: break
                }
            }
        }
        for page in document.pages { visit(page.frames) }
        return blocks
    }
}
