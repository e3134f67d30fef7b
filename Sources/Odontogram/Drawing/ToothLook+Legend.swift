extension ToothLook {
    /// The legend entries this look draws.
    var legendKeys: Set<LegendKey> {
        var keys: Set<LegendKey> = []
        switch presence {
        case .natural: break
        case .missing: keys.insert(.missing)
        case .implant: keys.insert(.implant)
        case .rootRemnant: keys.insert(.rootRemnant)
        case .unerupted: keys.insert(.unerupted)
        case .pontic: keys.insert(.bridge)
        }
        if let crown { keys.insert(Self.key(crown: crown.material)) }
        if bridge != nil { keys.insert(.bridge) }
        if veneer != nil { keys.insert(.veneer) }
        if rootCanal != nil { keys.insert(.rootCanal) }
        if pulpotomy != nil { keys.insert(.pulpotomy) }
        if !sealant.isEmpty { keys.insert(.sealant) }
        if post != nil { keys.insert(.post) }
        if crown == nil {
            for work in surfaceWork.values { keys.insert(Self.key(surface: work)) }
            if !caries.isEmpty { keys.insert(.caries) }
        }
        let flags: [(Bool, LegendKey)] = [(lesion, .periapicalLesion), (fracture, .fracture), (wear && crown == nil, .wear),
                                          (mobility > 0, .mobility), (plaque, .plaque), (inflammation, .inflammation),
                                          (bleeding, .bleeding), (pocket != nil, .pocket)]
        for (drawn, key) in flags where drawn { keys.insert(key) }
        if hasPlannedWork { keys.insert(.planned) }
        return keys
    }

    /// Whether any work drawn on the tooth is planned: it is drawn green, and the tooth is outlined twice
    /// (see `Inks.plannedOutline`), so a greyscale print still tells it from existing work.
    var hasPlannedWork: Bool {
        var tints = [crown?.tint, bridge, veneer, rootCanal, pulpotomy, post].compactMap { $0 } + sealant.values
        if presence == .implant { tints.append(implantTint) }
        if crown == nil { tints += surfaceWork.values.map(\.tint) }
        return tints.contains(.planned)
    }

    static func key(crown material: MaterialClass) -> LegendKey {
        switch material {
        case .ceramic, .composite: .crownCeramic
        case .metalCeramic: .crownMetalCeramic
        case .metal: .crownMetal
        case .temporary: .crownTemporary
        }
    }

    static func key(surface work: SurfaceWork) -> LegendKey {
        switch (work.indirect, work.material) {
        case (true, .metal): .inlayMetal
        case (true, _): .inlay
        case (false, .metal): .fillingMetal
        case (false, .temporary): .fillingTemporary
        case (false, _): .fillingComposite
        }
    }
}
