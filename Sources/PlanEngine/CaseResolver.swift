import DentalModel

/// Joins a case with its price list: every code must exist (a missing code is an error, never a
/// zero price), the currencies must agree and every insured variant must name a known programme.
enum CaseResolver {
    static func resolve(_ dentalCase: DentalCase, prices: PriceList,
                        caseFile: String) throws(InputError) -> [[ResolvedItem]] {
        guard prices.currency == dentalCase.currency else {
            throw InputError(file: caseFile, path: "currency",
                             message: "the case is in \(dentalCase.currency.code) but the price list "
                                 + "\(prices.fileName) is in \(prices.currency.code)")
        }
        var result: [[ResolvedItem]] = []
        for (v, variant) in dentalCase.variants.enumerated() {
            if let programme = variant.insurance, prices.programmes[programme] == nil {
                throw InputError(file: caseFile, path: "variants[\(v)].insurance",
                                 message: "unknown insurance programme \"\(programme)\" (not in \(prices.fileName))")
            }
            var items: [ResolvedItem] = []
            items.reserveCapacity(variant.itemCount)
            for (w, visit) in variant.visits.enumerated() {
                for (i, item) in visit.items.enumerated() {
                    items.append(try resolve(item, formula: dentalCase.formula, prices: prices,
                                             at: (v, w, i), caseFile: caseFile))
                }
            }
            result.append(items)
        }
        return result
    }

    static func resolve(_ item: PlanItem, formula: DentalFormula, prices: PriceList,
                        at place: (variant: Int, visit: Int, item: Int), caseFile: String) throws(InputError) -> ResolvedItem {
        guard let service = prices.service(item.code) else {
            throw InputError(file: caseFile, line: item.source?.line, column: item.source?.column,
                             path: "variants[\(place.variant)].visits[\(place.visit)].items[\(place.item)].code",
                             message: "unknown service code \(item.code) (not in \(prices.fileName))")
        }
        let teeth = item.teeth.resolve(in: formula)
        let jaws: Set<Jaw>
        switch item.teeth {
        case .wholeMouth: jaws = [.upper, .lower]
        case .jaw(let jaw): jaws = [jaw]
        case .teeth, .range: jaws = Set(teeth.map(\.jaw))
        }
        let quantity = item.quantity
            ?? service.unit.defaultQuantity(teeth: teeth, selection: item.teeth, surfaces: item.surfaces)
        return ResolvedItem(item: item, service: service, teeth: teeth, jaws: jaws, quantity: quantity,
                            visit: place.visit, index: place.item)
    }
}
