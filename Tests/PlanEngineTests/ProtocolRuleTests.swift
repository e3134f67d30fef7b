import DentalModel
import Foundation
import PlanEngine
import Testing

/// Every rule kind of the default protocol, once satisfied and once violated.
@Suite("Protocol rules")
struct ProtocolRuleTests {
    private func findings(_ visits: [(interval: String?, items: [String])], formula: String = "{}",
                          insurance: String? = nil) throws -> [ProtocolFinding] {
        try Fixtures.loaded(Fixtures.caseText(formula: formula,
                                              variants: Fixtures.variant(visits, insurance: insurance))).findings()
    }

    private func rules(_ findings: [ProtocolFinding]) -> [String] { findings.map(\.ruleID) }

    @Test func endodonticsNeedsRubberDamInTheSameVisit() throws {
        let good = try findings([(nil, ["{teeth: 46, code: HY}"]),
                                 ("1 week", ["{teeth: 46, code: RD}", "{teeth: 46, code: EN}"])])
        #expect(!rules(good).contains("endo-rubber-dam"))
        let bad = try findings([(nil, ["{teeth: 46, code: HY}", "{teeth: 45, code: RD}"]),
                                ("1 week", ["{teeth: 46, code: EN}"])])
        let finding = try #require(bad.first { $0.ruleID == "endo-rubber-dam" })
        #expect(finding.severity == .error)
        #expect(finding.visit == 2)
        #expect(finding.tooth?.fdi == 46)
        #expect(finding.message == "Visit 2, tooth 46: root canal treatment needs rubber dam isolation in the same visit")
        #expect(finding.fix?.item.code == "RD")
        #expect(finding.fix?.amount.decimalString == "15.00")
    }

    @Test func implantNeedsAnEarlierCBCTOfTheSameJaw() throws {
        let good = try findings([(nil, ["{teeth: lower, code: CB}"]), ("1 week", ["{teeth: 36, code: IM}"])],
                                formula: "{teeth: {36: missing}}")
        #expect(!rules(good).contains("implant-needs-cbct"))
        let sameVisit = try findings([(nil, ["{teeth: lower, code: CB}", "{teeth: 36, code: IM}"])],
                                     formula: "{teeth: {36: missing}}")
        #expect(rules(sameVisit).contains("implant-needs-cbct"))
        let otherJaw = try findings([(nil, ["{teeth: upper, code: CB}"]), ("1 week", ["{teeth: 36, code: IM}"])],
                                    formula: "{teeth: {36: missing}}")
        #expect(rules(otherJaw).contains("implant-needs-cbct"))
    }

    /// A CBCT already in the case's imaging protocol, taken before the plan, counts as an earlier visit's
    /// CBCT of the jaws it shows; one of the other jaw, or dated after the plan, does not.
    @Test func implantCBCTMayComeFromTheImagingProtocol() throws {
        func rulesFound(cbctTeeth: String, date: String) throws -> [String] {
            let imaging = "imaging:\n  xrays: [{kind: cbct, file: images/cbct-36.jpg, caption: CBCT, "
                + "date: \(date), teeth: \(cbctTeeth)}]\nformula:"
            let text = Fixtures.caseText(formula: "{teeth: {36: missing}}",
                                         variants: Fixtures.variant([(nil, ["{teeth: 36, code: IM}"])]))
                .replacingOccurrences(of: "formula:", with: imaging)
            return rules(try Fixtures.loaded(text).findings())
        }
        #expect(try !rulesFound(cbctTeeth: "[36]", date: "2026-11-16").contains("implant-needs-cbct"))
        #expect(try !rulesFound(cbctTeeth: "[]", date: "2026-11-23").contains("implant-needs-cbct"))
        #expect(try rulesFound(cbctTeeth: "[26]", date: "2026-11-16").contains("implant-needs-cbct"))
        #expect(try rulesFound(cbctTeeth: "[36]", date: "2026-11-30").contains("implant-needs-cbct"))
        // Without a CBCT in the imaging protocol, the first-visit implant still needs a CBCT visit before it.
        let planOnly = try findings([(nil, ["{teeth: 36, code: IM}"])], formula: "{teeth: {36: missing}}")
        #expect(rules(planOnly).contains("implant-needs-cbct"))
    }

    @Test func crownOnRootFilledToothNeedsPost() throws {
        let formula = "{teeth: {46: {restorations: [root-canal-filled]}}}"
        let good = try findings([(nil, ["{teeth: all, code: HY}"]),
                                 ("1 week", ["{teeth: 46, code: PO}", "{teeth: 46, code: CZ}"])], formula: formula)
        #expect(!rules(good).contains("crown-after-endo-needs-post"))
        let bad = try findings([(nil, ["{teeth: all, code: HY}"]), ("1 week", ["{teeth: 46, code: CZ}"])],
                               formula: formula)
        #expect(rules(bad).contains("crown-after-endo-needs-post"))
        // A tooth without endodontics needs no post.
        let vital = try findings([(nil, ["{teeth: all, code: HY}"]), ("1 week", ["{teeth: 45, code: CZ}"])],
                                 formula: formula)
        #expect(!rules(vital).contains("crown-after-endo-needs-post"))
        // Endodontics planned earlier in the variant counts too.
        let planned = try findings([(nil, ["{teeth: all, code: HY}", "{teeth: 45, code: RD}", "{teeth: 45, code: EN}"]),
                                    ("1 week", ["{teeth: 45, code: CZ}"])])
        #expect(rules(planned).contains("crown-after-endo-needs-post"))
    }

    @Test func declinedRequiredItemWithJustificationSatisfiesTheRule() throws {
        let formula = "{teeth: {46: {restorations: [root-canal-filled]}}}"
        let result = try findings([(nil, ["{teeth: all, code: HY}"]),
                                   ("1 week", ["{teeth: 46, code: PO, declined: {justification: \"Patient refuses\"}}",
                                               "{teeth: 46, code: CZ}"])], formula: formula)
        #expect(!rules(result).contains("crown-after-endo-needs-post"))
    }

    @Test func metalQuota() throws {
        let under = try findings([(nil, ["{teeth: all, code: HY}"]),
                                  ("1 week", ["{teeth: 16, code: CM}", "{teeth: [26, 36], code: CZ}"])])
        #expect(!rules(under).contains("metal-quota"))
        let over = try findings([(nil, ["{teeth: all, code: HY}"]),
                                 ("1 week", ["{teeth: [16, 26], code: CM}", "{teeth: 36, code: CZ}"])])
        let finding = try #require(over.first { $0.ruleID == "metal-quota" })
        #expect(finding.severity == .warning)
        #expect(finding.message == "Metal structures make up 66.67% — more than the recommended 50%")
        // In Swedish the percentage has a decimal comma and a no-break space before its sign.
        let swedish = try Fixtures.loaded(Fixtures.caseText(variants: Fixtures.variant([
            (nil, ["{teeth: all, code: HY}"]), ("1 week", ["{teeth: [16, 26], code: CM}", "{teeth: 36, code: CZ}"]),
        ])).replacingOccurrences(of: "locale: en", with: "locale: sv")).findings()
        #expect(swedish.first { $0.ruleID == "metal-quota" }?.message
                == "Metallkonstruktioner utgör 66,67\u{00A0}% — mer än rekommenderade 50\u{00A0}%")
    }

    @Test func forbiddingMetalAltogether() throws {
        let text = """
        rules:
          - {id: no-metal, kind: forbids, what: {materials: [metal]}, maxPercent: "0"}
        """
        let rules = try ProtocolRulesLoader.read(YAMLSource.parse(text, fileName: "r.yaml"))
        let variant = Fixtures.variant([(nil, ["{teeth: [16, 26], code: CZ}", "{teeth: 36, code: CM}"])])
        let bad = try Fixtures.loaded(Fixtures.caseText(variants: variant), rules: rules).findings()
        #expect(bad.map(\.ruleID) == ["no-metal"])
        #expect(bad.first?.severity == .error)
        let clean = Fixtures.variant([(nil, ["{teeth: [16, 26], code: CZ}"])])
        #expect(try Fixtures.loaded(Fixtures.caseText(variants: clean), rules: rules).findings().isEmpty)
    }

    @Test func hygieneBeforeRestorativeWork() throws {
        let good = try findings([(nil, ["{teeth: all, code: HY}"]), ("1 week", ["{teeth: 16, code: FI}"])])
        #expect(!rules(good).contains("hygiene-first"))
        let sameVisit = try findings([(nil, ["{teeth: all, code: HY}", "{teeth: 16, code: FI}"])])
        #expect(!rules(sameVisit).contains("hygiene-first"), "hygiene first in the same visit is fine")
        let reversed = try findings([(nil, ["{teeth: 16, code: FI}", "{teeth: all, code: HY}"])])
        #expect(rules(reversed).contains("hygiene-first"))
        let bad = try findings([(nil, ["{teeth: 16, code: FI}"]), ("1 week", ["{teeth: all, code: HY}"])])
        let finding = try #require(bad.first { $0.ruleID == "hygiene-first" })
        #expect(finding.visit == 1)
        #expect(finding.message == "Visit 1: \"Filling\" is planned before professional hygiene")
    }

    @Test func extractionAtLeastEightWeeksBeforeImplant() throws {
        let formula = "{teeth: {36: root-remnant}}"
        let good = try findings([(nil, ["{teeth: all, code: HY}", "{teeth: lower, code: CB}", "{teeth: 36, code: XT}"]),
                                 ("2 months", ["{teeth: 36, code: IM}"])], formula: formula)
        #expect(!rules(good).contains("extraction-before-implant"))
        let sameVisit = try findings([(nil, ["{teeth: all, code: HY}", "{teeth: lower, code: CB}"]),
                                      ("1 week", ["{teeth: 36, code: XT}", "{teeth: 36, code: IM}"])], formula: formula)
        #expect(rules(sameVisit).contains("extraction-before-implant"), "an immediate implant is not 8 weeks later")
        let tooSoon = try findings([(nil, ["{teeth: all, code: HY}", "{teeth: lower, code: CB}", "{teeth: 36, code: XT}"]),
                                    ("4 weeks", ["{teeth: 36, code: IM}"])], formula: formula)
        let finding = try #require(tooSoon.first { $0.ruleID == "extraction-before-implant" })
        #expect(finding.tooth?.fdi == 36)
        #expect(finding.message == "Visit 2, tooth 36: implant placed less than 8 weeks after the extraction")
        // The intervals of the visits in between add up.
        let spread = try findings([(nil, ["{teeth: all, code: HY}", "{teeth: lower, code: CB}", "{teeth: 36, code: XT}"]),
                                   ("4 weeks", ["{teeth: 16, code: FI}"]), ("4 weeks", ["{teeth: 36, code: IM}"])],
                                  formula: formula)
        #expect(!rules(spread).contains("extraction-before-implant"))
    }

    @Test func insuredVariantMarksUncoveredItemsOwnExpense() throws {
        let covered = try findings([(nil, ["{teeth: all, code: HY}", "{teeth: 16, code: FI}"])], insurance: "basic")
        #expect(!rules(covered).contains("insurance-scope"))
        let mixed = try findings([(nil, ["{teeth: all, code: HY}", "{teeth: 16, code: CZ}"])], insurance: "basic")
        let finding = try #require(mixed.first { $0.ruleID == "insurance-scope" })
        #expect(finding.severity == .info)
        #expect(finding.message == "Visit 1: CZ is not covered by \"Basic\" — own expense")
    }

    @Test func fixAddsTheMissingItemsPriced() throws {
        let variant = Fixtures.variant([(nil, ["{teeth: all, code: HY}", "{teeth: 46, code: EN}", "{teeth: 36, code: IM}"])])
        let loaded = try Fixtures.loaded(Fixtures.caseText(formula: "{teeth: {36: missing}}", variants: variant))
        let (fixed, added) = try loaded.fixed()
        #expect(added.map(\.item.code).sorted() == ["CB", "RD"])
        #expect(!fixed.findings().contains { $0.severity == .error })
        let visits = fixed.dentalCase.variants[0].visits
        #expect(visits.count == 2)
        #expect(visits[0].items.map(\.code) == ["CB"])
        #expect(visits[1].items.map(\.code) == ["HY", "RD", "EN", "IM"])
        #expect(visits[1].items[1].addedByProtocol)
        let quote = try fixed.quote()
        #expect(quote.variants[0].total.decimalString == "1840.00") // 180 + 95 + 15 + 3 canals × 100 + 1250
    }
}
