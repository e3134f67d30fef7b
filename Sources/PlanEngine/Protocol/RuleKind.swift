import DentalModel

/// The four kinds of protocol rule.
public enum RuleKind: Sendable, Hashable, Codable {
    /// Every item matching `when` (on a tooth meeting `condition`) needs an item matching
    /// `require` at `timing` within `scope`. A declined required item (with its written
    /// justification) satisfies the rule. A radiograph of one of the `imaging` kinds in the case's
    /// imaging protocol, taken on or before the plan date, counts as a required item done before the
    /// first visit, for the teeth it shows (every tooth when it lists none).
    case requires(when: ServiceSelector, condition: ToothCondition?, require: ServiceSelector,
                  timing: RuleTiming, scope: RuleScope, imaging: Set<XRayKind>)
    /// Units matching `what` may be at most `maxPercent` of the units matching `of` (0 forbids them).
    case forbids(what: ServiceSelector, of: ServiceSelector, maxPercent: Percentage)
    /// Items matching `after` must come after an item matching `before` (within `scope`): in a
    /// later visit, or later in the same visit; with `minWeeks` > 0, at least that many weeks
    /// later, counting the intervals between visits (so never in the same visit).
    case order(before: ServiceSelector, after: ServiceSelector, scope: RuleScope, minWeeks: Int)
    /// An insured variant holds only its programme's codes; others are marked own expense.
    case insurance
}
