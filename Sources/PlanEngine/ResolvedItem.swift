import DentalModel

/// A plan item joined with its price-list service, its resolved teeth and quantity, and its place.
public struct ResolvedItem: Sendable, Hashable {
    /// The item as written.
    public let item: PlanItem
    /// Its service.
    public let service: Service
    /// The teeth it applies to, FDI, in chart order for areas.
    public let teeth: [ToothNumber]
    /// The jaws it covers (both for the whole mouth).
    public let jaws: Set<Jaw>
    /// The quantity charged (given, or the unit's default).
    public let quantity: Int
    /// Visit index in its variant, from 0.
    public let visit: Int
    /// Item index in its visit, from 0.
    public let index: Int

    /// The path of the item in the case file ("variants[0].visits[1].items[2]").
    public func path(variant: Int) -> String {
        "variants[\(variant)].visits[\(visit)].items[\(index)]"
    }
}
