import DentalModel

/// A finding or state of the chart that a strategy can treat: the keys of `treat:` in
/// `Templates/strategies.yaml`.
public enum NeedKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Caries on some surfaces of a tooth without a filling there.
    case caries
    /// A cracked or chipped tooth.
    case fracture
    /// A worn tooth.
    case wear
    /// An infection at the root tip.
    case periapicalLesion = "periapical-lesion"
    /// Only the root is left.
    case rootRemnant = "root-remnant"
    /// A gap: one or more neighbouring missing teeth (third molars are not replaced).
    case missing
    /// Mobility of grade 1–2 in a permanent tooth.
    case mobility
    /// Mobility of grade 3: the tooth cannot be kept.
    case severeMobility = "severe-mobility"
    /// A loose primary tooth about to be replaced.
    case primaryMobility = "primary-mobility"
    /// Plaque anywhere in the mouth.
    case plaque
    /// Calculus (tartar) anywhere in the mouth.
    case calculus
    /// Bleeding or inflamed gums anywhere in the mouth.
    case bleeding
    /// Periodontal pockets at or beyond the file's threshold.
    case pockets
    /// An amalgam restoration without caries.
    case oldAmalgam = "old-amalgam"
    /// A filling, inlay or onlay with caries on its surfaces.
    case failingRestoration = "failing-restoration"
    /// A root-filled tooth without a crown, which may split.
    case rootFilledUncrowned = "root-filled-uncrowned"
}

/// One need found on the chart: its kind, the teeth it concerns and the details its texts name.
public struct Need: Sendable, Hashable {
    /// What it is.
    public var kind: NeedKind
    /// The teeth, in chart order (empty for a need of the whole mouth).
    public var teeth: [ToothNumber]
    /// The surfaces to treat, if any.
    public var surfaces: [Surface]
    /// The mobility grade or the deepest pocket in millimetres, for the problem text.
    public var measure: Int?

    /// Creates a need.
    public init(kind: NeedKind, teeth: [ToothNumber], surfaces: [Surface] = [], measure: Int? = nil) {
        self.kind = kind
        self.teeth = teeth
        self.surfaces = surfaces
        self.measure = measure
    }
}
