/// The anatomical kind of a tooth, which decides how a chart draws it and which surfaces it has.
public enum ToothKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Positions 1–2.
    case incisor
    /// Position 3.
    case canine
    /// Positions 4–5 of the permanent dentition.
    case premolar
    /// Positions 6–8 of the permanent dentition, 4–5 of the primary dentition.
    case molar

    /// The surfaces a tooth of this kind has, in reading order: every tooth has M D B L; incisors and
    /// canines add their incisal edge I, premolars and molars their occlusal surface O.
    public var surfaces: [Surface] {
        switch self {
        case .incisor, .canine: [.mesial, .distal, .buccal, .lingual, .incisal]
        case .premolar, .molar: [.mesial, .occlusal, .distal, .buccal, .lingual]
        }
    }
}
