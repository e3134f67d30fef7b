import DentalModel

/// The kinds of protocol rule.
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
    /// Every item matching `when` meets each of its teeth, as the tooth stands at that point of the plan,
    /// showing one of the `only` facts (when given) and none of the `never` facts.
    case toothState(when: ServiceSelector, only: Set<ToothFact>, never: Set<ToothFact>)
    /// Items matching `when` only for patients at least `years` old on the plan's date.
    case minimumAge(when: ServiceSelector, years: Int)
    /// Every run of pontics is held by a bridge retainer on the tooth next to it on each side, in the same visit.
    case ponticAbutments
    /// No bridge retainer or pontic in a visit that extracts a tooth in that bridge's span.
    case bridgeOverExtraction
    /// A filling code agrees with the number of surfaces it is billed on (the service's `surfaces`);
    /// without surfaces on the item, the tooth's carious surfaces at that point count.
    case surfaces
    /// A visit lasts at least the chair time (`minutes` × quantity) of its services.
    case chairTime
    /// An item says which problem it treats, or shares its visit with an item on (at least) the same teeth
    /// that does; a problem written for a jaw or the whole mouth explains only items for a jaw or the mouth.
    case problem
}
