import DentalModel

/// The findings of the formula in plain words, one sentence per kind of problem, teeth grouped:
/// "Teeth 18, 28 are missing." Each sentence is template markup with the teeth escaped into it.
struct FindingsSummary {
    let context: BookletContext

    func sentences() -> [String] {
        let records = context.dentalCase.formula.records.values.sorted { $0.tooth < $1.tooth }
        func teeth(_ keep: (ToothRecord) -> Bool) -> [ToothNumber] { records.filter(keep).map(\.tooth) }
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
            (.findingsPockets, teeth { ($0.periodontal.pocketDepthMM ?? 0) > 4 }),
        ]
        var sentences = groups.filter { !$0.1.isEmpty }.map { key, teeth in
            context.strings.markup(key, ["teeth": context.toothList(teeth)], count: teeth.count)
        }
        let inflamed = context.dentalCase.formula.sextants.values.filter { $0.inflammation == true || $0.bleeding == true }
        if !inflamed.isEmpty {
            sentences.append(context.strings.markup(.findingsGums, count: inflamed.count))
        }
        return sentences
    }
}

extension ToothNumber {
    /// Third molars: a missing one is rarely a problem worth a sentence.
    var isWisdomTooth: Bool { !isPrimary && position == 8 }
}
