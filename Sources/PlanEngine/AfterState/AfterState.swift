import DentalModel

/// Applies each variant to the current formula. What a service does to a tooth comes from the
/// price list's `effect`, never from code: a service without an effect changes no tooth.
///
/// extraction → missing; implant → implant; crown → crown (fillings, inlays, caries and fracture
/// removed; a root remnant becomes a present tooth); filling/inlay/onlay → restored surfaces
/// (caries there removed); veneer → veneer; endodontics → root canal filled, periapical lesion
/// treated; post → post and core; bridge-abutment → bridge retainer crown; pontic → pontic;
/// hygiene → no plaque and no calculus; periodontal → no inflammation and no bleeding (teeth and their sextants).
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
                let visit = variant.visits[resolvedItem.visit]
                let roles = visit.specialists(doing: resolvedItem.item).map(\.person)
                for tooth in resolvedItem.teeth {
                    var record = formula.record(for: tooth)
                    let surfaces = apply(action, resolvedItem, to: &record)
                    formula.set(record)
                    merge(ToothChange(tooth: tooth, action: action, code: resolvedItem.item.code,
                                               serviceName: resolvedItem.service.name(dentalCase.locale),
                                               visitNumbers: [resolvedItem.visit + 1], specialistRoles: roles,
                                               solutions: resolvedItem.item.solution.map { [$0] } ?? [],
                                               surfaces: surfaces),
                           into: &changes)
                }
                if action == .hygiene || action == .periodontal {
                    for sextant in Set(resolvedItem.teeth.map(Sextant.init(tooth:))) {
                        guard var status = formula.sextants[sextant] else { continue }
                        clean(&status, action)
                        formula.sextants[sextant] = status
                    }
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

    /// Changes `record` for `action`; returns the surfaces treated.
    private static func apply(_ action: TreatmentAction, _ item: ResolvedItem,
                              to record: inout ToothRecord) -> [Surface] {
        let material = item.item.material ?? item.service.material?.rawValue
        let coronal: Set<FindingKind> = [.caries, .fracture, .wear]
        switch action {
        case .extraction:
            record = ToothRecord(tooth: record.tooth, state: .missing, notes: record.notes)
        case .implant:
            record = ToothRecord(tooth: record.tooth, state: .implant, notes: record.notes)
        case .pontic:
            record = ToothRecord(tooth: record.tooth, state: .pontic, notes: record.notes)
        case .crown, .bridgeAbutment:
            if record.state == .rootRemnant { record.state = .present }
            record.restorations.removeAll { [.filling, .inlay, .onlay, .crown, .veneer].contains($0.kind) }
            record.restorations.append(Restoration(kind: .crown, material: material))
            if action == .bridgeAbutment { record.restorations.append(Restoration(kind: .bridgeAbutment)) }
            record.findings.removeAll { coronal.contains($0.kind) }
        case .filling, .inlay, .onlay:
            let surfaces = treatedSurfaces(item, record)
            let kind: RestorationKind = action == .filling ? .filling : (action == .inlay ? .inlay : .onlay)
            var covered = Set(surfaces)
            if action != .filling {
                for old in record.restorations where old.kind == .filling { covered.formUnion(old.surfaces) }
                record.restorations.removeAll { $0.kind == .filling }
            }
            if let index = record.restorations.firstIndex(where: { $0.kind == kind }) {
                covered.formUnion(record.restorations[index].surfaces)
                record.restorations.remove(at: index)
            }
            record.restorations.append(Restoration(kind: kind, surfaces: covered.sorted(), material: material))
            record.findings = record.findings.compactMap { finding in
                guard finding.kind == .caries else { return finding }
                var rest = finding
                rest.surfaces.removeAll { covered.contains($0) }
                return (rest.surfaces.isEmpty || surfaces.isEmpty) ? nil : rest
            }
            return covered.sorted()
        case .veneer:
            record.restorations.removeAll { $0.kind == .veneer }
            record.restorations.append(Restoration(kind: .veneer, material: material))
            record.findings.removeAll { $0.kind == .wear }
        case .endodontics:
            if !record.has(.rootCanalFilled) { record.restorations.append(Restoration(kind: .rootCanalFilled)) }
            record.findings.removeAll { $0.kind == .periapicalLesion }
        case .post:
            if !record.has(.postAndCore) { record.restorations.append(Restoration(kind: .postAndCore, material: material)) }
        case .hygiene, .periodontal:
            clean(&record.periodontal, action)
        }
        return []
    }

    /// The item's surfaces, else the tooth's caries surfaces.
    private static func treatedSurfaces(_ item: ResolvedItem, _ record: ToothRecord) -> [Surface] {
        if !item.item.surfaces.isEmpty { return item.item.surfaces }
        return Array(Set(record.findings.filter { $0.kind == .caries }.flatMap(\.surfaces))).sorted()
    }

    private static func clean(_ status: inout PeriodontalStatus, _ action: TreatmentAction) {
        if action == .hygiene {
            if status.plaque != nil || status.isEmpty { status.plaque = false }
            if status.calculus != nil { status.calculus = false }
        } else {
            if status.inflammation != nil || status.isEmpty { status.inflammation = false }
            if status.bleeding != nil { status.bleeding = false }
        }
    }
}
