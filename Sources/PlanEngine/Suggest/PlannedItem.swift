import DentalModel

/// An item a strategy plans, before it is placed in a visit.
struct PlannedItem: Hashable {
    /// The teeth it names.
    var teeth: ToothSelection
    /// The service that prices it.
    var service: Service
    /// The surfaces it treats (fillings, inlays, onlays).
    var surfaces: [Surface]
    /// The quantity when the unit's default is not right, else `nil`.
    var quantity: Int?
    /// The problem texts of the needs it treats, in order, without repeats.
    var problems: [String]
    /// The solution text, if the step has one.
    var solution: String?
    /// The visit group it goes to.
    var visit: String
    /// The index of the need that planned it: items of one need stay together.
    var need: Int
    /// The step that planned it, to pick again when surfaces are merged.
    var step: TreatmentStep

    /// The teeth named, for per-tooth rules (empty for an area).
    var toothList: [ToothNumber] { teeth.namedTeeth }

    /// Adds `other`'s problems to this item's.
    mutating func absorb(_ other: PlannedItem) {
        for problem in other.problems where !problems.contains(problem) { problems.append(problem) }
    }

    /// How much of the tooth a restoration covers: a crown or retainer covers what an onlay, inlay or
    /// filling would, and an extraction takes them all with the tooth; `nil` for other work.
    var coverage: Int? {
        switch service.effect {
        case .filling: 1
        case .inlay: 2
        case .onlay: 3
        case .crown, .bridgeAbutment: 4
        case .extraction: 5
        default: nil
        }
    }
}
