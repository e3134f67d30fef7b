import DentalModel

/// How a material looks on the chart: the vocabulary's materials (`RestorationMaterial`) fall into these
/// looks, and the legend names the materials of each.
enum MaterialClass: Hashable, Sendable {
    /// Composite, glass ionomer: tooth-coloured direct materials.
    case composite
    /// Zirconia, glass-ceramic, ceramic: tooth-coloured indirect materials.
    case ceramic
    /// Ceramic fused to a metal frame.
    case metalCeramic
    /// Amalgam, gold and other metals.
    case metal
    /// Temporary materials.
    case temporary

    /// The look of `material`, or `fallback` when it is not given (or says only "metal-free", or
    /// "fibre", which only posts are made of).
    static func of(_ material: RestorationMaterial?, fallback: MaterialClass) -> MaterialClass {
        switch material {
        case nil, .metalFree, .fibre: fallback
        case .composite, .glassIonomer: .composite
        case .zirconia, .glassCeramic, .ceramic: .ceramic
        case .metalCeramic: .metalCeramic
        case .amalgam, .gold, .metal: .metal
        case .temporary: .temporary
        }
    }
}
