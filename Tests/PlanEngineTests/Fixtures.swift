import DentalModel
import Foundation
import PlanEngine

/// Paths to the repository's fixtures and small builders for in-memory cases.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")
    static func url(_ path: String) -> URL { root.appendingPathComponent(path) }
    /// The shipped protocol rules.
    static let rulesURL = root.deletingLastPathComponent().appendingPathComponent("Templates/protocol-rules.yaml")

    static func load(_ caseName: String) throws -> LoadedCase {
        try PlanEngine.load(caseURL: url("cases/\(caseName)"), protocolURL: rulesURL,
                            imageRoot: root)
    }

    static let defaultRules: ProtocolRules = {
        (try? ProtocolRulesLoader.load(rulesURL)) ?? ProtocolRules(rules: [])
    }()

    /// A small EUR price list covering every effect and category the rules use.
    static let pricesYAML = """
    currency: EUR
    services:
      - {code: EX, name: {en: Exam}, category: exam, unit: visit, price: "50"}
      - {code: HY, name: {en: Hygiene}, category: hygiene, unit: visit, price: "95", effect: hygiene}
      - {code: PE, name: {en: Curettage}, category: periodontics, unit: tooth, price: "30", effect: periodontal}
      - {code: CB, name: {en: CBCT}, category: cbct, unit: jaw, price: "180"}
      - {code: RD, name: {en: Rubber dam}, category: isolation, unit: tooth, price: "15"}
      - {code: FI, name: {en: Filling}, category: restorative, unit: tooth, price: "90.50", effect: filling}
      - {code: F1, name: {en: "Filling, 1 surface"}, category: restorative, unit: tooth, price: "70", effect: filling, surfaces: "1", minutes: 20}
      - {code: F3, name: {en: "Filling, 3+ surfaces"}, category: restorative, unit: tooth, price: "110", effect: filling, surfaces: "3+", minutes: 30}
      - {code: EN, name: {en: Root canal}, category: endodontics, unit: canal, price: "100", effect: endodontics}
      - {code: PM, name: {en: Cast metal post}, category: prosthetics, unit: tooth, price: "90", material: metal, effect: post}
      - {code: PO, name: {en: Fibre post}, category: prosthetics, unit: tooth, price: "120", material: fibre, effect: post}
      - {code: CM, name: {en: PFM crown}, category: prosthetics, unit: tooth, price: "450", material: metal-ceramic, effect: crown}
      - {code: CZ, name: {en: Zirconia crown}, category: prosthetics, unit: tooth, price: "610", material: zirconia, effect: crown}
      - {code: XT, name: {en: Extraction}, category: surgery, unit: tooth, price: "80", effect: extraction}
      - {code: IM, name: {en: Implant}, category: implantology, unit: tooth, price: "1250", effect: implant}
      - {code: VE, name: {en: Veneer}, category: prosthetics, unit: tooth, price: "700", material: metal-free, effect: veneer}
      - {code: IN, name: {en: Inlay}, category: prosthetics, unit: tooth, price: "700", material: metal-free, effect: inlay}
      - {code: BA, name: {en: Bridge retainer}, category: prosthetics, unit: tooth, price: "450", material: metal, effect: bridge-abutment}
      - {code: BP, name: {en: Pontic}, category: prosthetics, unit: tooth, price: "400", material: metal, effect: pontic}
      - {code: PU, name: {en: Pulpotomy}, category: endodontics, unit: tooth, price: "80", effect: pulpotomy}
      - {code: SE, name: {en: Fissure sealing}, category: restorative, unit: tooth, price: "40", effect: sealant}
      - {code: FC, name: {en: Composite filling}, category: restorative, unit: tooth, price: "90", material: composite, effect: filling}
    insurance:
      - {id: basic, name: {en: Basic}, coPayment: "33.33", covers: [EX, HY, FI, RD, EN]}
    """

    static var prices: PriceList {
        get throws { try PriceListLoader.readYAML(YAMLSource.parse(pricesYAML, fileName: "test-prices.yaml")) }
    }

    /// A case with `formula` (YAML under `formula:`) and `variants` (YAML list under `variants:`).
    static func caseText(formula: String = "{}", variants: String) -> String {
        """
        schemaVersion: 1
        locale: en
        currency: EUR
        date: 2026-11-23
        validUntil: 2027-01-23
        clinic: {name: C, address: A, phone: "1"}
        patient: {name: P, birthDate: 1980-01-01, id: "1"}
        formula: \(formula)
        variants:
        \(variants)
        """
    }

    /// One variant whose visits are given as `[(interval, items YAML)]`.
    static func variant(_ visits: [(interval: String?, items: [String])], insurance: String? = nil) -> String {
        var text = "  - name: V\n    goal: G\n"
        if let insurance { text += "    insurance: \(insurance)\n" }
        text += "    visits:\n"
        for (index, visit) in visits.enumerated() {
            text += "      - title: Visit \(index + 1)\n        duration: 30\n"
            if let interval = visit.interval { text += "        interval: \"\(interval)\"\n" }
            text += "        items:\n"
            for item in visit.items { text += "          - \(item)\n" }
        }
        return text
    }

    static func loaded(_ text: String, rules: ProtocolRules = defaultRules, prices: PriceList? = nil) throws -> LoadedCase {
        let dentalCase = try CaseLoader(imageRoot: root).read(text: text, fileName: "test.yaml", directory: root)
        return try LoadedCase(dentalCase: dentalCase, prices: prices ?? self.prices, rules: rules, caseFile: "test.yaml")
    }
}
