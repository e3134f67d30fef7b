import DentalModel
import PlanEngine
import Testing

/// The other fixture cases: hand-checked totals and the notation each is written in.
@Suite("Fixture cases")
struct FixtureCaseTests {
    @Test(arguments: [
        ("child.yaml", ["33700.00"]),
        ("french.yaml", ["345.00", "1795.00"]),
        ("swedish.yaml", ["23460.00", "4405.00"]),
        ("insurance.yaml", ["82600.00", "81700.00"]),
        ("one-variant.json", ["795.00"]),
    ])
    func totals(name: String, totals: [String]) throws {
        let loaded = try Fixtures.load(name)
        #expect(try loaded.quote().variants.map(\.total.decimalString) == totals)
        #expect(!loaded.findings().contains { $0.severity == .error })
    }

    @Test func childInPalmerNotation() throws {
        let loaded = try Fixtures.load("child.yaml")
        #expect(loaded.dentalCase.formula.dentition == .primary)
        #expect(loaded.dentalCase.formula.records.keys.map(\.fdi).sorted() == [54, 65, 75, 81])
        let after = loaded.afterState().variants[0].formula
        let t75 = try #require(ToothNumber(fdi: 75)), t81 = try #require(ToothNumber(fdi: 81))
        #expect(after.record(for: t75).has(.pulpotomy) && !after.record(for: t75).has(.rootCanalFilled))
        #expect(after.record(for: t75).restoration(.filling)?.surfaces == [.occlusal, .distal])
        #expect(after.record(for: t81).state == .missing)
        #expect(loaded.dentalCase.imaging.xrays[0].teeth.map(\.fdi) == [65, 75])
    }

    @Test func insuredVariantShares() throws {
        let variant = try Fixtures.load("insurance.yaml").quote().variants[0]
        #expect(variant.insurance?.id == "dms-basic")
        #expect(variant.insurerShare.decimalString == "34290.00") // 90 % of the 38 100 covered
        #expect(variant.patientShare.decimalString == "48310.00")
        #expect(variant.visits[2].items.map(\.ownExpense) == [true, true])
    }

    @Test func jsonCaseInUniversalNotation() throws {
        let loaded = try Fixtures.load("one-variant.json")
        #expect(loaded.dentalCase.notation == .universal)
        #expect(loaded.dentalCase.formula.records.keys.map(\.fdi).sorted() == [16, 36])
        let item = loaded.dentalCase.variants[0].visits[1].items[0]
        let t16 = try #require(ToothNumber(fdi: 16))
        #expect(item.teeth == .teeth([t16]))
        #expect(item.problem == "Caries <MOD> under an old filling & a cracked cusp")
        #expect(loaded.dentalCase.variants[0].visits[1].durationMinutes == 90)
    }
}
