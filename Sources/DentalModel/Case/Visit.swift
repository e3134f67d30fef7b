/// One appointment of a variant.
public struct Visit: Sendable, Hashable, Codable {
    /// Title as printed.
    public var title: String
    /// Who takes part.
    public var specialists: [Specialist]
    /// Whether the specialists work together or one after another.
    public var specialistOrder: SpecialistOrder
    /// Planned chair time in minutes.
    public var durationMinutes: Int
    /// The wait since the previous visit; `nil` for the first visit or "as soon as possible".
    public var interval: VisitInterval?
    /// The items, in order.
    public var items: [PlanItem]

    /// Creates a visit.
    public init(title: String, specialists: [Specialist] = [], specialistOrder: SpecialistOrder = .together,
                durationMinutes: Int, interval: VisitInterval? = nil, items: [PlanItem]) {
        self.title = title
        self.specialists = specialists
        self.specialistOrder = specialistOrder
        self.durationMinutes = durationMinutes
        self.interval = interval
        self.items = items
    }

    /// The specialists who do `item`: the one it names (by role or name), else all of the visit's.
    public func specialists(doing item: PlanItem) -> [Specialist] {
        guard let who = item.specialist else { return specialists }
        return specialists.filter { $0.name == who || $0.role == who }
    }
}
