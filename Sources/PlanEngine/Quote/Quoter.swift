import DentalModel

/// Prices resolved variants against a price list.
enum Quoter {
    static func quote(_ dentalCase: DentalCase, resolved: [[ResolvedItem]], prices: PriceList,
                      caseFile: String) throws(InputError) -> Quote {
        let currency = dentalCase.currency
        var variants: [VariantQuote] = []
        for (v, variant) in dentalCase.variants.enumerated() {
            let programme = variant.insurance.flatMap { prices.programmes[$0] }
            var byVisit = Array(repeating: [ItemQuote](), count: variant.visits.count)
            for resolvedItem in resolved[v] {
                byVisit[resolvedItem.visit].append(try quote(resolvedItem, programme: programme, locale: dentalCase.locale,
                                                             currency: currency, path: resolvedItem.path(variant: v),
                                                             caseFile: caseFile))
            }
            var visits: [VisitQuote] = []
            for (w, visit) in variant.visits.enumerated() {
                let items = byVisit[w]
                visits.append(VisitQuote(
                    number: w + 1, title: visit.title, durationMinutes: visit.durationMinutes, interval: visit.interval,
                    specialists: visit.specialists, items: items,
                    subtotal: try sum(items.map(\.amount), currency, caseFile, "variants[\(v)].visits[\(w)]"),
                    insurerShare: try sum(items.map(\.insurerShare), currency, caseFile, "variants[\(v)].visits[\(w)]"),
                    patientShare: try sum(items.map(\.patientShare), currency, caseFile, "variants[\(v)].visits[\(w)]")))
            }
            variants.append(VariantQuote(
                name: variant.name, insurance: programme, visits: visits,
                total: try sum(visits.map(\.subtotal), currency, caseFile, "variants[\(v)]"),
                insurerShare: try sum(visits.map(\.insurerShare), currency, caseFile, "variants[\(v)]"),
                patientShare: try sum(visits.map(\.patientShare), currency, caseFile, "variants[\(v)]"),
                durationMinutes: variant.visits.reduce(0) { $0 + $1.durationMinutes },
                intervalDays: variant.visits.reduce(0) { $0 + ($1.interval?.days ?? 0) }))
        }
        return Quote(currency: currency, variants: variants)
    }

    private static func quote(_ resolved: ResolvedItem, programme: InsuranceProgramme?, locale: CaseLocale,
                              currency: Currency, path: String, caseFile: String) throws(InputError) -> ItemQuote {
        let item = resolved.item
        let unitPrice = item.priceOverride?.unitPrice ?? resolved.service.price
        let tooLarge = InputError(file: caseFile, line: item.source?.line, column: item.source?.column, path: path,
                                  message: "the amount is too large to compute exactly")
        guard let full = unitPrice.multiplied(by: resolved.quantity) else { throw tooLarge }
        let amount = item.isDeclined ? Money.zero(currency) : full
        let covered = programme?.covers.contains(item.code) ?? false
        var insurer = Money.zero(currency)
        if covered, let programme {
            guard let share = amount.share(programme.coPayment.complement) else { throw tooLarge }
            insurer = share
        }
        guard let patient = amount.subtracting(insurer) else { throw tooLarge }
        return ItemQuote(item: item, serviceName: resolved.service.name(locale), teeth: resolved.teeth,
                         quantity: resolved.quantity, unit: resolved.service.unit, unitPrice: unitPrice,
                         listUnitPrice: resolved.service.price, amount: amount, insurerShare: insurer,
                         patientShare: patient, ownExpense: programme != nil && !covered)
    }

    private static func sum(_ amounts: [Money], _ currency: Currency, _ file: String,
                            _ path: String) throws(InputError) -> Money {
        guard let total = Money.sum(amounts, currency: currency) else {
            throw InputError(file: file, path: path, message: "the total is too large to compute exactly")
        }
        return total
    }
}
