import Foundation

/// What a restoration or a priced structure is made of: one vocabulary from the price list's `material`
/// through the case's restorations to the chart's looks and its legend.
///
/// Case files and price lists write the values below; a few everyday synonyms in the four languages
/// ("amalgame", "металлокерамика", "E.max", "PFM") are read as the value they mean.
public enum RestorationMaterial: String, Sendable, Hashable, Codable, CaseIterable {
    /// Light-cured composite resin (and compomer).
    case composite
    /// Glass-ionomer cement.
    case glassIonomer = "glass-ionomer"
    /// Silver amalgam.
    case amalgam
    /// Gold alloy.
    case gold
    /// A base-metal alloy (cast cobalt-chrome, nickel-chrome, titanium…), all metal.
    case metal
    /// Porcelain fused to a metal framework.
    case metalCeramic = "metal-ceramic"
    /// Zirconia.
    case zirconia
    /// Glass-ceramic: lithium disilicate (E.max), leucite.
    case glassCeramic = "glass-ceramic"
    /// Porcelain or another ceramic the list does not name more precisely.
    case ceramic
    /// Glass or quartz fibre (posts).
    case fibre
    /// Temporary materials (PMMA, acrylic, provisional cement).
    case temporary
    /// Metal-free, the material not named more precisely.
    case metalFree = "metal-free"

    /// True when the structure contains metal (the metal quota counts it).
    public var containsMetal: Bool {
        switch self {
        case .amalgam, .gold, .metal, .metalCeramic: true
        case .composite, .glassIonomer, .zirconia, .glassCeramic, .ceramic, .fibre, .temporary, .metalFree: false
        }
    }

    /// The material `text` names: a value of this vocabulary, or a synonym of one; `nil` for anything else.
    public init?(written text: String) {
        let written = text.lowercased().trimmingCharacters(in: .whitespaces)
        if let exact = Self(rawValue: written) { self = exact; return }
        // Order matters: "metal-free" and "metal-ceramic" both contain "metal", "glass-ionomer" "glass".
        for (material, words) in Self.synonyms where words.contains(where: written.contains) {
            self = material
            return
        }
        return nil
    }

    private static let synonyms: [(RestorationMaterial, [String])] = [
        (.metalFree, ["metal free", "metalfree", "безметалл", "sans métal", "metallfri"]),
        (.metalCeramic, ["metal ceramic", "metalceramic", "pfm", "porcelain-fused", "porcelain fused", "металлокерам",
                         "céramo-métal", "ceramo-metal", "métallo-céram", "metallkeram"]),
        (.temporary, ["temp", "pmma", "acryl", "provisional", "времен", "provisoire", "tillfällig"]),
        (.glassIonomer, ["ionom", "стеклоионом", "gic"]),
        (.glassCeramic, ["e.max", "emax", "disilicate", "дисиликат", "glass ceramic", "vitrocéram", "glaskeram", "leucite"]),
        (.fibre, ["fiber", "fibré", "стекловолок", "glasfiber"]),
        (.amalgam, ["amalgam", "амальгам"]),
        (.gold, ["gold", "золот", "guld"]),
        (.zirconia, ["zircon", "zirkon", "цирко"]),
        (.composite, ["composite", "resin", "compomer", "компози", "komposit"]),
        (.metal, ["metal", "cocr", "cobalt", "chrom", "titan", "nickel", "металл", "métal", "metall"]),
        (.ceramic, ["ceramic", "porcelain", "керам", "фарфор", "céram", "keram", "porslin"]),
    ]

    /// The values, for messages: "composite, glass-ionomer, …".
    public static var vocabulary: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

extension NodeCursor {
    /// A material of the vocabulary, written as its value or a synonym; anything else is an error listing
    /// the vocabulary.
    public func material() throws(InputError) -> RestorationMaterial {
        let text = try nonEmptyText()
        guard let material = RestorationMaterial(written: text) else {
            throw error("unknown material \"\(text)\" (expected one of: \(RestorationMaterial.vocabulary))")
        }
        return material
    }
}
