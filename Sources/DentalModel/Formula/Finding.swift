/// One clinical finding on a tooth.
public struct Finding: Sendable, Hashable, Codable {
    /// What was found.
    public var kind: FindingKind
    /// Affected surfaces (caries), in reading order.
    public var surfaces: [Surface]
    /// Mobility grade 0–3 (only for `.mobility`).
    public var grade: Int?
    /// A free-text note, shown verbatim.
    public var note: String?

    /// Creates a finding.
    public init(kind: FindingKind, surfaces: [Surface] = [], grade: Int? = nil, note: String? = nil) {
        self.kind = kind
        self.surfaces = surfaces
        self.grade = grade
        self.note = note
    }
}
