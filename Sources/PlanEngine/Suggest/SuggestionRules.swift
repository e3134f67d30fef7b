import DentalModel

/// The strategies file (`Templates/strategies.yaml`): how `planpress suggest` turns a chart into variants.
public struct SuggestionRules: Sendable, Hashable {
    /// Role keys of the price list's `specialist:` named per locale.
    public var roles: [String: [CaseLocale: String]]
    /// What a child is never offered.
    public var child: ChildPolicy
    /// The visit groups in clinical order.
    public var visits: [VisitGroup]
    /// The longest visit in minutes; longer groups are split.
    public var maxVisitMinutes: Int
    /// Visit durations are rounded up to this many minutes.
    public var roundMinutes: Int
    /// The pocket depth in millimetres from which pockets are treated.
    public var pocketDepth: Int
    /// The problem text of each need per locale, with `{tooth}`, `{teeth}`, `{surfaces}`, `{measure}`.
    public var problems: [NeedKind: [CaseLocale: String]]
    /// Named treatment plans the strategies refer to.
    public var plans: [String: TreatmentPlan]
    /// The strategies, one variant each, in the order the variants are offered.
    public var strategies: [Strategy]
}

/// What a child (under `underAge` on the plan's date) is never offered.
public struct ChildPolicy: Sendable, Hashable {
    /// The age from which the patient is an adult.
    public var underAge: Int
    /// The services a child is never offered.
    public var avoid: ServiceSelector
}

/// A kind of visit (hygiene and preparation, treatment, implants, prosthetics), in clinical order.
public struct VisitGroup: Sendable, Hashable {
    /// The id steps name in `visit:`.
    public var id: String
    /// The visit title per locale.
    public var titles: [CaseLocale: String]
    /// The usual wait since the previous visit; `nil` for none.
    public var interval: VisitInterval?
    /// Longer waits after an earlier effect on the same teeth (healing).
    public var waits: [HealingWait]
}

/// A wait after an effect on the same teeth: `{after: extraction, interval: 3 months, reason: …}`.
public struct HealingWait: Sendable, Hashable {
    /// The earlier effect.
    public var after: TreatmentAction
    /// How long to wait at least.
    public var interval: VisitInterval
    /// Why, per locale.
    public var reasons: [CaseLocale: String]
}

/// One way to treat a need: steps, each becoming an item when a service fits.
public struct TreatmentPlan: Sendable, Hashable {
    /// The plan's name in the file.
    public var name: String
    /// The most teeth the need may span (a bridge over at most two missing teeth), if limited.
    public var maxTeeth: Int?
    /// The steps in order.
    public var steps: [TreatmentStep]
}

/// One step of a plan: a service picked by selector, placed on some teeth in a visit group.
public struct TreatmentStep: Sendable, Hashable {
    /// The selectors tried in order; the first that yields a fitting service wins.
    public var services: [ServiceSelector]
    /// The visit group the item goes to.
    public var visit: String
    /// Which teeth the item names.
    public var target: StepTarget
    /// Only on teeth in this situation, if given.
    public var condition: StepCondition?
    /// True when the plan goes on without this step if no service fits.
    public var optional: Bool
    /// Overrides the strategy's preference for this step.
    public var prefer: PricePreference?
    /// Skipped when the case's imaging already holds an X-ray of this kind showing the teeth.
    public var unlessImaged: XRayKind?
    /// The solution text per locale.
    public var solutions: [CaseLocale: String]
}

/// The teeth a step's item names.
public enum StepTarget: String, Sendable, Hashable, CaseIterable {
    /// The need's teeth (natural teeth, or the gap as sites).
    case teeth
    /// The need's teeth carrying the implants just planned.
    case implants
    /// The two teeth beside the gap (bridge abutments).
    case neighbours
    /// The jaws of the need's teeth.
    case jaw
    /// The whole mouth.
    case mouth
}

/// A situation a step may be limited to.
public enum StepCondition: String, Sendable, Hashable, CaseIterable {
    /// The tooth carries a crown.
    case crowned
    /// The tooth carries no crown.
    case uncrowned
    /// The tooth's canals are filled, or filled in this plan.
    case rootFilled = "root-filled"
}

/// Which of the fitting services a strategy takes.
public enum PricePreference: String, Sendable, Hashable, CaseIterable {
    /// The cheapest.
    case cheapest
    /// The dearest.
    case dearest
}

/// One strategy: a variant's name and texts, its materials and price preference, and a plan per need.
public struct Strategy: Sendable, Hashable {
    /// The id (`economy`).
    public var id: String
    /// The variant's name per locale.
    public var names: [CaseLocale: String]
    /// The variant's goal per locale.
    public var goals: [CaseLocale: String]
    /// The warranty text per locale.
    public var warranties: [CaseLocale: String]
    /// The materials its structures may have (a metal-free strategy lists only `metal-free`).
    public var materials: Set<ServiceMaterial>
    /// Which fitting service it takes.
    public var prefer: PricePreference
    /// For each need, the plans tried in order; a need it does not list is left as it is.
    public var treat: [NeedKind: [String]]
}
