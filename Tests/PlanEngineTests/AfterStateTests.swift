import DentalModel
import PlanEngine
import Testing

@Suite("After-state")
struct AfterStateTests {
    private func after(formula: String, _ visits: [(interval: String?, items: [String])]) throws -> VariantAfterState {
        try Fixtures.loaded(Fixtures.caseText(formula: formula, variants: Fixtures.variant(visits))).afterState().variants[0]
    }

    private func tooth(_ fdi: Int) throws -> ToothNumber { try #require(ToothNumber(fdi: fdi)) }

    @Test func fillingRestoresSurfacesAndRemovesCariesThere() throws {
        let state = try after(formula: "{teeth: {46: {findings: [{kind: caries, surfaces: MOD}]}, 45: {findings: [{kind: caries, surfaces: O}]}}}",
                              [(nil, ["{teeth: 46, code: FI, surfaces: MO}", "{teeth: 45, code: FI}"])])
        let t46 = state.formula.record(for: try tooth(46))
        #expect(t46.restoration(.filling)?.surfaces == [.mesial, .occlusal])
        #expect(t46.findings.first?.surfaces == [.distal], "caries left on the untreated surface")
        let t45 = state.formula.record(for: try tooth(45))
        #expect(t45.restoration(.filling)?.surfaces == [.occlusal], "no surfaces given: the caries surfaces")
        #expect(t45.findings.isEmpty)
        #expect(state.changes[try tooth(46)]?.first?.surfaces == [.mesial, .occlusal])
    }

    @Test func extractionImplantAndCrown() throws {
        let state = try after(formula: "{teeth: {36: {state: root-remnant, findings: [periapical-lesion]}}}",
                              [(nil, ["{teeth: lower, code: CB}", "{teeth: 36, code: XT}"]),
                               ("3 months", ["{teeth: 36, code: IM}"]), ("3 months", ["{teeth: 36, code: CZ}"])])
        let t36 = state.formula.record(for: try tooth(36))
        #expect(t36.state == .implant)
        #expect(t36.restoration(.crown)?.material == .zirconia)
        #expect(t36.findings.isEmpty)
        let changes = try #require(state.changes[try tooth(36)])
        #expect(changes.map(\.action) == [.extraction, .implant, .crown])
        #expect(changes.map(\.visitNumbers) == [[1], [2], [3]])
        #expect(state.changedTeeth == [try tooth(36)], "a CBCT has no effect on teeth")
    }

    @Test func endodonticsPostCrownAndServicesSpanningVisits() throws {
        let state = try after(formula: "{teeth: {16: {restorations: [{kind: filling, surfaces: OD}], findings: [periapical-lesion]}}}",
                              [(nil, ["{teeth: 16, code: RD}", "{teeth: 16, code: EN, quantity: 1}"]),
                               ("1 week", ["{teeth: 16, code: RD}", "{teeth: 16, code: EN, quantity: 2}",
                                           "{teeth: 16, code: PO}", "{teeth: 16, code: CZ}"])])
        let t16 = state.formula.record(for: try tooth(16))
        #expect(t16.has(.rootCanalFilled) && t16.has(.postAndCore) && t16.has(.crown))
        #expect(!t16.has(.filling), "the crown replaces the filling")
        #expect(!t16.has(.periapicalLesion))
        let endo = try #require(state.changes[try tooth(16)]?.first { $0.action == .endodontics })
        #expect(endo.visitNumbers == [1, 2])
    }

    @Test func hygieneAndPeriodontalTherapyCleanTeethAndSextants() throws {
        let state = try after(formula: "{teeth: {47: {periodontal: {plaque: true, inflammation: true, bleeding: true}}}, sextants: {S6: {plaque: true, inflammation: true, bleeding: true}}}",
                              [(nil, ["{teeth: all, code: HY}", "{teeth: 47, code: PE}"])])
        let t47 = state.formula.record(for: try tooth(47))
        #expect(t47.periodontal == PeriodontalStatus(plaque: false, inflammation: false, bleeding: false))
        #expect(state.formula.sextants[.lowerRight] == PeriodontalStatus(plaque: false, inflammation: false, bleeding: false))
    }

    @Test func declinedItemsChangeNothingAndBridgesMakeAbutmentsAndPontics() throws {
        let state = try after(formula: "{teeth: {36: missing}}",
                              [(nil, ["{teeth: [35, 37], code: BA}", "{teeth: 36, code: BP}",
                                      "{teeth: 11, code: VE, declined: {justification: \"Not now\"}}"])])
        #expect(state.formula.record(for: try tooth(36)).state == .pontic)
        #expect(state.formula.record(for: try tooth(35)).has(.bridgeAbutment))
        #expect(state.formula.record(for: try tooth(37)).has(.crown))
        #expect(state.changes[try tooth(11)] == nil)
    }

    @Test func defaultRulesSpeakEveryLocale() throws {
        for rule in Fixtures.defaultRules.rules where rule.kind != .insurance {
            #expect(Set(rule.messages.keys) == Set(CaseLocale.allCases), "\(rule.id)")
        }
    }
}
