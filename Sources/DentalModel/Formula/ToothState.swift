/// What is in a tooth's place.
public enum ToothState: String, Sendable, Hashable, Codable, CaseIterable {
    /// A natural tooth in the mouth (restored or not).
    case present
    /// No tooth and no replacement.
    case missing
    /// A dental implant (possibly carrying a crown).
    case implant
    /// Only a root remains.
    case rootRemnant = "root-remnant"
    /// Not yet erupted (or impacted).
    case unerupted
    /// A bridge pontic spans the gap.
    case pontic

    /// True when the tooth's own crown is there, so fillings and caries make sense on it.
    public var hasNaturalCrown: Bool { self == .present }
}
