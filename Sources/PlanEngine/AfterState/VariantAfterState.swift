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

    /// Teeth an item names (not only through a jaw or the whole mouth), in chart order.
    public var namedTeeth: [ToothNumber] {
        changes.filter { $0.value.contains { !$0.fromArea } }.keys.sorted()
    }

    /// The restorations the variant puts on `tooth` that are still there after treatment.
    public func newWork(on tooth: ToothNumber) -> [Restoration] {
        let now = formula.record(for: tooth).restorations
        return (changes[tooth] ?? []).flatMap(\.placed).filter(now.contains)
    }
}
