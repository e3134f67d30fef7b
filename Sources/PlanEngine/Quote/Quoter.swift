import DentalModel

/// Prices resolved variants against a price list.
enum Quoter {
    static func quote(_ dentalCase: DentalCase, resolved: [[ResolvedItem]], prices: PriceList,
                      caseFile: String) throws(InputError) -> Quote {
        let currency = dentalCase.currency
        var variants: [VariantQuote] = []
        for (v, variant) in dentalCase.variants.enumerated() {
            let programme = variant.insurance.flatMap { prices.programmes[$0] }
            var limits = ProgrammeLimits()
            var byVisit = Array(repeating: [ItemQuote](), count: variant.visits.count)
            for resolvedItem in resolved[v] {
                byVisit[resolvedItem.visit].append(try quote(resolvedItem, programme: programme, limits: &limits,
                                                             locale: dentalCase.locale, currency: currency,
                                                             path: resolvedItem.path(variant: v), caseFile: caseFile))
            }
            var visits: [VisitQuote] = []
            for (w, visit) in variant.visits.enumerated() {
                let items = byVisit[w], path = "variants[\(v)].visits[\(w)]"
                visits.append(VisitQuote(
                    number: w + 1, title: visit.title, durationMinutes: visit.durationMinutes, interval: visit.interval,
                    specialists: visit.specialists, items: items,
                    subtotal: try sum(items.map(\.amount), currency, caseFile, path),
                    insurerShare: try sum(items.map(\.insurerShare), currency, caseFile, path),
                    patientShare: try sum(items.map(\.patientShare), currency, caseFile, path),
                    programmeAmount: try sum(items.map(\.programmeAmount), currency, caseFile, path),
                    ownExpenseAmount: try sum(items.map(\.ownExpenseAmount), currency, caseFile, path)))
            }
            let path = "variants[\(v)]"
            variants.append(VariantQuote(
                name: variant.name, insurance: programme, visits: visits,
                total: try sum(visits.map(\.subtotal), currency, caseFile, path),
                insurerShare: try sum(visits.map(\.insurerShare), currency, caseFile, path),
                patientShare: try sum(visits.map(\.patientShare), currency, caseFile, path),
                programmeAmount: try sum(visits.map(\.programmeAmount), currency, caseFile, path),
                ownExpenseAmount: try sum(visits.map(\.ownExpenseAmount), currency, caseFile, path),
                durationMinutes: variant.visits.reduce(0) { $0 + $1.durationMinutes },
                intervalDays: variant.visits.reduce(0) { $0 + ($1.interval?.days ?? 0) }))
        }
        return Quote(currency: currency, variants: variants)
    }

    private static func quote(_ resolved: ResolvedItem, programme: InsuranceProgramme?, limits: inout ProgrammeLimits,
                              locale: CaseLocale, currency: Currency, path: String,
                              caseFile: String) throws(InputError) -> ItemQuote {
        let item = resolved.item
        let unitPrice = item.priceOverride?.unitPrice ?? resolved.service.price
        let tooLarge = InputError(file: caseFile, line: item.source?.line, column: item.source?.column, path: path,
                                  message: "the amount is too large to compute exactly")
        guard let full = unitPrice.multiplied(by: resolved.quantity) else { throw tooLarge }
        let amount = item.isDeclined ? Money.zero(currency) : full
        let terms = programme?.terms[item.code]
        let tariff = terms.map { $0.tariff ?? resolved.service.price }
        var coveredUnits = 0
        var programmeAmount = Money.zero(currency), insurer = Money.zero(currency)
        if let programme, let terms, let tariff, !item.isDeclined {
            coveredUnits = limits.take(resolved, terms: terms)
            let counted = unitPrice.minorUnits <= tariff.minorUnits ? unitPrice : tariff
            guard let base = counted.multiplied(by: coveredUnits),
                  let share = base.share(programme.coPayment.complement) else { throw tooLarge }
            programmeAmount = base
            insurer = share
        }
        guard let patient = amount.subtracting(insurer),
              let outside = programme == nil ? .zero(currency) : amount.subtracting(programmeAmount) else { throw tooLarge }
        return ItemQuote(item: item, serviceName: resolved.service.name(locale), teeth: resolved.teeth,
                         quantity: resolved.quantity, unit: resolved.service.unit, unitPrice: unitPrice,
                         listUnitPrice: resolved.service.price, amount: amount, insurerShare: insurer,
                         patientShare: patient, ownExpense: programme != nil && terms == nil,
                         coveredUnits: coveredUnits, tariff: tariff, programmeAmount: programmeAmount,
                         ownExpenseAmount: outside)
    }

    private static func sum(_ amounts: [Money], _ currency: Currency, _ file: String,
                            _ path: String) throws(InputError) -> Money {
        guard let total = Money.sum(amounts, currency: currency) else {
            throw InputError(file: file, path: path, message: "the total is too large to compute exactly")
        }
        return total
    }
}

/// The units of each covered code a programme has already paid in one variant, per tooth and in all,
/// so its limits hold across the plan in visit order.
struct ProgrammeLimits {
    private var perPlan: [String: Int] = [:]
    private var perTooth: [String: [ToothNumber: Int]] = [:]

    /// The units of `item` the programme pays under `terms`, and counts them as paid. The item's units
    /// are spread over its teeth evenly (the first teeth take any remainder); a per-tooth limit only
    /// holds for units charged per tooth, canal or surface.
    mutating func take(_ item: ResolvedItem, terms: CoverTerms) -> Int {
        let code = item.item.code
        var planLeft = terms.unitsPerPlan.map { max(0, $0 - perPlan[code, default: 0]) } ?? Int.max
        var covered = 0
        if let limit = terms.unitsPerTooth, !item.teeth.isEmpty {
            let share = item.quantity / item.teeth.count, extra = item.quantity % item.teeth.count
            for (index, tooth) in item.teeth.enumerated() {
                let wanted = share + (index < extra ? 1 : 0)
                let units = min(wanted, max(0, limit - perTooth[code, default: [:]][tooth, default: 0]), planLeft)
                perTooth[code, default: [:]][tooth, default: 0] += units
                planLeft -= units
                covered += units
            }
        } else {
            covered = min(item.quantity, planLeft)
        }
        perPlan[code, default: 0] += covered
        return covered
    }
}
