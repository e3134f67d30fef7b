/// What a rule may ask of a tooth at the point of the plan where an item treats it.
public enum ToothFact: String, Sendable, Hashable, Codable, CaseIterable {
    /// A natural tooth with its crown.
    case present
    /// No tooth in the place (never there, or extracted earlier in the plan).
    case missing
    /// Only a root remains.
    case rootRemnant = "root-remnant"
    /// An implant stands in the place.
    case implant
    /// A bridge pontic spans the place.
    case pontic
    /// Not erupted.
    case unerupted
    /// A primary (milk) tooth.
    case primary
    /// The root canals are filled (before the plan, or by endodontics earlier in it).
    case rootFilled = "root-filled"
    /// A periapical lesion no endodontics earlier in the plan has treated.
    case periapicalLesion = "periapical-lesion"
}
