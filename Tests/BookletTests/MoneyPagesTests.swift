import Booklet
import DentalModel
import Foundation
import Layout
import PlanEngine
import Testing

/// With insurance, every page where the patient compares or chooses says what they pay and what the
/// insurer pays; every line of an insured visit table shows both parts; a price above the list is never
/// worded as a saving; the jargon a plan uses is explained where the patient reads it.
@Suite struct MoneyPagesTests {
    /// 48 310 ₽ as `text(_:)` reads it.
    private static func rub(_ amount: String) -> String {
        digitsJoined(BookletFixture.collapsed(Money(amount, currency: .rub)!.formatted(.ru)))
    }

    /// pdftotext reads the narrow space between thousands in small type as nothing or as a space; this
    /// joins digit groups either way, so amounts compare whatever it read.
    private static func digitsJoined(_ text: String) -> String {
        let characters = Array(text)
        var result = ""
        for (index, character) in characters.enumerated() {
            let group = characters.dropFirst(index + 1).prefix(4)
            let joins = character == " " && index > 0 && characters[index - 1].isNumber
                && group.prefix(3).count == 3 && group.prefix(3).allSatisfy(\.isNumber)
                && (group.count < 4 || !group.last!.isNumber)
            if !joins { result.append(character) }
        }
        return result
    }

    /// The text of `document` (or of its page `page`), amounts' digit groups joined.
    private static func text(_ document: LaidOutDocument, page: Int? = nil) throws -> String {
        digitsJoined(try BookletFixture.pdfText(document, page: page))
    }

    @Test(arguments: ["premium", "compact", "chairside"])
    func comparisonAndAcceptanceShowWhatThePatientAndTheInsurerPay(template: String) throws {
        let document = try BookletFixture().booklet(BookletFixture.loaded("insurance.yaml"), template: template)
        let comparisonPage = try #require(document.anchorPages["comparison"])  // bound first: as `page:` it was Int?? and never nil
        let comparison = try Self.text(document, page: comparisonPage)
        // The insured variant: the patient pays 48 310 of 82 600, the insurer 34 290; the other variant 81 700.
        #expect(comparison.contains("Платите вы"), "\(template)")
        #expect(comparison.contains(Self.rub("48310")), "\(template)")
        #expect(comparison.contains(Self.rub("34290")), "\(template)")
        #expect(comparison.contains(Self.rub("81700")), "\(template)")
        guard let acceptancePage = document.anchorPages["acceptance"] else { return }
        let acceptance = try Self.text(document, page: acceptancePage)
        #expect(acceptance.contains(Self.rub("48310")), "\(template)")
        #expect(acceptance.contains("ДМС «Базовый» оплачивает \(Self.rub("34290"))"), "\(template)")
        #expect(!acceptance.contains(Self.rub("82600")) || acceptance.contains("Стоимость лечения \(Self.rub("82600"))"),
                "\(template): the cost is only shown as the cost")
    }

    @Test func insuredVisitTableShowsBothPartsOnEveryLineAndMarksOwnExpense() throws {
        let document = try BookletFixture().booklet(BookletFixture.loaded("insurance.yaml"))
        let first = try #require(document.anchorPages["variant-1"]), second = try #require(document.anchorPages["variant-2"])
        let text = try (first..<second).map { try Self.text(document, page: $0) }.joined(separator: " ")
        // E01, three canals: 21 000 — the insurer 90 %, the patient 10 %.
        #expect(text.contains("страховая \(Self.rub("18900"))"))
        #expect(text.contains("вы \(Self.rub("2100"))"))
        // The post and the zirconia crown are outside the programme, each marked on its line and listed apart.
        #expect(text.components(separatedBy: "не входит в программу").count - 1 == 4)
        #expect(text.components(separatedBy: "за ваш счёт").count - 1 >= 3)
        #expect(text.contains("Вне программы ДМС «Базовый», за ваш счёт \(Self.rub("44500"))"))
        #expect(text.contains("Ваша доплата, 10 % \(Self.rub("3810"))"))
        #expect(text.contains("Платите вы \(Self.rub("48310"))"))
    }

    @Test func timelineSaysWhoseShareItShows() throws {
        let document = try BookletFixture().booklet(BookletFixture.loaded("insurance.yaml"))
        let timelinePage = try #require(document.anchorPages["timeline"])
        let timeline = try Self.text(document, page: timelinePage)
        #expect(timeline.contains("Платите вы"))
        #expect(timeline.contains("Оплачивает страховая"))
        #expect(!timeline.contains("Цена"))
    }

    /// An override above the list price on a covered item: the programme still counts its tariff, the
    /// difference is the patient's, and the notes say the price is above the list, never "your price".
    @Test func overrideAbovePriceIsNeitherASavingNorPaidByTheInsurer() throws {
        let loaded = try Self.insuranceCase(replacing: "{teeth: 36, code: E01, problem:",
                                            with: "{teeth: 36, code: E01, priceOverride: {price: \"8000\", reason: \"Изогнутые каналы\"}, problem:")
        let item = try loaded.quote().variants[0].visits[1].items[2]
        #expect(item.insurerShare.decimalString == "18900.00")
        #expect(item.patientShare.decimalString == "5100.00")
        let text = try Self.text(BookletFixture().booklet(loaded))
        #expect(text.contains("дороже тарифа программы, разница за ваш счёт"))
        #expect(text.contains("По прейскуранту \(Self.rub("7000")); в этом плане \(Self.rub("8000")), выше прейскуранта"))
        #expect(!text.contains("для вас \(Self.rub("8000"))"))
    }

    @Test func jargonIsExplainedInEveryLocale() throws {
        let fixture = try BookletFixture()
        let russian = try BookletFixture.pdfText(fixture.booklet(BookletFixture.loaded("full-mouth.yaml")))
        for term in ["Кюретаж —", "Остеоинтеграция —", "КЛКТ (компьютерная томография) —", "Распломбировка —"] {
            #expect(russian.contains(term), "\(term)")
        }
        let swedish = try BookletFixture.pdfText(fixture.booklet(BookletFixture.loaded("swedish.yaml")))
        #expect(swedish.contains("CBCT (tomografi med konstråle):"))
        #expect(swedish.contains("Inläkning (osseointegration):"))
        let frenchCase = try Self.editedCase("french.yaml", replacing: "solution: \"Couronne zircone\"}",
                                             with: "solution: \"Couronne zircone\"}\n          - {teeth: lower, code: CBCT}\n          - {teeth: \"44-47\", code: SURF}")
        let french = try BookletFixture.pdfText(fixture.booklet(frenchCase))
        #expect(french.contains("Cone beam (CBCT) :"))
        #expect(french.contains("Curetage, surfaçage :"))
        // A plan without such words gets no glossary.
        let insured = try BookletFixture.pdfText(fixture.booklet(BookletFixture.loaded("insurance.yaml")))
        #expect(!insured.contains("Слова из плана простыми словами"))
    }

    /// The insurance fixture with one line of its text replaced, loaded from a temporary copy.
    static func insuranceCase(replacing old: String, with new: String) throws -> LoadedCase {
        try editedCase("insurance.yaml", replacing: old, with: new)
    }

    /// Fixture case `name` with `old` replaced by `new`, loaded from a temporary copy.
    static func editedCase(_ name: String, replacing old: String, with new: String) throws -> LoadedCase {
        let fixtures = RepositoryPaths.fixtures
        let text = try String(contentsOf: RepositoryPaths.cases(name), encoding: .utf8)
            .replacingOccurrences(of: old, with: new)
            .replacingOccurrences(of: "../prices/", with: fixtures.appendingPathComponent("prices").path + "/")
            .replacingOccurrences(of: "../images/", with: fixtures.appendingPathComponent("images").path + "/")
        #expect(text.contains(new))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("money-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return try PlanEngine.load(caseURL: url, protocolURL: RepositoryPaths.templates.appendingPathComponent("protocol-rules.yaml"),
                                   imageRoot: fixtures)
    }
}
