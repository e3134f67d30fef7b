import DentalModel
import Odontogram
import PlanEngine

extension BookletContext {
    /// What variant `index` does, as the after-chart marks it: per-tooth actions with their visits, and
    /// whole-jaw or whole-mouth work (hygiene) once above the chart instead of on every tooth.
    func chartChanges(variant index: Int) -> ChartChanges {
        var actions: [ToothNumber: [PlannedAction]] = [:]
        var area: [PlannedAction] = []
        let visits = dentalCase.variants[index].visits
        for item in input.loaded.resolved[index] where !item.item.isDeclined {
            guard let effect = item.service.effect else { continue }
            let action = PlannedAction(kind: Self.kind(effect), visit: item.visit + 1,
                                       specialists: visits[item.visit].specialists.map(\.role))
            if item.item.teeth.isArea {
                if !area.contains(action) { area.append(action) }
            } else {
                for tooth in item.teeth { actions[tooth, default: []].append(action) }
            }
        }
        return ChartChanges(before: dentalCase.formula, actions: actions, areaActions: area, accent: accent(index))
    }

    private static func kind(_ action: TreatmentAction) -> ActionKind {
        switch action {
        case .extraction: return .extraction
        case .implant: return .implant
        case .crown: return .crown
        case .bridgeAbutment, .pontic: return .bridge
        case .veneer: return .veneer
        case .filling: return .filling
        case .inlay, .onlay: return .inlay
        case .endodontics: return .endodontics
        case .post: return .post
        case .hygiene: return .hygiene
        case .periodontal: return .periodontal
        }
    }
}
