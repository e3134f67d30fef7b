import DentalModel

/// Checks resolved variants against protocol rules, in time linear in the number of items
/// (each rule indexes the items it needs once per variant).
enum ProtocolEngine {
    static func check(_ dentalCase: DentalCase, resolved: [[ResolvedItem]], prices: PriceList,
                      rules: ProtocolRules) -> [ProtocolFinding] {
        var findings: [ProtocolFinding] = []
        for (v, items) in resolved.enumerated() {
            let context = VariantContext(dentalCase: dentalCase, variant: v, items: items, prices: prices, rules: rules)
            for rule in rules.rules {
                switch rule.kind {
                case let .requires(when, condition, require, timing, scope, imaging):
                    findings += context.requires(rule, when, condition, require, timing, scope, imaging)
                case let .forbids(what, of, maxPercent):
                    findings += context.forbids(rule, what, of, maxPercent)
                case let .order(before, after, scope, minWeeks):
                    findings += context.order(rule, before, after, scope, minWeeks)
                case .insurance:
                    findings += context.insurance(rule)
                case let .toothState(when, only, never):
                    findings += context.toothState(rule, when, only: only, never: never)
                case let .minimumAge(when, years):
                    findings += context.minimumAge(rule, when, years: years)
                case .ponticAbutments:
                    findings += context.ponticAbutments(rule)
                case .bridgeOverExtraction:
                    findings += context.bridgeOverExtraction(rule)
                case .surfaces:
                    findings += context.surfaces(rule)
                case .chairTime:
                    findings += context.chairTime(rule)
                case .problem:
                    findings += context.problems(rule)
                }
            }
        }
        return findings
    }
}

/// One variant's items with the lookups the rules share.
struct VariantContext {
    let dentalCase: DentalCase
    let variant: Int
    let items: [ResolvedItem]
    let prices: PriceList
    /// The whole protocol, for `--fix` to keep the other rules (the metal quota) when it picks a service.
    let rules: ProtocolRules
    /// The teeth as each item meets them.
    let timeline: PlanTimeline
    /// Days from the first visit to each visit, summing the intervals.
    let dayOfVisit: [Int]

    init(dentalCase: DentalCase, variant: Int, items: [ResolvedItem], prices: PriceList, rules: ProtocolRules) {
        self.dentalCase = dentalCase
        self.variant = variant
        self.items = items
        self.prices = prices
        self.rules = rules
        timeline = PlanTimeline(formula: dentalCase.formula, items: items)
        var days: [Int] = []
        var total = 0
        for (index, visit) in dentalCase.variants[variant].visits.enumerated() {
            if index > 0 { total += visit.interval?.days ?? 0 }
            days.append(total)
        }
        dayOfVisit = days
    }

    var locale: CaseLocale { dentalCase.locale }

    /// The keys an item occupies within `scope`.
    private func keys(_ item: ResolvedItem, _ scope: RuleScope) -> [Int] {
        switch scope {
        case .tooth: return item.teeth.map(\.fdi)
        case .jaw: return item.jaws.map { $0 == .upper ? 1 : 2 }
        case .mouth: return [0]
        }
    }

    /// The key `tooth` occupies within `scope`.
    private func key(_ tooth: ToothNumber, _ scope: RuleScope) -> Int {
        switch scope {
        case .tooth: return tooth.fdi
        case .jaw: return tooth.jaw == .upper ? 1 : 2
        case .mouth: return 0
        }
    }

    func finding(_ rule: ProtocolRule, kind: String, visit: Int?, tooth: ToothNumber?,
                         values: [String: String], fix: ProposedFix? = nil) -> ProtocolFinding {
        var all = values
        all["visit"] = visit.map { String($0 + 1) } ?? ""
        all["tooth"] = tooth.map(\.description) ?? ""
        all["variant"] = dentalCase.variants[variant].name
        return ProtocolFinding(severity: rule.severity, ruleID: rule.id, variant: variant, visit: visit.map { $0 + 1 },
                               tooth: tooth, message: ProtocolMessages.text(rule, kind: kind, locale: locale, values: all),
                               fix: fix)
    }

    func requires(_ rule: ProtocolRule, _ when: ServiceSelector, _ condition: ToothCondition?,
                  _ require: ServiceSelector, _ timing: RuleTiming, _ scope: RuleScope,
                  _ imaging: Set<XRayKind>) -> [ProtocolFinding] {
        var firstVisit: [Int: Int] = [:]
        var visitsWith: Set<[Int]> = []
        // A radiograph taken before the plan counts as done in a visit before the first (index -1).
        for xray in dentalCase.imaging.xrays where imaging.contains(xray.kind) && xray.date <= dentalCase.date {
            let teeth = xray.teeth.isEmpty ? ToothNumber.chartOrder : xray.teeth
            for key in Set(teeth.map { self.key($0, scope) }) { firstVisit[key] = -1 }
        }
        for item in items {
            if require.matches(item.service) {
                for key in keys(item, scope) {
                    firstVisit[key] = min(firstVisit[key] ?? Int.max, item.visit)
                    visitsWith.insert([key, item.visit])
                }
            }
        }
        var findings: [ProtocolFinding] = []
        var reported: Set<[Int]> = []
        for (ordinal, item) in items.enumerated() where !item.item.isDeclined && when.matches(item.service) {
            for (tooth, state) in zip(item.teeth, timeline.before[ordinal]) {
                if condition == .endodonticallyTreated && !state.shows(.rootFilled) { continue }
                let key = self.key(tooth, scope)
                let satisfied: Bool
                switch timing {
                case .sameVisit: satisfied = visitsWith.contains([key, item.visit])
                case .earlierVisit: satisfied = (firstVisit[key] ?? Int.max) < item.visit
                case .sameOrEarlierVisit: satisfied = (firstVisit[key] ?? Int.max) <= item.visit
                }
                guard !satisfied, reported.insert([key, item.visit]).inserted else { continue }
                let fix = proposeFix(require, timing: timing, scope: scope, tooth: tooth, trigger: item)
                findings.append(finding(rule, kind: "requires", visit: item.visit, tooth: tooth,
                                        values: ["code": item.item.code, "service": item.service.name(locale)], fix: fix))
            }
        }
        return findings
    }

    /// The service of the price list matching `require` that fits the variant (`FixChoice`), placed where
    /// the rule wants it.
    private func proposeFix(_ require: ServiceSelector, timing: RuleTiming, scope: RuleScope,
                            tooth: ToothNumber, trigger: ResolvedItem) -> ProposedFix? {
        guard let service = FixChoice(context: self).service(matching: require, for: trigger) else { return nil }
        let selection: ToothSelection
        switch scope {
        case .tooth: selection = .teeth([tooth])
        case .jaw: selection = .jaw(tooth.jaw)
        case .mouth: selection = .wholeMouth
        }
        let item = PlanItem(teeth: selection, solution: service.name(locale), code: service.code, addedByProtocol: true)
        let teeth = selection.resolve(in: dentalCase.formula)
        let quantity = service.unit.defaultQuantity(teeth: teeth, selection: selection, surfaces: [])
        let amount = service.price.multiplied(by: quantity) ?? service.price
        switch timing {
        case .sameVisit, .sameOrEarlierVisit:
            return ProposedFix(variant: variant, visit: trigger.visit, beforeItem: trigger.index, item: item, amount: amount)
        case .earlierVisit:
            return ProposedFix(variant: variant, visit: trigger.visit - 1, beforeItem: nil, item: item, amount: amount)
        }
    }

    func forbids(_ rule: ProtocolRule, _ what: ServiceSelector, _ of: ServiceSelector,
                 _ maxPercent: Percentage) -> [ProtocolFinding] {
        var matched = 0, base = 0
        for item in items where !item.item.isDeclined {
            if what.matches(item.service) { matched += item.quantity }
            if of.matches(item.service) || what.matches(item.service) { base += item.quantity }
        }
        guard matched > 0, Int64(matched) * 10_000 > maxPercent.hundredths * Int64(base) else { return [] }
        let percent = Percentage(part: Int64(matched), of: Int64(base))
        return [finding(rule, kind: "forbids", visit: nil, tooth: nil,
                        values: ["percent": (percent ?? Percentage(hundredths: 10_000) ?? maxPercent).formatted(locale),
                                 "max": maxPercent.formatted(locale)])]
    }

    func order(_ rule: ProtocolRule, _ before: ServiceSelector, _ after: ServiceSelector,
               _ scope: RuleScope, _ minWeeks: Int) -> [ProtocolFinding] {
        // Per key, the positions (visit, item) of the `before` items, ascending: items come in plan order.
        var beforePositions: [Int: [Int]] = [:]
        for item in items where !item.item.isDeclined && before.matches(item.service) {
            for key in keys(item, scope) { beforePositions[key, default: []].append(Self.position(item)) }
        }
        guard !beforePositions.isEmpty else { return [] }
        var findings: [ProtocolFinding] = []
        var reported: Set<[Int]> = []
        for item in items where !item.item.isDeclined && after.matches(item.service) {
            let teeth: [ToothNumber?] = scope == .mouth ? [item.teeth.first] : item.teeth.map { $0 }
            for tooth in teeth {
                let key = scope == .mouth ? 0 : (scope == .jaw ? ((tooth?.jaw ?? .upper) == .upper ? 1 : 2) : (tooth?.fdi ?? 0))
                guard let positions = beforePositions[key] else { continue }
                let ok: Bool
                if let earlier = Self.latest(in: positions, before: Self.position(item)) {
                    ok = dayOfVisit[item.visit] - dayOfVisit[earlier / Self.itemsPerVisit] >= minWeeks * 7
                } else {
                    ok = false
                }
                guard !ok, reported.insert([key, item.visit]).inserted else { continue }
                findings.append(finding(rule, kind: "order", visit: item.visit, tooth: scope == .mouth ? nil : tooth,
                                        values: ["code": item.item.code, "service": item.service.name(locale),
                                                 "weeks": String(minWeeks)]))
            }
        }
        return findings
    }

    /// Positions encode (visit, item index) in one integer that sorts in plan order.
    private static let itemsPerVisit = 1 << 32

    private static func position(_ item: ResolvedItem) -> Int {
        item.visit * itemsPerVisit + item.index
    }

    /// The largest element of the ascending `positions` below `position`, by binary search.
    private static func latest(in positions: [Int], before position: Int) -> Int? {
        var low = 0, high = positions.count
        while low < high {
            let middle = (low + high) / 2
            if positions[middle] < position { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? positions[low - 1] : nil
    }

    func insurance(_ rule: ProtocolRule) -> [ProtocolFinding] {
        guard let id = dentalCase.variants[variant].insurance, let programme = prices.programmes[id] else { return [] }
        return items.filter { !programme.covers.contains($0.item.code) && !$0.item.isDeclined }.map { item in
            finding(rule, kind: "insurance", visit: item.visit, tooth: item.teeth.count == 1 ? item.teeth.first : nil,
                    values: ["code": item.item.code, "service": item.service.name(locale),
                             "programme": programme.name(locale)])
        }
    }
}
