import DentalModel
import Foundation

/// Turns the chart's needs into the items of one strategy: for each need the first of its plans whose
/// required steps all find a fitting service, then one restoration per tooth.
struct VariantPlanner {
    let dentalCase: DentalCase
    let prices: PriceList
    let rules: SuggestionRules
    let strategy: Strategy
    let needs: [Need]
    /// Services this patient is never offered (a child's), if any.
    let avoid: ServiceSelector?

    /// The items, and the needs no plan could treat. Needs whose index is in `metalFree` are planned
    /// with metal-free structures only (to keep the metal quota).
    func plan(metalFree: Set<Int> = []) -> (items: [PlannedItem], untreated: [Need]) {
        var items: [PlannedItem] = [], untreated: [Need] = []
        var endodontics: Set<ToothNumber> = []
        for (index, need) in needs.enumerated() {
            let names = strategy.treat[need.kind] ?? []
            guard !names.isEmpty else { continue }
            let materials = metalFree.contains(index) ? strategy.materials.intersection([.metalFree]) : strategy.materials
            let picker = ServicePicker(prices: prices, materials: materials, avoid: avoid)
            let planned = names.lazy.compactMap { rules.plans[$0] }.compactMap { plan in
                apply(plan, to: need, index: index, picker: picker, endodontics: endodontics)
            }.first
            guard let planned else { untreated.append(need); continue }
            for item in planned where item.service.effect == .endodontics { endodontics.formUnion(item.toothList) }
            items += planned
        }
        return (merged(items, metalFree: metalFree), untreated)
    }

    /// The items of `plan` for `need`, or `nil` when a required step finds no service.
    private func apply(_ plan: TreatmentPlan, to need: Need, index: Int, picker: ServicePicker,
                       endodontics: Set<ToothNumber>) -> [PlannedItem]? {
        if let max = plan.maxTeeth, need.teeth.count > max { return nil }
        var items: [PlannedItem] = [], implants: [ToothNumber] = [], treated = endodontics
        for step in plan.steps {
            if let kind = step.unlessImaged, isImaged(need.teeth, kind) { continue }
            let prefer = step.prefer ?? strategy.prefer
            let make = { (teeth: ToothSelection, service: Service, surfaces: [Surface]) in
                PlannedItem(teeth: teeth, service: service, surfaces: surfaces,
                            quantity: quantity(service, teeth: teeth), problems: [text(rules.problems[need.kind], need)],
                            solution: step.solutions[dentalCase.locale].map { text($0, need) },
                            visit: step.visit, need: index, step: step)
            }
            let teeth: [ToothNumber]
            switch step.target {
            case .mouth, .jaw:
                let jaws = Set(need.teeth.map(\.jaw))
                let area: ToothSelection = step.target == .jaw && jaws.count == 1 ? .jaw(jaws.first!) : .wholeMouth
                guard let service = picker.pick(step.services, for: ServiceSite(), prefer: prefer) else {
                    if step.optional { continue } else { return nil }
                }
                items.append(make(area, service, []))
                continue
            case .teeth where need.teeth.isEmpty:
                guard let service = picker.pick(step.services, for: ServiceSite(), prefer: prefer) else {
                    if step.optional { continue } else { return nil }
                }
                items.append(make(.wholeMouth, service, []))
                continue
            case .teeth: teeth = need.teeth
            case .implants: teeth = implants
            case .neighbours:
                guard let pair = NeedFinder.neighbours(of: need.teeth), pair.allSatisfy(isKept) else {
                    if step.optional { continue } else { return nil }
                }
                teeth = pair
            }
            var byService: [(service: Service, teeth: [ToothNumber], surfaces: [Surface])] = []
            for tooth in teeth where meets(step.condition, tooth, treated) {
                let surfaces = Self.isSurfaceWork(step) ? (need.surfaces.isEmpty ? NeedFinder.defaultSurfaces(tooth) : need.surfaces) : []
                let site = ServiceSite(tooth: tooth, onImplant: step.target == .implants,
                                       rootFilled: treated.contains(tooth) || dentalCase.formula.record(for: tooth).has(.rootCanalFilled),
                                       surfaceCount: surfaces.isEmpty ? nil : surfaces.count)
                guard let service = picker.pick(step.services, for: site, prefer: prefer) else {
                    if step.optional { continue } else { return nil }
                }
                if service.effect == .implant { implants.append(tooth) }
                if service.effect == .endodontics { treated.insert(tooth) }
                if let at = byService.firstIndex(where: { $0.service == service && surfaces.isEmpty }) {
                    byService[at].teeth.append(tooth)
                } else {
                    byService.append((service, [tooth], surfaces))
                }
            }
            items += byService.map { make(.teeth($0.teeth), $0.service, $0.surfaces) }
        }
        return items
    }

    /// One restoration per tooth: equal items are one item, a filling, inlay or onlay under a crown, or on
    /// a tooth that is extracted, is dropped (its problem joins the crown's or the extraction's), and two fillings of one tooth become one on all their surfaces.
    private func merged(_ items: [PlannedItem], metalFree: Set<Int>) -> [PlannedItem] {
        var result: [PlannedItem] = []
        for item in items {
            if let at = result.firstIndex(where: { $0.service == item.service && $0.surfaces == item.surfaces
                                                   && ($0.teeth == item.teeth || covers($0, item)) }) {
                result[at].absorb(item)
            } else if let at = result.firstIndex(where: { covers(item, $0) && $0.service == item.service }) {
                var wider = item
                wider.absorb(result[at])
                result[at] = wider
            } else {
                result.append(item)
            }
        }
        for index in result.indices.reversed() {
            let item = result[index]
            guard let rank = item.coverage, item.toothList.count == 1, let tooth = item.toothList.first else { continue }
            // An extraction takes the tooth's own restorations, not the crown on the implant that replaces it.
            let stronger = result.indices.first { other in
                other != index && result[other].toothList.contains(tooth)
                    && (result[other].coverage ?? 0) > rank
                    && !(result[other].service.effect == .extraction && item.step.target == .implants)
            }
            let equal = result.indices.first { other in
                other < index && result[other].toothList == [tooth] && result[other].coverage == rank
                    && result[other].service.effect == item.service.effect
            }
            if let stronger {
                result[stronger].absorb(item)
                result.remove(at: index)
            } else if let equal, !item.surfaces.isEmpty,
                      let joined = joinSurfaces(result[equal], item, metalFree: metalFree) {
                result[equal] = joined
                result.remove(at: index)
            } else if let equal, item.surfaces.isEmpty {
                result[equal].absorb(item)
                result.remove(at: index)
            }
        }
        return result
    }

    /// `first` on the surfaces of both, with the service for that many surfaces picked again.
    private func joinSurfaces(_ first: PlannedItem, _ second: PlannedItem, metalFree: Set<Int>) -> PlannedItem? {
        guard let tooth = first.toothList.first else { return nil }
        let surfaces = Array(Set(first.surfaces + second.surfaces)).sorted()
        let materials = metalFree.contains(first.need) ? strategy.materials.intersection([.metalFree]) : strategy.materials
        let site = ServiceSite(tooth: tooth, rootFilled: dentalCase.formula.record(for: tooth).has(.rootCanalFilled),
                               surfaceCount: surfaces.count)
        guard let service = ServicePicker(prices: prices, materials: materials, avoid: avoid)
            .pick(first.step.services, for: site, prefer: first.step.prefer ?? strategy.prefer) else { return nil }
        var joined = first
        joined.service = service
        joined.surfaces = surfaces
        joined.absorb(second)
        return joined
    }

    /// True when `wide` names every tooth `narrow` names (and more), both by tooth.
    private func covers(_ wide: PlannedItem, _ narrow: PlannedItem) -> Bool {
        guard case .teeth(let outer) = wide.teeth, case .teeth(let inner) = narrow.teeth, narrow.surfaces.isEmpty else { return false }
        return Set(inner).isSubset(of: Set(outer)) && outer.count > inner.count
    }

    /// A present natural tooth the chart keeps (a bridge can rest on it).
    private func isKept(_ tooth: ToothNumber) -> Bool {
        let record = dentalCase.formula.record(for: tooth)
        return record.state == .present && !tooth.isPrimary
            && !needs.contains { [.severeMobility, .rootRemnant].contains($0.kind) && $0.teeth.contains(tooth) }
    }

    private func meets(_ condition: StepCondition?, _ tooth: ToothNumber, _ treated: Set<ToothNumber>) -> Bool {
        let record = dentalCase.formula.record(for: tooth)
        switch condition {
        case nil: return true
        case .crowned: return record.has(.crown)
        case .uncrowned: return !record.has(.crown)
        case .rootFilled: return record.has(.rootCanalFilled) || treated.contains(tooth)
        }
    }

    /// True when the case's imaging already holds an X-ray of `kind`, taken by the plan's date, showing every tooth.
    private func isImaged(_ teeth: [ToothNumber], _ kind: XRayKind) -> Bool {
        let shown = dentalCase.imaging.xrays.filter { $0.kind == kind && $0.date <= dentalCase.date }
        return !teeth.isEmpty && teeth.allSatisfy { tooth in shown.contains { $0.teeth.isEmpty || $0.teeth.contains(tooth) } }
    }

    /// Periodontal work priced per item is priced per sextant; other units take their default.
    private func quantity(_ service: Service, teeth: ToothSelection) -> Int? {
        guard service.unit == .item, service.effect == .periodontal, case .teeth(let list) = teeth else { return nil }
        return Set(list.map(Sextant.init(tooth:))).count
    }

    /// A text with `{tooth}`, `{teeth}`, `{surfaces}` and `{measure}` filled in, teeth in the case's notation.
    private func text(_ template: [CaseLocale: String]?, _ need: Need) -> String {
        text(template?[dentalCase.locale] ?? need.kind.rawValue, need)
    }

    private func text(_ template: String, _ need: Need) -> String {
        let names = need.teeth.map(dentalCase.notation.format)
        return template
            .replacingOccurrences(of: "{tooth}", with: names.first ?? "")
            .replacingOccurrences(of: "{teeth}", with: names.joined(separator: ", "))
            .replacingOccurrences(of: "{surfaces}", with: Surface.letters(need.surfaces))
            .replacingOccurrences(of: "{measure}", with: need.measure.map(String.init) ?? "")
    }

    /// True when the step's services work on surfaces (fillings, inlays, onlays).
    private static func isSurfaceWork(_ step: TreatmentStep) -> Bool {
        step.services.allSatisfy { ($0.effects ?? []).isSubset(of: [.filling, .inlay, .onlay]) && $0.effects != nil }
    }
}
