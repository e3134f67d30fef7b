import DentalModel

/// The teeth as they stand just before each item of one variant: the case's formula, changed item by
/// item in plan order by what each earlier (not declined) item does — by the after-state's own rules
/// (`ToothWork`, docs/after-state.md), so the protocol reads the same teeth the after chart shows. Rules read
/// the tooth where the item meets it: a root-filled 16 that an earlier visit extracts and replaces by an
/// implant is an implant, not a root-filled tooth, when its crown is made.
struct PlanTimeline {
    /// For each item of the variant (in the order given), its teeth as they stand before it.
    let before: [[ToothRecord]]

    init(formula: DentalFormula, items: [ResolvedItem]) {
        var teeth: [ToothNumber: ToothRecord] = [:]
        var before: [[ToothRecord]] = []
        before.reserveCapacity(items.count)
        for item in items {
            let current = item.teeth.map { teeth[$0] ?? formula.record(for: $0) }
            before.append(current)
            guard !item.item.isDeclined, let action = item.service.effect, !GumCare.handles(action) else { continue }
            let work = ToothWork(action: action, surfaces: item.item.surfaces, material: item.item.material ?? item.service.madeOf)
            for (tooth, var record) in zip(item.teeth, current) {
                _ = work.apply(to: &record)
                teeth[tooth] = record
            }
        }
        self.before = before
    }
}

extension ToothRecord {
    /// Whether the tooth shows `fact`.
    func shows(_ fact: ToothFact) -> Bool {
        switch fact {
        case .present: state == .present
        case .missing: state == .missing
        case .rootRemnant: state == .rootRemnant
        case .implant: state == .implant
        case .pontic: state == .pontic
        case .unerupted: state == .unerupted
        case .primary: tooth.isPrimary
        case .rootFilled: has(RestorationKind.rootCanalFilled) && (state == .present || state == .rootRemnant)
        case .periapicalLesion: has(FindingKind.periapicalLesion) && (state == .present || state == .rootRemnant)
        }
    }

    /// The surfaces its caries findings name.
    var cariesSurfaces: Set<Surface> {
        Set(findings.filter { $0.kind == .caries }.flatMap(\.surfaces))
    }
}
