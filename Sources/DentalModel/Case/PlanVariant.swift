/// One treatment option offered to the patient (a case has one to three).
public struct PlanVariant: Sendable, Hashable, Codable {
    /// Name as printed ("Implants", "Мостовидные протезы").
    public var name: String
    /// What the variant achieves, shown verbatim.
    public var goal: String
    /// Warranty or expected longevity, shown verbatim ("10 лет", "5 years warranty").
    public var warranty: String?
    /// The insurance programme id from the price list, when the variant is insured.
    public var insurance: String?
    /// Visits in order.
    public var visits: [Visit]

    /// Creates a variant.
    public init(name: String, goal: String, warranty: String? = nil, insurance: String? = nil, visits: [Visit]) {
        self.name = name
        self.goal = goal
        self.warranty = warranty
        self.insurance = insurance
        self.visits = visits
    }

    /// The number of items over all visits.
    public var itemCount: Int { visits.reduce(0) { $0 + $1.items.count } }
}
