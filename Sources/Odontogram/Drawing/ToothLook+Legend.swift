extension ToothLook {
    /// The legend entries this look draws.
    var legendKeys: Set<LegendKey> {
        var keys: Set<LegendKey> = []
        var tints: [Tint] = []
        switch presence {
        case .natural: break
        case .missing: keys.insert(.missing)
        case .implant: keys.insert(.implant); tints.append(implantTint)
        case .rootRemnant: keys.insert(.rootRemnant)
        case .unerupted: keys.insert(.unerupted)
        case .pontic: keys.insert(.bridge)
        }
        if let crown {
            keys.insert(Self.key(crown: crown.material)); tints.append(crown.tint)
        }
        if let bridge { keys.insert(.bridge); tints.append(bridge) }
        if let veneer { keys.insert(.veneer); tints.append(veneer) }
        if let rootCanal { keys.insert(.rootCanal); tints.append(rootCanal) }
        if let post { keys.insert(.post); tints.append(post) }
        if crown == nil {
            for work in surfaceWork.values {
                keys.insert(Self.key(surface: work)); tints.append(work.tint)
            }
            if !caries.isEmpty { keys.insert(.caries) }
        }
        let flags: [(Bool, LegendKey)] = [(lesion, .periapicalLesion), (fracture, .fracture), (wear && crown == nil, .wear),
                                          (mobility > 0, .mobility), (plaque, .plaque), (inflammation, .inflammation),
                                          (bleeding, .bleeding), (pocket != nil, .pocket)]
        for (drawn, key) in flags where drawn { keys.insert(key) }
        if tints.contains(.planned) { keys.insert(.planned) }
        return keys
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
