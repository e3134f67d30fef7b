import DentalModel
import Graphics
import Layout
@testable import Odontogram
import PlanEngine
import Testing

/// What the chart shows: legend keys of what was drawn, changed teeth, badges from the after-state.
@Suite struct ChartContentTests {
    @Test func theCurrentChartOfTheFullMouthCaseListsWhatItDraws() throws {
        let dentalCase = try ChartFixtures.fullMouth().dentalCase
        let keys = Set(Odontogram(formula: dentalCase.formula).legendKeys)
        let expected: Set<LegendKey> = [.caries, .periapicalLesion, .rootRemnant, .missing, .fillingComposite, .fillingMetal,
                                        .crownMetalCeramic, .rootCanal, .mobility, .wear, .plaque, .inflammation, .bleeding,
                                        .pocket]
        #expect(keys == expected)
    }

    @Test func anAfterChartMarksNewWorkChangedTeethAndActions() throws {
        let loaded = try ChartFixtures.fullMouth()
        let dentalCase = loaded.dentalCase
        let after = loaded.afterState().variants[1]
        let changes = ChartChanges(after: after, before: dentalCase.formula)
        let chart = Odontogram(formula: after.formula, changes: changes)
        let keys = Set(chart.legendKeys)
        for key: LegendKey in [.implant, .crownCeramic, .veneer, .inlay, .planned, .changed, .visitNumber, .severalSpecialists,
                               .action(.extraction), .action(.implant), .action(.crown), .action(.endodontics),
                               .action(.hygiene)] {
            #expect(keys.contains(key), "missing \(key)")
        }
        #expect(!keys.contains(.rootRemnant) && !keys.contains(.periapicalLesion))
        // Hygiene for the whole mouth is one area badge, not a badge on every tooth.
        #expect(changes.areaActions.map(\.kind) == [.hygiene])
        #expect(changes.actions.values.allSatisfy { !$0.contains { $0.kind == .hygiene } })
        let changed = Set(chart.changedTeeth.map(\.fdi))
        #expect(changed.isSuperset(of: [16, 26, 36, 46, 25, 11, 21, 24, 37, 45, 47]))
        #expect(!changed.contains(13) && !changed.contains(33))
    }

    /// Before the material vocabulary, metal-ceramic crowns were drawn as full metal ("metal" in the price
    /// list) and metal-ceramic bridge pontics as ceramic (the retainer marker carried no material).
    @Test func metalCeramicCrownsAndBridgesAreDrawnMetalCeramic() throws {
        let loaded = try ChartFixtures.fullMouth()
        let after = loaded.afterState().variants[0]
        let keys = Set(Odontogram(formula: after.formula, changes: ChartChanges(after: after, before: loaded.dentalCase.formula))
            .legendKeys)
        #expect(keys.contains(.crownMetalCeramic))
        #expect(!keys.contains(.crownMetal) && !keys.contains(.crownCeramic), "\(keys)")
        let pontic = ToothLook(record: after.formula.record(for: ChartFixtures.tooth(26)), bridgeMaterial: .metalCeramic)
        #expect(pontic.crown?.material == .metalCeramic)
    }

    /// Before, a pulpotomy was drawn as filled canals and a sealant as a filling.
    @Test func aPulpotomyAndASealantHaveTheirOwnLooks() {
        var record = ToothRecord(tooth: ChartFixtures.tooth(75), restorations: [Restoration(kind: .pulpotomy),
                                                                               Restoration(kind: .sealant, surfaces: [.occlusal])])
        let look = ToothLook(record: record, baseline: ToothRecord(tooth: record.tooth))
        #expect(look.pulpotomy == .planned && look.rootCanal == nil)
        #expect(look.sealant == [.occlusal: .planned] && look.surfaceWork.isEmpty)
        #expect(look.legendKeys.isSuperset(of: [.pulpotomy, .sealant, .planned]))
        record.restorations = [Restoration(kind: .crown, material: .zirconia)]
        #expect(ToothLook(record: record).sealant.isEmpty)
    }

    /// Before, a re-treated root canal and a new crown for an old one of the same material were drawn as
    /// existing work: they equal the old restorations.
    @Test func reDoneWorkIsDrawnAsPlanned() throws {
        let loaded = try ChartFixtures.fullMouth()
        let after = loaded.afterState().variants[0]
        let t16 = ChartFixtures.tooth(16)
        let changes = ChartChanges(after: after, before: loaded.dentalCase.formula)
        let look = ToothLook(record: after.formula.record(for: t16), baseline: loaded.dentalCase.formula.record(for: t16),
                             newWork: changes.newWork[t16] ?? [])
        #expect(look.rootCanal == .planned && look.crown?.tint == .planned && look.post == .planned)
        let t46 = ChartFixtures.tooth(46)
        let kept = ToothLook(record: after.formula.record(for: t46), baseline: loaded.dentalCase.formula.record(for: t46),
                             newWork: changes.newWork[t46] ?? [])
        #expect(kept.rootCanal == .existing, "46's root canal filling is kept, not re-done")
    }

    @Test func eachStateAddsItsOwnLegendKey() {
        for sample in StateSamples.all {
            guard let key = sample.key else { continue }
            for record in sample.records {
                var formula = DentalFormula()
                formula.set(record)
                let changes = sample.planned ? ChartChanges(before: DentalFormula()) : nil
                #expect(Odontogram(formula: formula, changes: changes).legendKeys.contains(key),
                        "\(sample.name) on \(record.tooth) lacks \(key)")
            }
        }
    }

    @Test func badgesCollapseRepeatsAndShowSeveralSpecialists() {
        let actions = [PlannedAction(kind: .endodontics, visit: 2, specialists: ["endodontist"]),
                       PlannedAction(kind: .endodontics, visit: 2, specialists: ["endodontist"]),
                       PlannedAction(kind: .crown, visit: 4, specialists: ["prosthodontist", "technician"])]
        let badges = Odontogram.badges(actions)
        #expect(badges.map(\.icon) == [.action(.endodontics), .action(.crown), .team])
        #expect(badges.map(\.figure) == ["2", "4", "3"])
        #expect(Odontogram.badges(Array(actions.prefix(2))).count == 1)
    }

    @Test func everyMaterialOfTheVocabularyHasItsLook() {
        let looks: [RestorationMaterial: MaterialClass] = [
            .composite: .composite, .glassIonomer: .composite, .amalgam: .metal, .gold: .metal, .metal: .metal,
            .metalCeramic: .metalCeramic, .zirconia: .ceramic, .glassCeramic: .ceramic, .ceramic: .ceramic,
            .fibre: .ceramic, .temporary: .temporary, .metalFree: .ceramic,
        ]
        #expect(Set(looks.keys) == Set(RestorationMaterial.allCases))
        for (material, look) in looks {
            #expect(MaterialClass.of(material, fallback: .ceramic) == look, "\(material)")
        }
        #expect(MaterialClass.of(nil, fallback: .composite) == .composite)
    }

    @Test func toothNumbersFollowTheCaseNotation() throws {
        let engine = try ChartFixtures.engine()
        let chart = Odontogram(formula: DentalFormula(), notation: .universal)
        let frames = try chart.frames(in: Rect(x: 0, y: 0, width: 480, height: 400), text: engine)
        let labels = Set(frames.compactMap { frame -> String? in
            if case let .text(block, _, _) = frame { return block.text }
            return nil
        })
        #expect(labels == Set((1...32).map(String.init)))
    }

    @Test func everyLabelExistsInEveryLocaleAndIsShownWithTheShippedFonts() throws {
        let engine = try ChartFixtures.engine()
        for key in LegendKey.all {
            let labels = CaseLocale.allCases.map(key.label)
            #expect(labels.allSatisfy { !$0.isEmpty })
            #expect(Set(labels).count > 1 || key == .action(.implant) || key == .implant || key == .action(.bridge),
                    "\(key) is not translated")
            for label in labels {
                #expect(try engine.layout(.plain(label), style: TextStyle()).unknownGlyphCount == 0)
            }
        }
    }
}
