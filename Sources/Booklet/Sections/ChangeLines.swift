import DentalModel
import PlanEngine

/// What a variant changes, tooth by tooth, in plain words: "36: missing → implant with a crown".
struct ChangeLines {
    let context: BookletContext
    let index: Int

    func lines() -> [String] {
        let after = context.input.afterState.variants[index]
        return after.changedTeeth.compactMap { tooth in
            let before = describe(context.dentalCase.formula.record(for: tooth))
            let now = describe(after.formula.record(for: tooth))
            guard before != now else { return nil }
            return context.plain(.toothChange, ["tooth": context.dentalCase.notation.format(tooth),
                                                "before": before, "after": now])
        }
    }

    /// The most telling words for a tooth: what is in its place, then its main restoration or problem.
    private func describe(_ record: ToothRecord) -> String {
        switch record.state {
        case .missing, .unerupted: return context.plain(.toothMissing)
        case .rootRemnant: return context.plain(.toothRootRemnant)
        case .pontic: return context.plain(.toothPontic)
        case .implant:
            return context.plain(record.has(.crown) ? .toothImplantCrown : .toothImplant)
        case .present:
            var words: [String] = []
            if record.has(.bridgeAbutment) { words.append(context.plain(.toothAbutment)) }
            else if record.has(.crown) { words.append(context.plain(.toothCrown)) }
            else if record.has(.veneer) { words.append(context.plain(.toothVeneer)) }
            else if record.has(.onlay) { words.append(context.plain(.toothOnlay)) }
            else if record.has(.inlay) { words.append(context.plain(.toothInlay)) }
            else if record.has(.filling) { words.append(context.plain(.toothFilling)) }
            if record.has(.caries) { words.append(context.plain(.toothDecayed)) }
            if record.has(.rootCanalFilled) { words.append(context.plain(.toothRootCanal)) }
            return words.isEmpty ? context.plain(.toothHealthy) : words.joined(separator: ", ")
        }
    }
}
