import DentalModel

/// The formula after one variant's treatment, and the per-tooth changes that lead to it.
public struct VariantAfterState: Sendable, Hashable, Codable {
    /// The variant's name.
    public let variantName: String
    /// The formula after every non-declined item has been applied in visit order.
    public let formula: DentalFormula
    /// Per tooth, its changes in the order they happen.
    public let changes: [ToothNumber: [ToothChange]]

    /// Teeth with at least one change, in chart order.
    public var changedTeeth: [ToothNumber] { changes.keys.sorted() }
}
