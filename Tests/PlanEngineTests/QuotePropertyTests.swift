import DentalModel
import Foundation
import PlanEngine
import Testing

/// Random plans: amounts match an independent `Decimal` computation from the same strings, items
/// add up to visit subtotals and subtotals to totals, to the minor unit.
@Suite("Quote properties")
struct QuotePropertyTests {
    struct RandomPlan {
        var pricesYAML: String
        var caseYAML: String
        /// code → price text.
        var prices: [String: String]
        var coPayment: String
    }

    static func randomPlan(seed: UInt64) -> RandomPlan {
        var random = SeededGenerator(seed: seed)
        var prices: [String: String] = [:]
        var pricesYAML = "currency: SEK\nservices:\n"
        let serviceCount = Int.random(in: 3...12, using: &random)
        for index in 0..<serviceCount {
            let whole = Int.random(in: 0...250_000, using: &random)
            let decimals = ["", ".\(Int.random(in: 0...9, using: &random))",
                            String(format: ".%02d", Int.random(in: 0...99, using: &random))].randomElement(using: &random) ?? ""
            let price = "\(whole)\(decimals)"
            prices["S\(index)"] = price
            pricesYAML += "  - {code: S\(index), name: {sv: Tjänst \(index)}, category: c, unit: item, price: \"\(price)\"}\n"
        }
        let coPayment = String(format: "%d.%02d", Int.random(in: 0...99, using: &random), Int.random(in: 0...99, using: &random))
        let covered = prices.keys.sorted().filter { _ in Bool.random(using: &random) }
        pricesYAML += "insurance:\n  - {id: p, coPayment: \"\(coPayment)\", covers: [\(covered.joined(separator: ", "))]}\n"

        var variants = ""
        for v in 0..<Int.random(in: 1...3, using: &random) {
            variants += "  - name: V\(v)\n    goal: G\n" + (Bool.random(using: &random) ? "    insurance: p\n" : "") + "    visits:\n"
            for w in 0..<Int.random(in: 1...6, using: &random) {
                variants += "      - {title: W\(w), duration: 30, items: [\n"
                for _ in 0..<Int.random(in: 0...15, using: &random) {
                    let code = "S\(Int.random(in: 0..<serviceCount, using: &random))"
                    let tooth = ToothNumber.allPermanent.randomElement(using: &random)?.fdi ?? 11
                    var item = "{teeth: \(tooth), code: \(code), quantity: \(Int.random(in: 1...40, using: &random))"
                    if Int.random(in: 0..<6, using: &random) == 0 {
                        item += ", priceOverride: {price: \"\(Int.random(in: 0...9999, using: &random)).\(Int.random(in: 10...99, using: &random))\", reason: r}"
                    }
                    if Int.random(in: 0..<8, using: &random) == 0 { item += ", declined: {justification: j}" }
                    variants += "          \(item)},\n"
                }
                variants += "        ]}\n"
            }
        }
        let caseYAML = """
        schemaVersion: 1
        locale: sv
        currency: SEK
        date: 2026-11-23
        validUntil: 2027-01-23
        clinic: {name: C, address: A, phone: "1"}
        patient: {name: P, birthDate: 1980-01-01, id: "1"}
        formula: {}
        variants:
        \(variants)
        """
        return RandomPlan(pricesYAML: pricesYAML, caseYAML: caseYAML, prices: prices, coPayment: coPayment)
    }

    private static func decimal(_ text: String) -> Decimal {
        Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) ?? .nan
    }

    @Test(arguments: 0..<200)
    func totalsAreExact(seed: Int) throws {
        let plan = Self.randomPlan(seed: UInt64(seed))
        let prices = try PriceListLoader.readYAML(YAMLSource.parse(plan.pricesYAML, fileName: "p.yaml"))
        let dentalCase = try CaseLoader().read(text: plan.caseYAML, fileName: "c.yaml", directory: Fixtures.root)
        let quote = try LoadedCase(dentalCase: dentalCase, prices: prices, rules: ProtocolRules(rules: []),
                                   caseFile: "c.yaml").quote()
        let coverage = 100 - Self.decimal(plan.coPayment)
        for (v, variant) in quote.variants.enumerated() {
            var variantSum = Decimal(0)
            for visit in variant.visits {
                var visitSum = Decimal(0), insurerSum = Decimal(0)
                for item in visit.items {
                    let unit = item.item.priceOverride.map { $0.unitPrice.decimal } ?? Self.decimal(plan.prices[item.code] ?? "")
                    let expected = item.isDeclined ? 0 : unit * Decimal(item.quantity)
                    #expect(item.amount.decimal == expected)
                    var insurer = Decimal(0)
                    if dentalCase.variants[v].insurance != nil && !item.ownExpense && !item.isDeclined {
                        // The programme counts at most its tariff (here the list price) a unit.
                        let list = Self.decimal(plan.prices[item.code] ?? "")
                        var raw = min(unit, list) * Decimal(item.quantity) * coverage / 100, rounded = Decimal()
                        NSDecimalRound(&rounded, &raw, 2, .bankers)
                        insurer = rounded
                    }
                    #expect(item.insurerShare.decimal == insurer)
                    #expect(item.insurerShare.adding(item.patientShare) == item.amount)
                    visitSum += item.amount.decimal
                    insurerSum += item.insurerShare.decimal
                }
                #expect(visit.subtotal.decimal == visitSum)
                #expect(visit.insurerShare.decimal == insurerSum)
                variantSum += visit.subtotal.decimal
            }
            #expect(variant.total.decimal == variantSum)
            #expect(variant.insurerShare.adding(variant.patientShare) == variant.total)
            #expect(variant.total.minorUnits == variant.visits.reduce(0) { $0 + $1.subtotal.minorUnits })
        }
    }
}
