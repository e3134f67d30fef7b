import DentalModel

/// A case joined with its price list and protocol: everything the booklet and the CLI need.
///
/// Build it with `PlanEngine.load(caseURL:pricesURL:protocolURL:imageRoot:)`. Construction
/// already resolved every item (so unknown codes were reported); the quote, the protocol
/// findings and the after-state are computed from it on demand.
public struct LoadedCase: Sendable {
    /// The case, normalised to FDI.
    public let dentalCase: DentalCase
    /// The price list in use.
    public let prices: PriceList
    /// The protocol rules in use.
    public let rules: ProtocolRules
    /// The case file's name, for messages.
    public let caseFile: String
    /// Per variant, its items joined with their services, in visit order.
    public let resolved: [[ResolvedItem]]

    /// Joins `dentalCase` with `prices` and `rules`; throws for unknown codes, a currency mismatch
    /// or an unknown insurance programme.
    public init(dentalCase: DentalCase, prices: PriceList, rules: ProtocolRules, caseFile: String) throws(InputError) {
        self.dentalCase = dentalCase
        self.prices = prices
        self.rules = rules
        self.caseFile = caseFile
        self.resolved = try CaseResolver.resolve(dentalCase, prices: prices, caseFile: caseFile)
    }

    /// The exact quote of every variant.
    public func quote() throws(InputError) -> Quote {
        try Quoter.quote(dentalCase, resolved: resolved, prices: prices, caseFile: caseFile)
    }

    /// Protocol findings of every variant, in variant then rule order.
    public func findings() -> [ProtocolFinding] {
        ProtocolEngine.check(dentalCase, resolved: resolved, prices: prices, rules: rules)
    }

    /// The formula after each variant, with per-tooth changes.
    public func afterState() -> AfterState {
        AfterState.build(dentalCase, resolved: resolved)
    }

    /// Every item the patient declined, with its written justification, for the booklet's appendix.
    public var declinedItems: [(variant: Int, visit: Int, item: PlanItem)] {
        dentalCase.declinedItems
    }

    /// The case with every missing required item added (priced from the price list), the fixes
    /// applied, and the findings left after fixing. Items are inserted before the item that needs
    /// them (same visit) or at the end of the previous visit; a requirement for an earlier visit
    /// of the first visit gets a new first visit.
    public func fixed() throws(InputError) -> (fixed: LoadedCase, added: [ProposedFix]) {
        var dentalCase = self.dentalCase
        var seen: Set<String> = []
        let fixes = findings().compactMap(\.fix).filter { fix in
            seen.insert("\(fix.variant)/\(fix.visit)/\(fix.item.code)/\(fix.item.teeth.label)").inserted
        }
        // Apply from the back so earlier indices stay valid.
        let ordered = fixes.enumerated().sorted { lhs, rhs in
            (lhs.element.variant, lhs.element.visit, lhs.element.beforeItem ?? Int.max, rhs.offset)
                > (rhs.element.variant, rhs.element.visit, rhs.element.beforeItem ?? Int.max, lhs.offset)
        }.map(\.element)
        var newFirstVisit: [Int: [PlanItem]] = [:]
        for fix in ordered {
            if fix.visit < 0 {
                newFirstVisit[fix.variant, default: []].insert(fix.item, at: 0)
                continue
            }
            var items = dentalCase.variants[fix.variant].visits[fix.visit].items
            if let before = fix.beforeItem {
                items.insert(fix.item, at: min(before, items.count))
            } else {
                items.append(fix.item)
            }
            dentalCase.variants[fix.variant].visits[fix.visit].items = items
        }
        for (variant, items) in newFirstVisit {
            dentalCase.variants[variant].visits.insert(
                Visit(title: ProtocolMessages.diagnosticsTitle[dentalCase.locale] ?? "Diagnostics",
                      durationMinutes: 30, items: items), at: 0)
            if dentalCase.variants[variant].visits.count > 1 {
                dentalCase.variants[variant].visits[1].interval = dentalCase.variants[variant].visits[1].interval
                    ?? VisitInterval(count: 1, unit: .days)
            }
        }
        let result = try LoadedCase(dentalCase: dentalCase, prices: prices, rules: rules, caseFile: caseFile)
        return (result, fixes)
    }
}
