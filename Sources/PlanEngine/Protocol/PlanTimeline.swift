import DentalModel

/// The teeth as they stand just before each item of one variant: the case's formula, changed item by
/// item in plan order by what each earlier (not declined) item does. Rules read the tooth where the
/// item meets it — a root-filled 16 that an earlier visit extracts and replaces by an implant is an
/// implant, not a root-filled tooth, when its crown is made.
struct PlanTimeline {
    /// What rules need of one tooth.
    struct Tooth: Hashable {
        var state: ToothState
        var rootFilled: Bool
        var lesion: Bool
        var caries: Set<Surface>
        let primary: Bool

        init(_ record: ToothRecord) {
            state = record.state
            rootFilled = record.has(.rootCanalFilled)
            lesion = record.has(.periapicalLesion)
            caries = Set(record.findings.filter { $0.kind == .caries }.flatMap(\.surfaces))
            primary = record.tooth.isPrimary
        }

        /// Whether the tooth shows `fact`.
        func has(_ fact: ToothFact) -> Bool {
            switch fact {
            case .present: state == .present
            case .missing: state == .missing
            case .rootRemnant: state == .rootRemnant
            case .implant: state == .implant
            case .pontic: state == .pontic
            case .unerupted: state == .unerupted
            case .primary: primary
            case .rootFilled: rootFilled && (state == .present || state == .rootRemnant)
            case .periapicalLesion: lesion && (state == .present || state == .rootRemnant)
            }
        }

        /// The tooth after `item` has treated it.
        mutating func apply(_ item: ResolvedItem) {
            guard !item.item.isDeclined, let effect = item.service.effect else { return }
            switch effect {
            case .extraction: state = .missing; rootFilled = false; lesion = false; caries = []
            case .implant: state = .implant; rootFilled = false; lesion = false; caries = []
            case .pontic: state = .pontic; caries = []
            case .endodontics: rootFilled = true; lesion = false
            case .crown, .bridgeAbutment:
                if state == .rootRemnant { state = .present }
                caries = []
            case .filling, .inlay, .onlay:
                caries.subtract(item.item.surfaces.isEmpty ? caries : Set(item.item.surfaces))
            case .veneer, .post, .pulpotomy, .sealant, .hygiene, .periodontal: break
            }
        }
    }

    /// For each item of the variant (in the order given), its teeth as they stand before it.
    let before: [[Tooth]]

    init(formula: DentalFormula, items: [ResolvedItem]) {
        var teeth: [ToothNumber: Tooth] = [:]
        var before: [[Tooth]] = []
        before.reserveCapacity(items.count)
        for item in items {
            let current = item.teeth.map { teeth[$0] ?? Tooth(formula.record(for: $0)) }
            before.append(current)
            for (tooth, var state) in zip(item.teeth, current) {
                state.apply(item)
                teeth[tooth] = state
            }
        }
        self.before = before
    }
}
