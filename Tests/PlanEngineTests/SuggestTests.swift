import DentalModel
import Foundation
import PlanEngine
import Testing

/// `Suggester` as a dentist would check it: for each finding, the items each shipped strategy plans, and
/// whole cases that come out valid, deterministic and fit for a child.
@Suite("Suggesting variants from the chart")
struct SuggestTests {
    static let strategiesURL = Fixtures.rulesURL.deletingLastPathComponent().appendingPathComponent("strategies.yaml")

    /// A Russian adult's case with `teeth` (and `sextants`) as its formula and no variants.
    static func loadChart(_ teeth: String, sextants: String = "", dentition: String = "permanent",
                          birthDate: String = "1980-01-01", notation: String = "fdi") throws -> LoadedCase {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("suggest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: Fixtures.url("prices/ru-clinic.yaml"),
                                         to: folder.appendingPathComponent("ru-clinic.yaml"))
        let file = folder.appendingPathComponent("case.yaml")
        try """
        schemaVersion: 1
        notation: \(notation)
        locale: ru
        currency: RUB
        date: 2026-11-23
        validUntil: 2027-02-23
        prices: ru-clinic.yaml
        clinic: {name: "Клиника", address: "Москва", phone: "+7 495 000-00-00"}
        patient: {name: "Пациент", birthDate: \(birthDate), id: "1"}
        formula:
          dentition: \(dentition)
          teeth:
        \(teeth.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n"))
        \(sextants.isEmpty ? "" : "  sextants:\n" + sextants.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n"))
        """.write(to: file, atomically: true, encoding: .utf8)
        return try PlanEngine.load(caseURL: file, protocolURL: Fixtures.rulesURL, imageRoot: folder, requiresVariants: false)
    }

    /// The codes the strategy `id` plans for `loaded`, in visit order; empty when it plans nothing.
    static func codes(_ loaded: LoadedCase, strategy id: String) throws -> [String] {
        var rules = try SuggestionRulesLoader.load(strategiesURL)
        rules.strategies = rules.strategies.filter { $0.id == id }
        let suggestion = try Suggester.suggest(loaded, rules: rules)
        return suggestion.loaded.dentalCase.variants.first?.visits.flatMap { $0.items.map(\.code) } ?? []
    }

    /// Each finding kind with the items economy, optimal and premium plan for it (ru-clinic prices). The
    /// economy bridge turns metal-free because three metal units of three break the 50 % metal quota; a
    /// metal-ceramic crown on a fibre post is one metal unit of two, within it.
    @Test(arguments: [
        ("caries", "24: {findings: [{kind: caries, surfaces: D}]}", "", ["F01"], ["F01"], ["F01"]),
        ("fracture", "26: {findings: [fracture]}", "", ["F01"], ["ON1"], ["C02"]),
        ("wear", "11: {findings: [wear]}", "", ["F01"], ["F01"], ["V01"]),
        ("periapical lesion", "46: {findings: [periapical-lesion]}", "", ["AN1", "RD1", "E01"], ["AN1", "RD1", "E01"], ["AN1", "RD1", "E01"]),
        ("periapical lesion under a crown", "16: {restorations: [{kind: crown, material: metal-ceramic}, root-canal-filled], findings: [periapical-lesion]}", "",
         ["AN1", "RD1", "E02", "PC2", "C01"], ["AN1", "RD1", "E02", "PC2", "C02"], ["AN1", "RD1", "E02", "PC2", "C02"]),
        ("root remnant", "36: root-remnant", "", ["AN1", "S02", "B03", "B04"], ["X02", "AN1", "S02", "I01", "I04"], ["X02", "AN1", "S02", "I02", "I04"]),
        ("missing tooth", "36: missing", "", ["B03", "B04"], ["X02", "I01", "I04"], ["X02", "I02", "I04"]),
        ("missing third molar", "38: missing", "", [], [], []),
        ("mobility", "31: {findings: [{kind: mobility, grade: 1}]}", "", ["H01", "P01"], ["H01", "P01"], ["H01", "P01"]),
        ("severe mobility", "31: {findings: [{kind: mobility, grade: 3}]}", "", ["AN1", "S02", "B03", "B04"], ["X02", "AN1", "S02", "I01", "I04"], ["X02", "AN1", "S02", "I02", "I04"]),
        ("plaque", "", "S1: {plaque: true}", ["H01"], ["H01"], ["H01"]),
        ("bleeding", "", "S1: {bleeding: true}", ["H01"], ["H01"], ["H01"]),
        ("calculus", "", "S5: {calculus: true}", ["H01"], ["H01"], ["H01"]),
        ("pockets", "", "S6: {pocketDepth: 5}", ["H01", "P01"], ["H01", "P01"], ["H01", "P01"]),
        ("shallow pockets", "", "S6: {pocketDepth: 3}", [], [], []),
        ("old amalgam", "46: {restorations: [{kind: filling, surfaces: MOD, material: amalgam}]}", "", [], ["F03"], ["IN1"]),
        ("failing restoration", "25: {restorations: [{kind: filling, surfaces: MOD, material: amalgam}], findings: [{kind: caries, surfaces: M}]}", "",
         ["F03"], ["IN1"], ["IN1"]),
        ("root-filled without crown", "46: {restorations: [root-canal-filled, {kind: filling, surfaces: MO, material: composite}]}", "",
         ["PC2", "C01"], ["PC2", "C02"], ["PC2", "C02"]),
    ] as [(String, String, String, [String], [String], [String])])
    func eachFindingGetsItsPlan(name: String, teeth: String, sextants: String,
                                economy: [String], optimal: [String], premium: [String]) throws {
        let loaded = try Self.loadChart(teeth.isEmpty ? "11: {}" : teeth, sextants: sextants)
        #expect(try Self.codes(loaded, strategy: "economy") == economy, "\(name): economy")
        #expect(try Self.codes(loaded, strategy: "optimal") == optimal, "\(name): optimal")
        #expect(try Self.codes(loaded, strategy: "premium") == premium, "\(name): premium")
    }

    /// Two findings on one tooth give one restoration on all their surfaces; a crown takes the filling's place.
    @Test func oneRestorationPerTooth() throws {
        let loaded = try Self.loadChart("21: {restorations: [{kind: filling, surfaces: DI, material: composite}], findings: [wear, {kind: caries, surfaces: D}]}")
        let rules = try SuggestionRulesLoader.load(Self.strategiesURL)
        let economy = try Suggester.suggest(loaded, rules: rules).loaded.dentalCase.variants[0]
        let items = economy.visits.flatMap(\.items)
        #expect(items.map(\.code) == ["F02"])
        #expect(items.first?.surfaces == [.distal, .incisal])
        #expect(items.first?.problem == "Под пломбой зуба 21 снова кариес; Зуб 21 стёрт")
    }

    /// The full-mouth case without its variants: three variants, no protocol error or warning, the metal
    /// quota kept, every item with a problem, visits as long as their chair times, the same bytes twice.
    @Test func fullMouthGetsThreeValidVariants() throws {
        let source = Fixtures.url("cases/full-mouth.yaml")
        let loaded = try PlanEngine.load(caseURL: source, protocolURL: Fixtures.rulesURL, imageRoot: Fixtures.root)
        let rules = try SuggestionRulesLoader.load(Self.strategiesURL)
        let suggestion = try Suggester.suggest(loaded, rules: rules, replacing: true)
        let suggested = suggestion.loaded
        #expect(suggestion.strategies == ["economy", "optimal", "premium"])
        #expect(suggested.findings().isEmpty, "\(suggested.findings().map(\.message))")
        let quote = try suggested.quote()
        #expect(quote.variants.count == 3)
        for (v, variant) in suggested.dentalCase.variants.enumerated() {
            for visit in variant.visits {
                #expect(visit.items.allSatisfy { $0.problem?.isEmpty == false })
                let chair = visit.items.reduce(0) { total, item in
                    let service = suggested.prices.service(item.code)!
                    let units = item.quantity ?? service.unit.defaultQuantity(teeth: item.teeth.resolve(in: suggested.dentalCase.formula),
                                                                             selection: item.teeth, surfaces: item.surfaces)
                    return total + (service.minutes ?? 15) * units
                }
                #expect(visit.durationMinutes >= chair, "variant \(v + 1): \(visit.title)")
            }
            let codes = variant.visits.flatMap { $0.items.map(\.code) }
            if v > 0 { #expect(!codes.contains { suggested.prices.service($0)?.material == .metal }, "variant \(v + 1) is metal-free") }
        }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("suggested.yaml")
        let first = try suggestion.caseFile(source, writtenTo: output)
        let second = try Suggester.suggest(loaded, rules: rules, replacing: true).caseFile(source, writtenTo: output)
        #expect(first == second)
        #expect(first.contains("- name: Сохранить и восстановить"))
    }

    /// A six-year-old: primary teeth get the children's services (one with an infection at the root is
    /// extracted, its caries with it), the erupting permanent molar a filling, and nothing a child is never offered (crowns, implants, bridges, posts, inlays, veneers).
    @Test func childGetsOnlyServicesForAChild() throws {
        let loaded = try Self.loadChart("""
        85: {findings: [{kind: caries, surfaces: OD}, periapical-lesion]}
        54: {findings: [{kind: caries, surfaces: O}]}
        81: {findings: [{kind: mobility, grade: 2}]}
        36: {findings: [{kind: caries, surfaces: O}]}
        46: {findings: [fracture]}
        """, dentition: "mixed", birthDate: "2020-05-14")
        let rules = try SuggestionRulesLoader.load(Self.strategiesURL)
        let suggestion = try Suggester.suggest(loaded, rules: rules)
        let variants = suggestion.loaded.dentalCase.variants
        #expect(!variants.isEmpty)
        for variant in variants {
            let items = variant.visits.flatMap(\.items)
            for item in items {
                let service = try #require(suggestion.loaded.prices.service(item.code))
                #expect(!rules.child.avoid.matches(service), "\(item.code) is not for a child")
                let teeth = item.teeth.namedTeeth
                let primary = teeth.filter { $0.isPrimary }.count
                if service.fit.teeth.contains(.primary) { #expect(primary == teeth.count, "\(item.code)") }
                if service.fit.teeth.contains(.permanent) { #expect(primary == 0, "\(item.code)") }
            }
            let byTooth = Dictionary(grouping: items) { $0.teeth.label }.mapValues { $0.map(\.code) }
            // No root canal treatment of a primary tooth in the list (a pulpotomy leaves the lesion): it is extracted.
            #expect(byTooth["85"] == ["AN1", "CH3"])
            #expect(byTooth["54"] == ["CH1"])
            #expect(byTooth["81"] == ["CH3"])
            #expect(byTooth["36"] == ["F01"])
            #expect(byTooth["46"] == ["F01"])
        }
        #expect(suggestion.loaded.findings().filter { $0.severity == .error }.isEmpty)
    }

    /// The child fixture (primary dentition, Palmer notation) gets its plan with teeth written as the case writes them.
    @Test func childFixtureInPalmerNotation() throws {
        let loaded = try PlanEngine.load(caseURL: Fixtures.url("cases/child.yaml"), protocolURL: Fixtures.rulesURL,
                                         imageRoot: Fixtures.root)
        let rules = try SuggestionRulesLoader.load(Self.strategiesURL)
        let suggestion = try Suggester.suggest(loaded, rules: rules, replacing: true)
        let variant = try #require(suggestion.loaded.dentalCase.variants.first)
        let codes = variant.visits.flatMap { $0.items.map(\.code) }
        #expect(codes == ["CH1", "CH1", "CH3", "AN1", "CH3"])
        #expect(variant.visits.flatMap(\.items).contains { $0.problem == "Кариес зуба URD" })
    }
}
