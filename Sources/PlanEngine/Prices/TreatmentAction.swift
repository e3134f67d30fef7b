/// What a service does to a tooth. It is data in the price list (`effect:`), and it is the action
/// kind of every `ToothChange` in the after-state. docs/after-state.md writes out the rule of each.
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
    /// Pulpotomy → the pulp chamber sealed, the canals left alive.
    case pulpotomy
    /// A post and core.
    case post
    /// A bridge retainer crown on the tooth.
    case bridgeAbutment = "bridge-abutment"
    /// A bridge pontic in the gap.
    case pontic
    /// Fissure sealing of the biting surface.
    case sealant
    /// Professional hygiene → no plaque or calculus; gingivitis (bleeding, inflammation without a pocket) heals.
    case hygiene
    /// Periodontal therapy → no plaque, no inflammation, no bleeding, pockets treated.
    case periodontal
}
