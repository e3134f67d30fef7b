import Booklet
import DentalModel
import Foundation
import Graphics
import Layout
import PlanEngine
import Testing

/// A draft for the clinic: its first page lists the protocol's findings, and every page carries the
/// "draft, not for the patient" mark; the patient's booklet shows neither.
@Suite struct DraftTests {
    static func noRubberDam() throws -> LoadedCase {
        try PlanEngine.load(caseURL: RepositoryPaths.fixtures.appendingPathComponent("protocol/no-rubber-dam.yaml"),
                            protocolURL: RepositoryPaths.templates.appendingPathComponent("protocol-rules.yaml"),
                            imageRoot: RepositoryPaths.fixtures)
    }

    @Test func theFirstPageListsTheFindingsErrorsFirst() throws {
        let loaded = try Self.noRubberDam()
        let findings = loaded.findings()
        #expect(findings.map(\.severity).contains(.error))
        let draft = try BookletFixture().booklet(loaded, draftFindings: findings)
        let firstPage = LaidOutDocument(pages: [draft.pages[0]], metadata: draft.metadata)
        let text = try BookletFixture.pdfText(firstPage)
        #expect(text.hasPrefix("Черновик для клиники"), "\(text.prefix(200))")
        let errors = try #require(text.range(of: "Нарушения протокола"))
        let warnings = try #require(text.range(of: "Что стоит проверить"))
        #expect(errors.lowerBound < warnings.lowerBound)
        #expect(text.contains("эндодонтическое лечение проводится только под коффердамом"))
        let patient = try BookletFixture.pdfText(try BookletFixture().booklet(loaded))
        #expect(!patient.contains("Черновик для клиники"))
        #expect(!patient.contains("не указано, какую проблему решает услуга"), "a warning on a patient's page")
    }

    @Test func everyPageCarriesTheMarkInsideThePage() throws {
        let template = try TemplateLoader(directory: RepositoryPaths.templates).load("premium")
        let fixture = try BookletFixture()
        let document = try fixture.booklet(BookletFixture.loaded("one-variant.json"))
        let marked = try DraftMarks.apply(to: document, template: template, locale: .en, text: fixture.text)
        #expect(marked.pages.count == document.pages.count)
        for (page, original) in zip(marked.pages, document.pages) {
            #expect(page.frames.count == original.frames.count + 3)
            let added = page.frames.suffix(3)
            let band = try #require(added.dropFirst().first?.bounds)
            #expect(band.minY == 0 && abs(band.width - page.size.width) < 0.01)
            let texts = added.compactMap { frame -> String? in
                switch frame {
                case let .text(block, _, _): block.text
                case let .group(_, _, children): children.compactMap { if case let .text(block, _, _) = $0 { block.text } else { nil } }.first
                default: nil
                }
            }
            #expect(texts == ["DRAFT — NOT FOR THE PATIENT", "DRAFT — NOT FOR THE PATIENT"])
            // The diagonal words stay on the page.
            let diagonal = try #require(added.first?.bounds)
            #expect(Rect(origin: .zero, size: page.size).contains(diagonal, tolerance: 1))
        }
    }
}
