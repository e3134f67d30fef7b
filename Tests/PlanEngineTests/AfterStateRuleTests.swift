import DentalModel
import PlanEngine
import Testing

/// The after-state rules of docs/after-state.md, one class of mistake each: every test failed on the code
/// before the rules were written (hygiene left gingivitis, curettage cleared a sextant, a veneer kept the
/// decay under it, a filling kept the crack it repairs, a one-surface filling turned an amalgam MOD into
/// composite, a pulpotomy was a root canal filling and a sealant a filling, re-done work was old work).
@Suite("After-state rules")
struct AfterStateRuleTests {
    private func after(formula: String, _ items: [String]) throws -> VariantAfterState {
        try Fixtures.loaded(Fixtures.caseText(formula: formula, variants: Fixtures.variant([(nil, items)])))
            .afterState().variants[0]
    }

    private func tooth(_ fdi: Int) throws -> ToothNumber { try #require(ToothNumber(fdi: fdi)) }

    private func gums(_ state: VariantAfterState, _ fdi: Int) throws -> PeriodontalStatus {
        let tooth = try tooth(fdi)
        return state.formula.record(for: tooth).periodontal.over(state.formula.sextants[Sextant(tooth: tooth)])
    }

    @Test func hygieneHealsGingivitisWhereNoPocketIsAndLeavesPockets() throws {
        let state = try after(formula: "{sextants: {S5: {plaque: true, inflammation: true, bleeding: true, pocketDepth: 3}, "
                                       + "S6: {plaque: true, inflammation: true, bleeding: true, pocketDepth: 5}}}",
                              ["{teeth: all, code: HY, problem: \"Bleeding gums\"}"])
        #expect(try gums(state, 41) == PeriodontalStatus(plaque: false, inflammation: false, bleeding: false, pocketDepthMM: 3),
                "gingivitis heals with hygiene")
        #expect(try gums(state, 46) == PeriodontalStatus(plaque: false, inflammation: true, bleeding: true, pocketDepthMM: 5),
                "a 5 mm pocket and the bleeding at it stay until periodontal therapy")
    }

    @Test func curettageOfOneToothChangesThatToothAndNotItsSextant() throws {
        let state = try after(formula: "{sextants: {S6: {plaque: true, inflammation: true, bleeding: true, pocketDepth: 5}}}",
                              ["{teeth: 47, code: PE}"])
        #expect(try gums(state, 47) == PeriodontalStatus(plaque: false, inflammation: false, bleeding: false, pocketDepthMM: 3))
        #expect(try gums(state, 46) == PeriodontalStatus(plaque: true, inflammation: true, bleeding: true, pocketDepthMM: 5),
                "the neighbour nobody treated keeps its pocket and bleeding")
        #expect(state.formula.sextants[.lowerRight] == PeriodontalStatus(plaque: true, inflammation: true, bleeding: true,
                                                                           pocketDepthMM: 5))
    }

    @Test func aVeneerCoversTheDecayAndOldFillingsUnderIt() throws {
        let state = try after(formula: "{teeth: {21: {restorations: [{kind: filling, surfaces: DI, material: composite}], "
                                       + "findings: [wear, {kind: caries, surfaces: D}]}}}",
                              ["{teeth: 21, code: VE}"])
        let t21 = state.formula.record(for: try tooth(21))
        #expect(t21.findings.isEmpty, "no decay or wear left under the veneer")
        #expect(t21.restorations == [Restoration(kind: .veneer, material: .metalFree)])
    }

    @Test func aFillingRepairsTheCrackAndWearOfTheSurfaceItRestores() throws {
        let state = try after(formula: "{teeth: {26: {restorations: [{kind: filling, surfaces: MOD, material: amalgam}], "
                                       + "findings: [fracture]}, 11: {findings: [wear]}}}",
                              ["{teeth: 26, code: FC, surfaces: MOD}", "{teeth: 11, code: FI}"])
        let t26 = state.formula.record(for: try tooth(26))
        #expect(t26.findings.isEmpty)
        #expect(t26.restorations == [Restoration(kind: .filling, surfaces: [.mesial, .occlusal, .distal], material: .composite)],
                "the amalgam is replaced by composite")
        let t11 = state.formula.record(for: try tooth(11))
        #expect(t11.findings.isEmpty, "a filling without surfaces on a worn tooth restores its edge")
        #expect(t11.restorations.first?.surfaces == [.incisal])
    }

    @Test func aOneSurfaceFillingKeepsTheOldAmalgamOnTheOtherSurfaces() throws {
        let state = try after(formula: "{teeth: {46: {restorations: [{kind: filling, surfaces: MOD, material: amalgam}], "
                                       + "findings: [{kind: caries, surfaces: O}]}}}",
                              ["{teeth: 46, code: FC, surfaces: O}"])
        let t46 = state.formula.record(for: try tooth(46))
        #expect(t46.restorations == [Restoration(kind: .filling, surfaces: [.mesial, .distal], material: .amalgam),
                                     Restoration(kind: .filling, surfaces: [.occlusal], material: .composite)])
        #expect(t46.findings.isEmpty)
        #expect(state.newWork(on: try tooth(46)) == [Restoration(kind: .filling, surfaces: [.occlusal], material: .composite)])
    }

    @Test func aPulpotomyIsNotARootCanalFillingAndASealantIsNotAFilling() throws {
        let text = Fixtures.caseText(formula: "{dentition: primary, teeth: {75: {findings: [{kind: caries, surfaces: OD}]}}}",
                                     variants: Fixtures.variant([(nil, ["{teeth: 75, code: PU}", "{teeth: 75, code: FI, surfaces: OD}",
                                                                        "{teeth: 85, code: SE}"])]))
        let state = try Fixtures.loaded(text).afterState().variants[0]
        let t75 = state.formula.record(for: try tooth(75)), t85 = state.formula.record(for: try tooth(85))
        #expect(t75.has(.pulpotomy) && !t75.has(.rootCanalFilled))
        #expect(t85.restorations == [Restoration(kind: .sealant, surfaces: [.occlusal])])
    }

    @Test func reTreatedAndReCrownedWorkIsNewWork() throws {
        let state = try after(formula: "{teeth: {16: {restorations: [{kind: crown, material: metal-ceramic}, root-canal-filled], "
                                       + "findings: [periapical-lesion]}}}",
                              ["{teeth: 16, code: RD}", "{teeth: 16, code: EN, quantity: 3}", "{teeth: 16, code: PO}",
                               "{teeth: 16, code: CM}"])
        let t16 = try tooth(16)
        #expect(state.formula.record(for: t16).restorations == [
            Restoration(kind: .rootCanalFilled), Restoration(kind: .postAndCore, material: .fibre),
            Restoration(kind: .crown, material: .metalCeramic),
        ])
        #expect(Set(state.newWork(on: t16).map(\.kind)) == [.rootCanalFilled, .postAndCore, .crown],
                "the same kinds as before, but placed by the plan")
    }

    @Test func materialsAreOneVocabularyFromPriceListToFormula() throws {
        #expect(RestorationMaterial(written: "amalgame") == .amalgam)
        #expect(RestorationMaterial(written: "Металлокерамика") == .metalCeramic)
        #expect(RestorationMaterial(written: "E.max") == .glassCeramic)
        #expect(RestorationMaterial(written: "metal-free") == .metalFree)
        #expect(RestorationMaterial(written: "unobtainium") == nil)
        #expect(ServiceMaterial(.metalCeramic) == .metal && ServiceMaterial(.gold) == .metal
                && ServiceMaterial(.zirconia) == .metalFree)
        let bridge = try after(formula: "{teeth: {36: missing}}", ["{teeth: [35, 37], code: BA}", "{teeth: 36, code: BP}",
                                                                    "{teeth: 16, code: CM}"])
        #expect(bridge.formula.record(for: try tooth(16)).restoration(.crown)?.material == .metalCeramic)
        let bad = Fixtures.caseText(formula: "{teeth: {16: {restorations: [{kind: crown, material: unobtainium}]}}}",
                                    variants: Fixtures.variant([(nil, ["{teeth: 16, code: FI}"])]))
        #expect(throws: InputError.self) { try Fixtures.loaded(bad) }
    }
}
