/// How a material looks on the chart. Case files write materials freely ("zirconia", "metal-ceramic",
/// "амальгама"); the chart only needs to know which of these looks to use.
enum MaterialClass: Hashable, Sendable {
    /// Composite, glass ionomer: tooth-coloured direct materials.
    case composite
    /// Ceramic, zirconia, lithium disilicate.
    case ceramic
    /// Ceramic fused to a metal frame.
    case metalCeramic
    /// Amalgam, gold, cobalt-chrome and other metals.
    case metal
    /// Temporary materials.
    case temporary

    /// The class of `material` as written, or `fallback` when it is missing or unknown.
    static func of(_ material: String?, fallback: MaterialClass) -> MaterialClass {
        guard let written = material?.lowercased(), !written.isEmpty else { return fallback }
        // Order matters: "metal-free" and "metal-ceramic" both contain "metal".
        let rules: [(MaterialClass, [String])] = [
            (.ceramic, ["metal-free", "metal free", "безметалл", "sans métal", "metallfri"]),
            (.metalCeramic, ["metal-ceramic", "metal ceramic", "metalceramic", "pfm", "porcelain-fused", "металлокерам",
                             "métallo", "metallo", "metallkeram"]),
            (.temporary, ["temp", "pmma", "acryl", "provisional", "времен", "provisoire", "tillfällig"]),
            (.metal, ["amalgam", "gold", "metal", "cocr", "cobalt", "chrom", "titan", "nickel", "амальгам",
                      "металл", "золот", "métal", "guld"]),
            (.ceramic, ["zircon", "ceramic", "porcelain", "e.max", "emax", "disilicate", "цирко", "керам",
                        "фарфор", "céram", "keram", "porslin"]),
            (.composite, ["composite", "resin", "glass", "ionomer", "compomer", "компози", "стеклоионом",
                          "komposit"]),
        ]
        for (result, words) in rules where words.contains(where: written.contains) { return result }
        return fallback
    }
}
