import DentalModel

/// Applies each variant to the current formula, item by item in visit order. What a service does to a
/// tooth comes from the price list's `effect`, never from code: a service without an effect changes no
/// tooth. Each effect's rule is `ToothWork` (work on a tooth) or `GumCare` (hygiene and periodontal
/// therapy); docs/after-state.md writes them out.
public struct AfterState: Sendable, Hashable, Codable {
    /// One per variant, in case order.
    public let variants: [VariantAfterState]

    static func build(_ dentalCase: DentalCase, resolved: [[ResolvedItem]]) -> AfterState {
        var result: [VariantAfterState] = []
        for (v, variant) in dentalCase.variants.enumerated() {
            var formula = dentalCase.formula
            var changes: [ToothNumber: [ToothChange]] = [:]
            for resolvedItem in resolved[v] where !resolvedItem.item.isDeclined {
                guard let action = resolvedItem.service.effect else { continue }
                let item = resolvedItem.item
                let people = variant.visits[resolvedItem.visit].specialists(doing: item).map(\.person)
                if GumCare.handles(action) {
                    GumCare.apply(action, to: resolvedItem.teeth, in: &formula)
                }
                for tooth in resolvedItem.teeth {
                    var record = formula.record(for: tooth)
                    let placed = GumCare.handles(action) ? []
                        : ToothWork(action: action, surfaces: item.surfaces,
                                    material: item.material ?? resolvedItem.service.madeOf).apply(to: &record)
                    if record != formula.record(for: tooth) { formula.set(record) }
                    merge(ToothChange(tooth: tooth, action: action, code: item.code,
                                      serviceName: resolvedItem.service.name(dentalCase.locale),
                                      visitNumbers: [resolvedItem.visit + 1], specialistRoles: people,
                                      solutions: item.solution.map { [$0] } ?? [],
                                      surfaces: placed.first { $0.kind.usesSurfaces }?.surfaces ?? [],
                                      placed: placed, fromArea: item.teeth.isArea),
                          into: &changes)
                }
            }
            result.append(VariantAfterState(variantName: variant.name, formula: formula, changes: changes))
        }
        return AfterState(variants: result)
    }

    /// Merges a change into an earlier one of the same tooth, action and code (a service spread
    /// over several visits), else appends it.
    private static func merge(_ change: ToothChange, into changes: inout [ToothNumber: [ToothChange]]) {
        var list = changes[change.tooth] ?? []
        if let index = list.firstIndex(where: { $0.action == change.action && $0.code == change.code }) {
            for number in change.visitNumbers where !list[index].visitNumbers.contains(number) {
                list[index].visitNumbers.append(number)
            }
            for role in change.specialistRoles where !list[index].specialistRoles.contains(role) {
                list[index].specialistRoles.append(role)
            }
            for text in change.solutions where !list[index].solutions.contains(text) {
                list[index].solutions.append(text)
            }
        } else {
            list.append(change)
        }
        changes[change.tooth] = list
    }
}
