/// One line of a visit: which teeth, what problem, what is done, and the service that prices it.
public struct PlanItem: Sendable, Hashable, Codable {
    /// The teeth as written.
    public var teeth: ToothSelection
    /// The problem, shown verbatim.
    public var problem: String?
    /// The solution, shown verbatim.
    public var solution: String?
    /// The price-list service code.
    public var code: String
    /// How many units; `nil` means "derive from the teeth and the service's unit".
    public var quantity: Int?
    /// Surfaces the item treats (fillings, inlays), if given.
    public var surfaces: [Surface]
    /// Material the item uses, overriding the price list's, if given.
    public var material: RestorationMaterial?
    /// A price that replaces the list price, with its reason.
    public var priceOverride: PriceOverride?
    /// When set, the patient declined this item; the text is the written justification, shown
    /// verbatim in the booklet's appendix. A declined item is not charged.
    public var declinedJustification: String?
    /// True when the protocol engine added this item (`--fix`), not the clinician.
    public var addedByProtocol: Bool
    /// Who of the visit's specialists does the item (their role or name, as the visit writes it);
    /// `nil` when every specialist of the visit takes part in it.
    public var specialist: String?
    /// Where the item starts in its case file, for error messages; `nil` for items built in code.
    public var source: SourcePosition?

    /// Creates an item.
    public init(teeth: ToothSelection, problem: String? = nil, solution: String? = nil, code: String,
                quantity: Int? = nil, surfaces: [Surface] = [], material: RestorationMaterial? = nil,
                priceOverride: PriceOverride? = nil, declinedJustification: String? = nil,
                addedByProtocol: Bool = false, specialist: String? = nil, source: SourcePosition? = nil) {
        self.teeth = teeth
        self.problem = problem
        self.solution = solution
        self.code = code
        self.quantity = quantity
        self.surfaces = surfaces
        self.material = material
        self.priceOverride = priceOverride
        self.declinedJustification = declinedJustification
        self.addedByProtocol = addedByProtocol
        self.specialist = specialist
        self.source = source
    }

    /// True when the patient declined the item.
    public var isDeclined: Bool { declinedJustification != nil }
}
