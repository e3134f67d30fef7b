import DentalModel
import Foundation
import PlanEngine
import PlanPress

/// Times `Suggester.suggest` on a 32-tooth chart with a finding on every tooth (three strategies, each
/// variant checked against the protocol), against loading and quoting the same chart's case in the same run.
enum SuggestBenchmark {
    static let runs = 21

    static func run() throws {
        let resources = try ResourceLocator.locate()
        let rules = try ProtocolRulesLoader.load(resources.protocolRules)
        let strategies = try SuggestionRulesLoader.load(resources.strategies)
        let prices = try PriceListLoader.load(resources.root.appendingPathComponent("Fixtures/prices/ru-clinic.yaml"))
        let dentalCase = try CaseLoader(requiresVariants: false).read(text: caseText, fileName: "bench.yaml",
                                                                      directory: URL(fileURLWithPath: "/tmp"))
        let loaded = try LoadedCase(dentalCase: dentalCase, prices: prices, rules: rules, caseFile: "bench.yaml")
        var suggestTimes: [Double] = [], checkTimes: [Double] = []
        var variants = 0, items = 0
        for _ in 0..<runs {
            var start = ContinuousClock.now
            let suggestion = try Suggester.suggest(loaded, rules: strategies)
            suggestTimes.append(milliseconds(start.duration(to: .now)))
            variants = suggestion.loaded.dentalCase.variants.count
            items = suggestion.loaded.dentalCase.variants.reduce(0) { $0 + $1.itemCount }
            start = ContinuousClock.now
            _ = suggestion.loaded.findings()
            _ = try suggestion.loaded.quote()
            checkTimes.append(milliseconds(start.duration(to: .now)))
        }
        let suggest = suggestTimes.sorted()[runs / 2], check = checkTimes.sorted()[runs / 2]
        print("suggest: 32-tooth chart, \(strategies.strategies.count) strategies → \(variants) variants, \(items) items; median of \(runs) runs")
        print(String(format: "suggest %.2f ms; validate + quote of the result %.2f ms; ratio %.1f", suggest, check, suggest / check))
    }

    private static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1e3 + Double(duration.components.attoseconds) / 1e15
    }

    /// Every permanent tooth charted with something to treat.
    static let caseText = """
    schemaVersion: 1
    locale: en
    currency: RUB
    date: 2026-11-23
    validUntil: 2027-01-23
    clinic: {name: Bench clinic, address: Somewhere, phone: "1"}
    patient: {name: Bench patient, birthDate: 1970-01-01, id: "1"}
    formula:
      teeth:
        18: missing
        17: {findings: [{kind: caries, surfaces: MO}]}
        16: {restorations: [{kind: crown, material: metal-ceramic}, root-canal-filled], findings: [periapical-lesion]}
        15: {restorations: [{kind: filling, surfaces: MOD, material: amalgam}], findings: [{kind: caries, surfaces: M}]}
        14: {findings: [fracture]}
        13: {findings: [wear]}
        12: {findings: [{kind: caries, surfaces: D}]}
        11: {restorations: [{kind: filling, surfaces: MI, material: composite}], findings: [wear]}
        21: {findings: [wear, {kind: caries, surfaces: D}]}
        22: {findings: [{kind: caries, surfaces: M}]}
        23: {findings: [wear]}
        24: {findings: [{kind: caries, surfaces: D}]}
        25: {restorations: [{kind: filling, surfaces: OD, material: amalgam}]}
        26: root-remnant
        27: {findings: [{kind: caries, surfaces: O}]}
        28: missing
        38: missing
        37: {findings: [{kind: caries, surfaces: MO}]}
        36: missing
        35: {findings: [{kind: caries, surfaces: O}]}
        34: {findings: [fracture]}
        33: {findings: [wear]}
        32: {findings: [{kind: mobility, grade: 1}]}
        31: {findings: [{kind: mobility, grade: 3}]}
        41: {findings: [{kind: caries, surfaces: I}]}
        42: {findings: [wear]}
        43: {findings: [wear]}
        44: {findings: [periapical-lesion]}
        45: {findings: [{kind: caries, surfaces: O}]}
        46: {restorations: [root-canal-filled, {kind: filling, surfaces: MODB, material: composite}]}
        47: {findings: [{kind: mobility, grade: 1}], periodontal: {pocketDepth: 5, bleeding: true}}
        48: {findings: [{kind: caries, surfaces: O}]}
      sextants:
        S1: {plaque: true, bleeding: true, pocketDepth: 4}
        S4: {plaque: true, bleeding: true, pocketDepth: 5}
        S6: {plaque: true, bleeding: true, pocketDepth: 5}
    """
}
