import DentalModel

/// One change a variant makes to one tooth.
public struct ToothChange: Sendable, Hashable, Codable {
    /// The tooth.
    public let tooth: ToothNumber
    /// What is done.
    public let action: TreatmentAction
    /// The service code.
    public let code: String
    /// The service name in the case locale.
    public let serviceName: String
    /// The visits (from 1) in which it is done; several when the same service spans visits.
    public var visitNumbers: [Int]
    /// The people who do it (each specialist's `person`: the name, else the role), without repeats, in
    /// order: per item, so a visit's other specialists are not counted, and one person under two roles once.
    public var specialistRoles: [String]
    /// The items' solution texts, verbatim, without repeats.
    public var solutions: [String]
    /// The surfaces treated, when the service works on surfaces.
    public var surfaces: [Surface]
    /// The restorations the change puts on the tooth (new work, even where it repeats old work of the same
    /// kind and material: a re-treated root canal, a new crown for an old one).
    public var placed: [Restoration]
    /// True when the item names a jaw or the whole mouth rather than this tooth (hygiene, typically).
    public var fromArea: Bool
}
