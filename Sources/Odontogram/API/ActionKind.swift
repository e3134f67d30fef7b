/// What a variant does to a tooth, as the chart marks it: each kind has its own small icon.
public enum ActionKind: String, Hashable, Sendable, CaseIterable, Codable {
    case extraction
    case implant
    case crown
    case bridge
    case veneer
    case filling
    case inlay
    case endodontics
    case post
    case hygiene
    case periodontal
    /// Anything else that touches the tooth.
    case other
}
