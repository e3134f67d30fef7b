import DentalModel
import Foundation
import Testing

@Suite("Loading case files")
struct CaseLoaderTests {
    let loader = CaseLoader(imageRoot: FixturePaths.fixtures)

    @Test func fullMouthLoads() throws {
        let dentalCase = try loader.load(FixturePaths.cases("full-mouth.yaml"))
        #expect(dentalCase.locale == .ru)
        #expect(dentalCase.currency == .rub)
        #expect(dentalCase.variants.count == 3)
        #expect(dentalCase.imaging.photos.count >= 4)
        #expect(dentalCase.imaging.xrays.first?.kind == .panoramic)
        let tooth36 = try #require(ToothNumber(fdi: 36))
        #expect(dentalCase.formula.record(for: tooth36).state == .missing)
        let tooth25 = try #require(ToothNumber(fdi: 25))
        #expect(dentalCase.formula.record(for: tooth25).restoration(.filling)?.surfaces == [.mesial, .occlusal, .distal])
        #expect(dentalCase.variants[0].visits[3].durationMinutes == 180)
        #expect(dentalCase.variants[1].visits[2].interval == VisitInterval(count: 3, unit: .months,
                                                                             reason: "заживление лунки 26"))
        let declined = dentalCase.variants[2].visits[3].items[4]
        #expect(declined.declinedJustification?.hasPrefix("Пациентка отказалась") == true)
        #expect(dentalCase.pricesURL?.lastPathComponent == "ru-clinic.yaml")
    }

    private func error(in yaml: String, root: URL? = nil) -> InputError? {
        do {
            _ = try CaseLoader(imageRoot: root ?? FixturePaths.fixtures)
                .read(text: yaml, fileName: "test.yaml", directory: FixturePaths.fixtures.appendingPathComponent("cases"))
            return nil
        } catch {
            return error
        }
    }

    static let header = """
    schemaVersion: 1
    locale: en
    currency: EUR
    date: 2026-11-23
    validUntil: 2027-01-23
    clinic: {name: C, address: A, phone: "1"}
    patient: {name: P, birthDate: 1980-01-01, id: "1"}

    """

    static func caseText(formula: String = "formula: {}", item: String = "{teeth: 36, code: F01}",
                         variants: Int = 1) -> String {
        let variant = """
          - name: V
            goal: G
            visits:
              - title: T
                duration: 30
                items:
                  - \(item)

        """
        return header + formula + "\nvariants:\n" + String(repeating: variant, count: variants)
    }

    @Test func minimalCaseLoads() throws {
        #expect(error(in: Self.caseText()) == nil)
    }

    @Test func unknownToothIsLocated() throws {
        let failure = try #require(error(in: Self.caseText(item: "{teeth: 19, code: F01}")))
        #expect(failure.path == "variants[0].visits[0].items[0].teeth")
        #expect(failure.line == 16)
        #expect(failure.message.contains("unknown tooth 19"))
        #expect(failure.description.hasPrefix("test.yaml:16:21: variants[0].visits[0].items[0].teeth: unknown tooth 19"))
    }

    @Test func missingToothWithFillingIsRefused() throws {
        let formula = "formula:\n  teeth:\n    36: {state: missing, restorations: [{kind: filling, surfaces: O}]}"
        let failure = try #require(error(in: Self.caseText(formula: formula)))
        #expect(failure.path == "formula.teeth.36")
        #expect(failure.message.contains("missing but has a filling"))
    }

    @Test func unknownSurfaceIsRefused() throws {
        let failure = try #require(error(in: Self.caseText(item: "{teeth: 36, code: F01, surfaces: MXO}")))
        #expect(failure.message.contains("unknown surface X"))
        #expect(failure.path.hasSuffix("items[0].surfaces"))
    }

    /// The incisal edge I exists only on incisors and canines, the occlusal surface O only on premolars
    /// and molars (primary molars included); every tooth has M D B L.
    @Test func surfacesMustExistOnTheTooth() throws {
        let occlusalOnIncisor = try #require(error(in: Self.caseText(item: "{teeth: 11, code: F01, surfaces: O}")))
        #expect(occlusalOnIncisor.path == "variants[0].visits[0].items[0].surfaces")
        #expect(occlusalOnIncisor.message == "tooth 11 is an incisor and has no occlusal surface O (its surfaces: M D B L I)")
        let incisalInRange = try #require(error(in: Self.caseText(item: "{teeth: \"34-36\", code: F01, surfaces: MI}")))
        #expect(incisalInRange.message == "tooth 34 is a premolar and has no incisal surface I (its surfaces: M O D B L)")
        let caries = "formula:\n  teeth:\n    36: {findings: [{kind: caries, surfaces: I}]}"
        let onFinding = try #require(error(in: Self.caseText(formula: caries)))
        #expect(onFinding.path == "formula.teeth.36.findings[0].surfaces")
        #expect(onFinding.message.hasPrefix("tooth 36 is a molar and has no incisal surface I"))
        let filling = "formula:\n  teeth:\n    13: {restorations: [{kind: filling, surfaces: MO}]}"
        #expect(error(in: Self.caseText(formula: filling))?.message.hasPrefix("tooth 13 is a canine and has no occlusal") == true)
        let primaryMolar = "formula:\n  dentition: primary\n  teeth:\n    54: {findings: [{kind: caries, surfaces: O}]}"
        #expect(error(in: Self.caseText(formula: primaryMolar, item: "{teeth: 61, code: F01, surfaces: MIV}")) == nil)
        #expect(error(in: Self.caseText(item: "{teeth: upper, code: F01, surfaces: B}")) == nil)
    }

    @Test func fourVariantsAreRefused() throws {
        let failure = try #require(error(in: Self.caseText(variants: 4)))
        #expect(failure.path == "variants")
        #expect(failure.message.contains("1 to 3 variants, found 4"))
    }

    @Test func negativeQuantityIsRefused() throws {
        let failure = try #require(error(in: Self.caseText(item: "{teeth: 36, code: F01, quantity: -2}")))
        #expect(failure.message.contains("at least 1, found -2"))
    }

    @Test func wrongTypeIsRefused() throws {
        let failure = try #require(error(in: Self.caseText(item: "{teeth: 36, code: F01, quantity: [1, 2]}")))
        #expect(failure.message.contains("wrong type"))
    }

    @Test func overrideNeedsReasonAndDeclinedNeedsJustification() throws {
        let noReason = try #require(error(in: Self.caseText(item: "{teeth: 36, code: F01, priceOverride: {price: \"100\"}}")))
        #expect(noReason.message == "a price override needs its reason")
        let badPrice = try #require(error(in: Self.caseText(item: "{teeth: 36, code: F01, priceOverride: {price: \"1.005\", reason: r}}")))
        #expect(badPrice.path.hasSuffix("priceOverride.price"))
        let noText = try #require(error(in: Self.caseText(item: "{teeth: 36, code: F01, declined: {justification: \"  \"}}")))
        #expect(noText.path.hasSuffix("declined.justification"))
        #expect(noText.message == "must not be empty")
        // Blank in any script: an ideographic space, a no-break space, a tab and a line separator.
        let blank = try #require(error(in: Self.caseText(item: "{teeth: 36, code: F01, declined: {justification: \"\\u3000\\u00a0\\t\\u2028\"}}")))
        #expect(blank.message == "must not be empty" && blank.path.hasSuffix("declined.justification"))
    }

    /// JSON may put tabs where YAML takes none (indentation): they read as spaces, and a tab written inside
    /// a string as `\t` stays a tab.
    @Test func jsonIndentedWithTabsReads() throws {
        let json = "{\n\t\"name\": \"a\\tb\",\n\t\"list\": [\n\t\t1\n\t]\n}"
        let root = try YAMLSource.parse(json, fileName: "t.json")
        #expect(try root.required("name").text() == "a\tb")
        #expect(try root.required("list").list().map { try $0.integer(in: 0...9) } == [1])
    }

    @Test func textIsKeptVerbatim() throws {
        let text = Self.caseText(item: "{teeth: 36, code: F01, problem: \"<b>Caries</b> & *wear* {x}\", solution: \"  two  spaces \"}")
        let dentalCase = try CaseLoader(imageRoot: FixturePaths.fixtures)
            .read(text: text, fileName: "t.yaml", directory: FixturePaths.fixtures)
        let item = dentalCase.variants[0].visits[0].items[0]
        #expect(item.problem == "<b>Caries</b> & *wear* {x}")
        #expect(item.solution == "  two  spaces ")
    }

    @Test func hugeNumbersAreErrorsNotCrashes() throws {
        let duration = Self.caseText().replacingOccurrences(of: "duration: 30", with: "duration: 99999999999999999999h")
        #expect(error(in: duration)?.path == "variants[0].visits[0].duration")
        let interval = Self.caseText().replacingOccurrences(of: "duration: 30", with: "duration: 30\n        interval: \"99999999999999999999 months\"")
        #expect(error(in: interval)?.path == "variants[0].visits[0].interval")
        let quantity = Self.caseText(item: "{teeth: 36, code: F01, quantity: 99999999999999999999999}")
        #expect(error(in: quantity)?.message.contains("wrong type") == true)
        let price = Self.caseText(item: "{teeth: 36, code: F01, priceOverride: {price: \"999999999999999.999\", reason: r}}")
        #expect(error(in: price)?.path.hasSuffix("priceOverride.price") == true)
    }

    @Test func malformedYAMLIsLocated() throws {
        let failure = try #require(error(in: "schemaVersion: 1\nclinic: {name: [\n"))
        #expect(failure.message.contains("malformed YAML"))
        #expect(failure.line != nil)
    }

    @Test func imageOutsideRootIsRefused() throws {
        let text = Self.header.replacingOccurrences(of: "phone: \"1\"}", with: "phone: \"1\", logo: ../../Package.swift}")
            + "formula: {}\nvariants: []\n"
        let failure = try #require(error(in: text))
        #expect(failure.path == "clinic.logo")
        #expect(failure.message.contains("outside the allowed root"))
    }

    @Test func universalNotationIsNormalisedToFDI() throws {
        let text = Self.caseText(formula: "notation: universal\nformula:\n  teeth:\n    19: missing",
                                 item: "{teeth: \"3-5\", code: F01}")
        let dentalCase = try CaseLoader(imageRoot: FixturePaths.fixtures)
            .read(text: text, fileName: "u.yaml", directory: FixturePaths.fixtures)
        #expect(dentalCase.formula.records.keys.map(\.fdi) == [36])
        #expect(dentalCase.variants[0].visits[0].items[0].teeth.resolve(in: dentalCase.formula).map(\.fdi) == [16, 15, 14])
    }
}
