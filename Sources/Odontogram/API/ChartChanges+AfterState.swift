import DentalModel
import Graphics
import PlanEngine

extension ChartChanges {
    /// The changes of one variant from the plan engine's after-state.
    ///
    /// Actions of items written for a jaw or the whole mouth (hygiene, typically) become area actions,
    /// shown once above the chart instead of on every tooth.
    public init(after: VariantAfterState, before: DentalFormula,
                accent: Color = ChartPalette.planned) {
        var actions: [ToothNumber: [PlannedAction]] = [:]
        var area: [PlannedAction] = []
        var seenArea: Set<PlannedAction> = []
        for (tooth, changes) in after.changes {
            for change in changes {
                let planned = change.visitNumbers.map {
                    PlannedAction(kind: ActionKind(change.action), visit: $0, specialists: change.specialistRoles)
                }
                if change.fromArea {
                    for action in planned where seenArea.insert(action).inserted { area.append(action) }
                } else {
                    actions[tooth, default: []] += planned
                }
            }
        }
        let newWork = Dictionary(uniqueKeysWithValues: after.changedTeeth.map { ($0, after.newWork(on: $0)) })
            .filter { !$0.value.isEmpty }
        self.init(before: before, actions: actions, areaActions: area.sorted { $0.visit < $1.visit }, newWork: newWork,
                  accent: accent)
    }
}

extension ActionKind {
    /// The badge of a plan engine action.
    init(_ action: TreatmentAction) {
        switch action {
        case .extraction: self = .extraction
        case .implant: self = .implant
        case .crown: self = .crown
        case .filling, .sealant: self = .filling
        case .inlay, .onlay: self = .inlay
        case .veneer: self = .veneer
        case .endodontics, .pulpotomy: self = .endodontics
        case .post: self = .post
        case .bridgeAbutment, .pontic: self = .bridge
        case .hygiene: self = .hygiene
        case .periodontal: self = .periodontal
        }
    }
}
