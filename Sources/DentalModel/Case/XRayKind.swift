/// The kinds of radiograph a case can include.
public enum XRayKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Orthopantomogram.
    case panoramic
    /// A view (slice or rendering) from a cone-beam CT.
    case cbct
    /// Bitewing.
    case bitewing
    /// Periapical of given teeth.
    case periapical
}
