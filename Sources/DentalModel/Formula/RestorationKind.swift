/// The kinds of restoration a tooth can carry.
public enum RestorationKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A direct filling on some surfaces.
    case filling
    /// An inlay (indirect, inside the cusps).
    case inlay
    /// An onlay (indirect, covering cusps).
    case onlay
    /// A full crown.
    case crown
    /// A veneer on the buccal surface.
    case veneer
    /// A post and core build-up.
    case postAndCore = "post-and-core"
    /// A filled root canal system.
    case rootCanalFilled = "root-canal-filled"
    /// The tooth carries a bridge retainer.
    case bridgeAbutment = "bridge-abutment"
    /// A pulpotomy: the pulp chamber cleaned and sealed, the root canals left alive (mostly primary teeth).
    case pulpotomy
    /// A fissure sealant on the biting surface.
    case sealant

    /// True for restorations that cover given surfaces (filling, inlay, onlay, sealant).
    public var usesSurfaces: Bool { [.filling, .inlay, .onlay, .sealant].contains(self) }
}
