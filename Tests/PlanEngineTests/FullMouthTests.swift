import DentalModel
import PlanEngine
import Testing

@Suite("The full-mouth fixture")
struct FullMouthTests {
    @Test func quoteMatchesHandComputedTotals() throws {
        let quote = try Fixtures.load("full-mouth.yaml").quote()
        #expect(quote.variants.count == 3)
        let first = quote.variants[0]
        #expect(first.visits.map(\.subtotal.decimalString) == ["8500.00", "50600.00", "8400.00", "190000.00", "29001.00"])
        #expect(first.total.decimalString == "286501.00")
        #expect(first.durationMinutes == 60 + 150 + 45 + 180 + 90)
        let veneers = quote.variants[1].visits[4].items[4]
        #expect(veneers.unitPrice.decimalString == "40000.00")
        #expect(veneers.listUnitPrice.decimalString == "45000.00")
        #expect(veneers.amount.decimalString == "80000.00")
        let declined = quote.variants[2].visits[3].items[4]
        #expect(declined.isDeclined)
        #expect(declined.amount.isZero)
    }

    @Test func fixtureHasOnlyTheExpectedFindings() throws {
        let findings = try Fixtures.load("full-mouth.yaml").findings()
        #expect(findings.filter { $0.severity == .error }.isEmpty, "\(findings.map(\.message))")
        let quota = try #require(findings.first { $0.ruleID == "metal-quota" })
        #expect(quota.variant == 0)
        #expect(quota.message == "Металлические конструкции составляют 100\u{00A0}% — больше рекомендованных 50\u{00A0}%")
    }

    @Test func afterStateOfImplantVariant() throws {
        let after = try Fixtures.load("full-mouth.yaml").afterState().variants[1]
        let formula = after.formula
        let t26 = try #require(ToothNumber(fdi: 26)), t36 = try #require(ToothNumber(fdi: 36))
        #expect(formula.record(for: t26).state == .implant)
        #expect(formula.record(for: t26).restoration(.crown)?.material == .zirconia)
        #expect(formula.record(for: t36).state == .implant)
        let changes26 = try #require(after.changes[t26])
        #expect(changes26.map(\.action) == [.hygiene, .extraction, .implant, .crown])
        #expect(changes26[2].visitNumbers == [3])
        #expect(changes26[2].specialistRoles == ["Д. В. Лебедев"])
        #expect(formula.sextants[.upperRight]?.plaque == false)
        let t16 = try #require(ToothNumber(fdi: 16))
        #expect(!formula.record(for: t16).has(.periapicalLesion))
        #expect(formula.record(for: t16).has(.postAndCore))
    }

    /// Tooth 26 of the implant variant is treated by two people: Д. В. Лебедев removes the root and places
    /// the implant (as «хирург», then as «хирург-имплантолог»), И. П. Орлов makes the crown. The
    /// endodontist who treats 16 in the extraction visit does nothing to 26, and hygiene is the whole mouth's.
    @Test func specialistsAreCountedPerItemAndPerPerson() throws {
        let after = try Fixtures.load("full-mouth.yaml").afterState().variants[1]
        let t26 = try #require(ToothNumber(fdi: 26))
        let people = Set(try #require(after.changes[t26]).filter { $0.action != .hygiene }.flatMap(\.specialistRoles))
        #expect(people == ["Д. В. Лебедев", "И. П. Орлов"])
    }
}
