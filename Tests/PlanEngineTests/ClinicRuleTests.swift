import DentalModel
import Foundation
import PlanEngine
import Testing

/// The rules a clinic expects of every plan (issue 10, point 5), each written as the dentist checks a plan:
/// once broken, once kept. The teeth are read as they stand at each item of the plan.
@Suite("Rules a clinic expects")
struct ClinicRuleTests {
    private func findings(_ visits: [(interval: String?, items: [String])], formula: String = "{}",
                          birthDate: String = "1980-01-01", locale: String = "en") throws -> [ProtocolFinding] {
        let text = Fixtures.caseText(formula: formula, variants: Fixtures.variant(visits))
            .replacingOccurrences(of: "birthDate: 1980-01-01", with: "birthDate: \(birthDate)")
            .replacingOccurrences(of: "locale: en", with: "locale: \(locale)")
        return try Fixtures.loaded(text).findings()
    }

    private func found(_ rule: String, in findings: [ProtocolFinding]) -> [ProtocolFinding] {
        findings.filter { $0.ruleID == rule }
    }

    @Test func aMissingToothIsNotTreated() throws {
        let missing = try findings([(nil, ["{teeth: all, code: HY}", "{teeth: 36, code: F1, surfaces: O}"])],
                                   formula: "{teeth: {36: missing}}")
        let finding = try #require(found("no-treatment-of-missing-tooth", in: missing).first)
        #expect(finding.severity == .error)
        #expect(finding.tooth?.fdi == 36)
        #expect(finding.message == "Visit 1, tooth 36: \"Filling, 1 surface\" is planned, but the tooth is missing at that point of the plan")
        // Extracted earlier in the plan: missing when the filling comes.
        let extracted = try findings([(nil, ["{teeth: all, code: HY}", "{teeth: 46, code: XT}"]),
                                      ("1 week", ["{teeth: 46, code: F1, surfaces: O}"])])
        #expect(found("no-treatment-of-missing-tooth", in: extracted).map(\.visit) == [2])
        // A crown on the implant that replaced it is not a crown on a missing tooth.
        let implant = try findings([(nil, ["{teeth: all, code: HY}", "{teeth: lower, code: CB}"]),
                                    ("1 week", ["{teeth: 36, code: IM}"]), ("3 months", ["{teeth: 36, code: CZ}"])],
                                   formula: "{teeth: {36: missing}}")
        #expect(found("no-treatment-of-missing-tooth", in: implant).isEmpty)
    }

    @Test func anImplantOnlyWhereTheToothIsMissingOrExtractedEarlier() throws {
        let present = try findings([(nil, ["{teeth: all, code: HY}", "{teeth: lower, code: CB}"]), ("1 week", ["{teeth: 46, code: IM}"])])
        let finding = try #require(found("implant-where-tooth-missing", in: present).first)
        #expect(finding.message == "Visit 2, tooth 46: an implant goes only where the tooth is missing or was extracted earlier")
        let extracted = try findings([(nil, ["{teeth: all, code: HY}", "{teeth: lower, code: CB}", "{teeth: 46, code: XT}"]),
                                      ("3 months", ["{teeth: 46, code: IM}"])])
        #expect(found("implant-where-tooth-missing", in: extracted).isEmpty)
    }

    @Test func endodonticsComesBeforeTheCrownNeverAfter() throws {
        let after = try findings([(nil, ["{teeth: all, code: HY}", "{teeth: 46, code: PO}", "{teeth: 46, code: CZ}"]),
                                  ("1 week", ["{teeth: 46, code: RD}", "{teeth: 46, code: EN}"])])
        let finding = try #require(found("endodontics-before-crown", in: after).first)
        #expect(finding.severity == .error)
        #expect(finding.visit == 1)
        let before = try findings([(nil, ["{teeth: all, code: HY}", "{teeth: 46, code: RD}", "{teeth: 46, code: EN}"]),
                                   ("1 week", ["{teeth: 46, code: PO}", "{teeth: 46, code: CZ}"])])
        #expect(found("endodontics-before-crown", in: before).isEmpty)
    }

    @Test func noCrownOverAnUntreatedPeriapicalLesion() throws {
        let formula = "{teeth: {46: {findings: [periapical-lesion]}}}"
        let untreated = try findings([(nil, ["{teeth: all, code: HY}"]), ("1 week", ["{teeth: 46, code: CZ}"])], formula: formula)
        let finding = try #require(found("no-crown-over-periapical-lesion", in: untreated).first)
        #expect(finding.message == "Visit 2, tooth 46: a crown over an untreated periapical lesion — treat the root canals first")
        let treated = try findings([(nil, ["{teeth: all, code: HY}", "{teeth: 46, code: RD}", "{teeth: 46, code: EN}"]),
                                    ("1 week", ["{teeth: 46, code: PO}", "{teeth: 46, code: CZ}"])], formula: formula)
        #expect(found("no-crown-over-periapical-lesion", in: treated).isEmpty)
    }

    @Test func implantSurgeryAndEndodonticsComeAfterHygiene() throws {
        let endoFirst = try findings([(nil, ["{teeth: 46, code: RD}", "{teeth: 46, code: EN}"]), ("1 week", ["{teeth: all, code: HY}"])])
        #expect(found("hygiene-before-surgery-and-endodontics", in: endoFirst).map(\.visit) == [1])
        let hygieneFirst = try findings([(nil, ["{teeth: all, code: HY}"]), ("1 week", ["{teeth: 46, code: RD}", "{teeth: 46, code: EN}"])])
        #expect(found("hygiene-before-surgery-and-endodontics", in: hygieneFirst).isEmpty)
    }

    @Test func anImplantHealsBeforeItsFinalCrown() throws {
        let formula = "{teeth: {36: missing}}"
        let soon = try findings([(nil, ["{teeth: all, code: HY}", "{teeth: lower, code: CB}"]), ("1 week", ["{teeth: 36, code: IM}"]),
                                 ("4 weeks", ["{teeth: 36, code: CZ}"])], formula: formula)
        let finding = try #require(found("implant-healing-before-crown", in: soon).first)
        #expect(finding.message == "Visit 3, tooth 36: final crown less than 8 weeks after the implant was placed")
        let healed = try findings([(nil, ["{teeth: all, code: HY}", "{teeth: lower, code: CB}"]), ("1 week", ["{teeth: 36, code: IM}"]),
                                   ("3 months", ["{teeth: 36, code: CZ}"])], formula: formula)
        #expect(found("implant-healing-before-crown", in: healed).isEmpty)
    }

    @Test func noPermanentBridgeInTheVisitThatExtractsATootInItsSpan() throws {
        let bridge = ["{teeth: [25, 27], code: BA}", "{teeth: 26, code: BP}"]
        let sameVisit = try findings([(nil, ["{teeth: all, code: HY}"]), ("1 week", ["{teeth: 26, code: XT}"] + bridge)],
                                     formula: "{teeth: {26: root-remnant}}")
        let finding = try #require(found("no-bridge-in-extraction-visit", in: sameVisit).first)
        #expect(finding.tooth?.fdi == 26)
        #expect(finding.message.contains("25–27"))
        let healed = try findings([(nil, ["{teeth: all, code: HY}", "{teeth: 26, code: XT}"]), ("8 weeks", bridge)],
                                  formula: "{teeth: {26: root-remnant}}")
        #expect(found("no-bridge-in-extraction-visit", in: healed).isEmpty)
    }

    @Test func aPonticNeedsARetainerOnEachSide() throws {
        let formula = "{teeth: {26: missing}}"
        let oneSided = try findings([(nil, ["{teeth: all, code: HY}"]), ("1 week", ["{teeth: 25, code: BA}", "{teeth: 26, code: BP}"])],
                                    formula: formula)
        let finding = try #require(found("pontic-needs-abutments", in: oneSided).first)
        #expect(finding.message == "Visit 2: the bridge pontic 26 needs a retainer crown on each side")
        let held = try findings([(nil, ["{teeth: all, code: HY}"]), ("1 week", ["{teeth: [25, 27], code: BA}", "{teeth: 26, code: BP}"])],
                                formula: formula)
        #expect(found("pontic-needs-abutments", in: held).isEmpty)
    }

    @Test func noImplantOrAdultProstheticsOnPrimaryTeethOrUnderTheAge() throws {
        let primary = try findings([(nil, ["{teeth: all, code: HY}"]), ("1 week", ["{teeth: 55, code: CZ}"])],
                                   formula: "{dentition: mixed}", birthDate: "2017-05-01")
        #expect(found("no-prosthetics-on-primary-teeth", in: primary).map(\.tooth?.fdi) == [55])
        let child = try findings([(nil, ["{teeth: all, code: HY}", "{teeth: lower, code: CB}"]), ("1 week", ["{teeth: 36, code: IM}"])],
                                 formula: "{teeth: {36: missing}}", birthDate: "2012-01-01")
        let finding = try #require(found("implant-minimum-age", in: child).first)
        #expect(finding.message == "Visit 2, tooth 36: implants are placed from the age of 18; the patient is 14")
        let adult = try findings([(nil, ["{teeth: all, code: HY}", "{teeth: lower, code: CB}"]), ("1 week", ["{teeth: 36, code: IM}"])],
                                 formula: "{teeth: {36: missing}}")
        #expect(found("implant-minimum-age", in: adult).isEmpty)
    }

    @Test func aCodeAgreesWithTheSurfacesItIsBilledOn() throws {
        let mod = try findings([(nil, ["{teeth: all, code: HY}", "{teeth: 46, code: F1, surfaces: MOD}"])])
        let finding = try #require(found("code-matches-surfaces", in: mod).first)
        #expect(finding.severity == .error)
        #expect(finding.message == "Visit 1, tooth 46: F1 is billed for 1 surfaces, but the filling covers 3 (MOD)")
        let right = try findings([(nil, ["{teeth: all, code: HY}", "{teeth: 46, code: F1, surfaces: O}",
                                         "{teeth: 36, code: F3, surfaces: MODB}"])])
        #expect(found("code-matches-surfaces", in: right).isEmpty)
        // Without surfaces on the item, the carious surfaces of the tooth at that point are billed.
        let caries = try findings([(nil, ["{teeth: all, code: HY}", "{teeth: 46, code: F1}"])],
                                  formula: "{teeth: {46: {findings: [{kind: caries, surfaces: MO}]}}}")
        #expect(found("code-matches-surfaces", in: caries).map(\.tooth?.fdi) == [46])
    }

    /// The protocol reads the teeth the after chart shows: a veneer on 21 covers the decay on its front face,
    /// so the one-surface filling after it, billed without surfaces, restores only the palatal decay left.
    @Test func aFillingAfterAVeneerIsBilledOnTheDecayTheVeneerLeft() throws {
        let formula = "{teeth: {21: {findings: [{kind: caries, surfaces: BL}]}}}"
        let plan = try findings([(nil, ["{teeth: all, code: HY}", "{teeth: 21, code: VE}"]), ("1 week", ["{teeth: 21, code: F1}"])],
                                formula: formula)
        #expect(found("code-matches-surfaces", in: plan).isEmpty, "\(plan.map(\.message))")
        // Without the veneer the same filling meets both decayed surfaces.
        let alone = try findings([(nil, ["{teeth: all, code: HY}", "{teeth: 21, code: F1}"])], formula: formula)
        #expect(found("code-matches-surfaces", in: alone).map(\.message)
                == ["Visit 1, tooth 21: F1 is billed for 1 surfaces, but the filling covers 2 (BL)"])
    }

    @Test func aVisitLastsAtLeastItsServicesChairTime() throws {
        // Each visit of the test case lasts 30 minutes; F3 takes 30 and F1 20 per tooth.
        let long = try findings([(nil, ["{teeth: all, code: HY}", "{teeth: 46, code: F3, surfaces: MOD}",
                                        "{teeth: 36, code: F1, surfaces: O}"])])
        let finding = try #require(found("visit-covers-chair-time", in: long).first)
        #expect(finding.message == "Visit 1: 30 min planned, but its services take at least 50 min")
        let fits = try findings([(nil, ["{teeth: all, code: HY}", "{teeth: 46, code: F3, surfaces: MOD}"])])
        #expect(found("visit-covers-chair-time", in: fits).isEmpty)
    }

    @Test func anItemWithoutAProblemHereOrOnItsVisitIsAWarning() throws {
        let bare = try findings([(nil, ["{teeth: all, code: HY, problem: Calculus}", "{teeth: 46, code: F1, surfaces: O}"])])
        let finding = try #require(found("item-names-its-problem", in: bare).first)
        #expect(finding.severity == .warning)
        #expect(finding.tooth?.fdi == 46)
        // The rubber dam of a root canal treatment whose item names the problem needs no problem of its own.
        let explained = try findings([(nil, ["{teeth: all, code: HY, problem: Calculus}", "{teeth: 46, code: RD}",
                                             "{teeth: 46, code: EN, problem: Pulpitis}"])])
        #expect(found("item-names-its-problem", in: explained).isEmpty)
    }

    /// A root-filled 16 extracted and replaced by an implant needs no post under its crown: the rule
    /// reads the tooth as it stands when the crown is made.
    @Test func thePostRuleReadsTheToothAtThatPointOfThePlan() throws {
        let replaced = try findings([(nil, ["{teeth: all, code: HY}", "{teeth: upper, code: CB}", "{teeth: 16, code: XT}"]),
                                     ("3 months", ["{teeth: 16, code: IM}"]), ("3 months", ["{teeth: 16, code: CZ}"])],
                                    formula: "{teeth: {16: {restorations: [root-canal-filled]}}}")
        #expect(found("crown-after-endo-needs-post", in: replaced).isEmpty, "\(replaced.map(\.message))")
        #expect(!replaced.contains { $0.severity == .error }, "\(replaced.map(\.message))")
    }

    /// `--fix` adds the post that fits the crown it carries and the metal quota, not the list's first post.
    @Test func fixPicksAPostOfTheCrownsMaterialWithinTheMetalQuota() throws {
        let formula = "{teeth: {46: {restorations: [root-canal-filled]}}}"
        func fixedPost(_ items: [String]) throws -> String? {
            let text = Fixtures.caseText(formula: formula, variants: Fixtures.variant([(nil, ["{teeth: all, code: HY}"]), ("1 week", items)]))
            return try Fixtures.loaded(text).findings().first { $0.ruleID == "crown-after-endo-needs-post" }?.fix?.item.code
        }
        #expect(try fixedPost(["{teeth: 46, code: CZ}"]) == "PO", "a fibre post under a zirconia crown")
        #expect(try fixedPost(["{teeth: 46, code: CM}", "{teeth: [11, 12, 21], code: VE}"]) == "PM",
                "a cast post under a metal-ceramic crown while metal stays under the quota")
        #expect(try fixedPost(["{teeth: 46, code: CM}"]) == "PO", "a metal post would put metal over the 50 % quota")
    }

    @Test func numbersInMessagesUseTheLocalesSeparators() throws {
        let over = try findings([(nil, ["{teeth: all, code: HY}"]), ("1 week", ["{teeth: [16, 26], code: CM}", "{teeth: 36, code: CZ}"])],
                                locale: "ru")
        let finding = try #require(found("metal-quota", in: over).first)
        #expect(finding.message == "Металлические конструкции составляют 66,67\u{00A0}% — больше рекомендованных 50\u{00A0}%")
    }
}
