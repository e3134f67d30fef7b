/// What a service does to a tooth. It is data in the price list (`effect:`), and it is the action
/// kind of every `ToothChange` in the after-state.
public enum TreatmentAction: String, Sendable, Hashable, Codable, CaseIterable {
    /// The tooth (or root) is removed → missing.
    case extraction
    /// An implant is placed → implant.
    case implant
    /// A crown is made (on a tooth or an implant).
    case crown
    /// A direct filling on the item's surfaces.
    case filling
    /// An inlay on the item's surfaces.
    case inlay
    /// An onlay on the item's surfaces.
    case onlay
    /// A veneer.
    case veneer
    /// Root canal treatment → root canal filled, periapical lesion treated.
    case endodontics
    /// A post and core.
    case post
    /// A bridge retainer crown on the tooth.
    case bridgeAbutment = "bridge-abutment"
    /// A bridge pontic in the gap.
    case pontic
    /// Professional hygiene → no plaque.
    case hygiene
    /// Periodontal therapy → no inflammation, no bleeding.
    case periodontal
}
