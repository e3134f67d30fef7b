import DentalModel
import Foundation
import PlanEngine
import PlanPress

/// Times parse + validate + quote of generated cases of 1k, 2k, 5k and 10k items and prints the
/// time per item, to show the plan engine is linear in the case size.
enum QuoteBenchmark {
    static let sizes = [1_000, 2_000, 5_000, 10_000]
    static let runs = 5

    static func run() throws {
        let prices = try PriceListLoader.readYAML(YAMLSource.parse(pricesYAML, fileName: "bench-prices.yaml"))
        let rules = try ProtocolRulesLoader.load(ResourceLocator.locate().protocolRules)
        print("plan engine: parse + validate (\(rules.rules.count) rules) + quote, median of \(runs) runs")
        print("items    total ms   µs/item")
        var perItem: [Int: Double] = [:]
        for size in sizes {
            let text = caseText(items: size)
            var times: [Double] = []
            var errors = 0, total = ""
            for _ in 0..<runs {
                let start = ContinuousClock.now
                let dentalCase = try CaseLoader().read(text: text, fileName: "bench.yaml",
                                                       directory: URL(fileURLWithPath: "/tmp"))
                let loaded = try LoadedCase(dentalCase: dentalCase, prices: prices, rules: rules, caseFile: "bench.yaml")
                let findings = loaded.findings()
                let quote = try loaded.quote()
                errors = findings.filter { $0.severity == .error }.count
                total = quote.variants.first?.total.description ?? ""
                let elapsed = start.duration(to: .now)
                times.append(Double(elapsed.components.seconds) * 1e3 + Double(elapsed.components.attoseconds) / 1e15)
            }
            let median = times.sorted()[runs / 2]
            perItem[size] = median / Double(size)
            print(String(format: "%6d %10.1f %9.2f", size, median, median * 1000 / Double(size))
                  + "   (total \(total), \(errors) protocol errors)")
        }
        if let small = perItem[1_000], let large = perItem[10_000] {
            print(String(format: "time(10k) / time(1k) = %.2f (linear ≈ 10)", large * 10_000 / (small * 1_000)))
        }
    }

    /// A one-variant case with `items` items, ten per visit, cycling through the services and teeth.
    static func caseText(items: Int) -> String {
        let teeth = ToothNumber.allPermanent.map(\.fdi)
        var text = """
        schemaVersion: 1
        locale: en
        currency: EUR
        date: 2026-11-23
        validUntil: 2027-01-23
        clinic: {name: Bench clinic, address: Somewhere, phone: "1"}
        patient: {name: Bench patient, birthDate: 1980-01-01, id: "1"}
        formula: {}
        variants:
          - name: Generated
            goal: Benchmark
            visits:

        """
        // Per visit: root canal, post and crown on one tooth under rubber dam, fillings on others.
        let codes = ["RD", "EN", "PO", "CZ", "FI", "FI", "FI", "FI", "FI", "FI"]
        for visit in 0..<(items / 10) {
            text += "      - title: Visit \(visit + 1)\n        duration: 60\n"
            if visit > 0 { text += "        interval: \"1 week\"\n" }
            text += "        items:\n"
            for index in 0..<10 {
                let tooth = teeth[(visit + (index < 4 ? 0 : index)) % teeth.count]
                let code = visit == 0 && index == 9 ? "HY" : codes[index]
                text += "          - {teeth: \(tooth), code: \(code), problem: \"Problem \(index)\", solution: \"Solution\"}\n"
            }
        }
        return text
    }

    static let pricesYAML = """
    currency: EUR
    services:
      - {code: HY, name: {en: Hygiene}, category: hygiene, unit: visit, price: "95", effect: hygiene}
      - {code: RD, name: {en: Rubber dam}, category: isolation, unit: tooth, price: "15"}
      - {code: EN, name: {en: Root canal}, category: endodontics, unit: canal, price: "100.10", effect: endodontics}
      - {code: FI, name: {en: Filling}, category: restorative, unit: tooth, price: "90.55", effect: filling}
      - {code: PO, name: {en: Fibre post}, category: prosthetics, unit: tooth, price: "120", material: metal-free, effect: post}
      - {code: CZ, name: {en: Zirconia crown}, category: prosthetics, unit: tooth, price: "610", material: metal-free, effect: crown}
    """
}
