import DentalModel

/// The findings of the formula in plain words, one sentence per kind of problem, teeth grouped:
/// "Teeth 18, 28 are missing." Each sentence is template markup with the teeth escaped into it. Gum
/// findings are read as the chart draws them: a tooth's own values over its sextant's, a pocket from
/// `PeriodontalStatus.pocketThreshold`.
struct FindingsSummary {
    let context: BookletContext

    func sentences() -> [String] {
        let records = context.dentalCase.formula.records.values.sorted { $0.tooth < $1.tooth }
        func teeth(_ keep: (ToothRecord) -> Bool) -> [ToothNumber] { records.filter(keep).map(\.tooth) }
        let formula = context.dentalCase.formula
        let gums = Dictionary(uniqueKeysWithValues: formula.chartedTeeth.compactMap { tooth -> (ToothNumber, PeriodontalStatus)? in
            let record = formula.record(for: tooth)
            guard [.present, .rootRemnant, .implant].contains(record.state) else { return nil }
            return (tooth, record.periodontal.over(formula.sextants[Sextant(tooth: tooth)]))
        })
        let underFilling = teeth { $0.has(.caries) && ($0.has(.filling) || $0.has(.inlay)) }
        let groups: [(StringKey, [ToothNumber])] = [
            (.findingsMissing, teeth { $0.state == .missing && !$0.tooth.isWisdomTooth }),
            (.findingsRootRemnant, teeth { $0.state == .rootRemnant }),
            (.findingsLesion, teeth { $0.has(.periapicalLesion) }),
            (.findingsCariesUnderFilling, underFilling),
            (.findingsCaries, teeth { $0.has(.caries) && !underFilling.contains($0.tooth) }),
            (.findingsFracture, teeth { $0.has(.fracture) }),
            (.findingsMobility, teeth { $0.has(.mobility) }),
            (.findingsWear, teeth { $0.has(.wear) }),
            (.findingsPockets, gums.filter { $0.value.hasPocket }.map(\.key).sorted()),
        ]
        var sentences = groups.filter { !$0.1.isEmpty }.map { key, teeth in
            context.strings.markup(key, ["teeth": context.toothList(teeth)], count: teeth.count)
        }
        func sextants(_ keep: (PeriodontalStatus) -> Bool) -> Int {
            Set(gums.filter { keep($0.value) }.map { Sextant(tooth: $0.key) }).count
        }
        let inflamed = sextants { $0.inflammation == true || $0.bleeding == true }
        if inflamed > 0 { sentences.append(context.strings.markup(.findingsGums, count: inflamed)) }
        let plaque = sextants { $0.plaque == true }
        if plaque > 0 { sentences.append(context.strings.markup(.findingsPlaque, count: plaque)) }
        return sentences
    }
}

extension ToothNumber {
    /// Third molars: a missing one is rarely a problem worth a sentence.
    var isWisdomTooth: Bool { !isPrimary && position == 8 }
}
