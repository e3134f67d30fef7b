import DentalModel

/// Where `--fix` puts its items: the case in memory (`DentalCase`) or the case file's own document
/// (`CaseDocument`). Both receive the same calls from `FixPlacement`, so the file a user gets holds
/// exactly the case `LoadedCase.fixed()` checked.
protocol FixTarget {
    /// Inserts `item` in `variant`'s visit `visit` (indices from 0), before item `index`, or last when `nil`.
    mutating func insert(_ item: PlanItem, variant: Int, visit: Int, before index: Int?) throws(InputError)

    /// Adds a first visit to `variant`: `title`, 30 minutes, holding `items`; the former first visit
    /// gets an interval of 1 day when it had none.
    mutating func insertFirstVisit(title: String, items: [PlanItem], variant: Int) throws(InputError)
}

/// Places the items of a set of fixes: before the item that needs them (same visit), at the end of the
/// previous visit, or, for the first visit, in a new first visit.
enum FixPlacement {
    /// Applies `fixes` to `target`; `title` names a new first visit.
    static func apply(_ fixes: [ProposedFix], title: String, to target: inout some FixTarget) throws(InputError) {
        // Apply from the back so earlier indices stay valid; fixes for one place keep their order.
        let ordered = fixes.enumerated().sorted { lhs, rhs in
            (lhs.element.variant, lhs.element.visit, lhs.element.beforeItem ?? Int.max, rhs.offset)
                > (rhs.element.variant, rhs.element.visit, rhs.element.beforeItem ?? Int.max, lhs.offset)
        }.map(\.element)
        var newFirstVisit: [Int: [PlanItem]] = [:]
        for fix in ordered {
            if fix.visit < 0 {
                newFirstVisit[fix.variant, default: []].insert(fix.item, at: 0)
            } else {
                try target.insert(fix.item, variant: fix.variant, visit: fix.visit, before: fix.beforeItem)
            }
        }
        for (variant, items) in newFirstVisit.sorted(by: { $0.key < $1.key }) {
            try target.insertFirstVisit(title: title, items: items, variant: variant)
        }
    }
}

extension DentalCase: FixTarget {
    mutating func insert(_ item: PlanItem, variant: Int, visit: Int, before index: Int?) {
        var items = variants[variant].visits[visit].items
        items.insert(item, at: min(index ?? items.count, items.count))
        variants[variant].visits[visit].items = items
    }

    mutating func insertFirstVisit(title: String, items: [PlanItem], variant: Int) {
        variants[variant].visits.insert(Visit(title: title, durationMinutes: 30, items: items), at: 0)
        if variants[variant].visits.count > 1 && variants[variant].visits[1].interval == nil {
            variants[variant].visits[1].interval = VisitInterval(count: 1, unit: .days)
        }
    }
}
