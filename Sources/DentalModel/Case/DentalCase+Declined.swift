extension DentalCase {
    /// Every item the patient declined, with its variant and visit indices (for the booklet's appendix).
    public var declinedItems: [(variant: Int, visit: Int, item: PlanItem)] {
        var result: [(variant: Int, visit: Int, item: PlanItem)] = []
        for (v, variant) in variants.enumerated() {
            for (w, visit) in variant.visits.enumerated() {
                for item in visit.items where item.isDeclined { result.append((v, w, item)) }
            }
        }
        return result
    }
}
