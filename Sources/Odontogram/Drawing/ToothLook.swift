import DentalModel

/// What a chart draws for one tooth, read once from its record: the analysis the side view, the
/// occlusal view and the legend share, so the legend lists exactly what was drawn.
struct ToothLook: Hashable, Sendable {
    /// What stands in the tooth's place.
    enum Presence: Hashable, Sendable { case natural, missing, implant, rootRemnant, unerupted, pontic }

    /// A prosthetic crown (on a tooth, an implant, or a bridge's pontic).
    struct Crown: Hashable, Sendable {
        var material: MaterialClass
        var tint: Tint
    }

    /// A filling or an inlay on one surface.
    struct SurfaceWork: Hashable, Sendable {
        var indirect: Bool
        var material: MaterialClass
        var tint: Tint
    }

    var presence: Presence
    var crown: Crown?
    var veneer: Tint?
    var surfaceWork: [DentalModel.Surface: SurfaceWork] = [:]
    var caries: Set<DentalModel.Surface> = []
    var rootCanal: Tint?
    /// A sealed pulp chamber (pulpotomy).
    var pulpotomy: Tint?
    /// Fissure-sealed surfaces.
    var sealant: [DentalModel.Surface: Tint] = [:]
    var post: Tint?
    var implantTint: Tint = .existing
    /// The tooth carries or is part of a bridge.
    var bridge: Tint?
    var lesion = false
    var fracture = false
    var wear = false
    /// Mobility grade 1…3; 0 when none is recorded.
    var mobility = 0
    var plaque = false
    var inflammation = false
    var bleeding = false
    /// Probing depth in millimetres when it is a pathological pocket (`PeriodontalStatus.pocketThreshold`).
    var pocket: Int?

    /// Reads `record`. `sextant` gives periodontal values the tooth does not record itself; `baseline` is
    /// the same tooth before treatment (work absent from it is planned, and so is work in `newWork`, which
    /// the plan places even where it repeats old work); `bridgeMaterial` is the material of the bridge a
    /// pontic hangs from, when the pontic's own record does not say.
    init(record: ToothRecord, sextant: PeriodontalStatus? = nil, baseline: ToothRecord? = nil,
         newWork: [Restoration] = [], bridgeMaterial: RestorationMaterial? = nil) {
        func tint(_ restoration: Restoration) -> Tint {
            guard let baseline else { return .existing }
            return baseline.restorations.contains(restoration) && !newWork.contains(restoration) ? .existing : .planned
        }
        let stateTint: Tint = baseline.map { $0.state == record.state ? .existing : .planned } ?? .existing
        switch record.state {
        case .present: presence = .natural
        case .missing: presence = .missing
        case .implant: presence = .implant
        case .rootRemnant: presence = .rootRemnant
        case .unerupted: presence = .unerupted
        case .pontic: presence = .pontic
        }
        implantTint = stateTint
        guard presence != .missing, presence != .unerupted else { return }

        for restoration in record.restorations {
            switch restoration.kind {
            case .filling, .inlay, .onlay:
                let indirect = restoration.kind != .filling
                let work = SurfaceWork(indirect: indirect,
                                       material: MaterialClass.of(restoration.material,
                                                                  fallback: indirect ? .ceramic : .composite),
                                       tint: tint(restoration))
                let surfaces = restoration.surfaces.isEmpty ? [Self.centre(record.tooth)] : restoration.surfaces
                for surface in surfaces { surfaceWork[surface] = work }
            case .crown:
                crown = Crown(material: MaterialClass.of(restoration.material, fallback: .ceramic), tint: tint(restoration))
            case .veneer: veneer = tint(restoration)
            case .postAndCore: post = tint(restoration)
            case .rootCanalFilled: rootCanal = tint(restoration)
            case .pulpotomy: pulpotomy = tint(restoration)
            case .sealant:
                for surface in restoration.surfaces.isEmpty ? [Self.centre(record.tooth)] : restoration.surfaces {
                    sealant[surface] = tint(restoration)
                }
            case .bridgeAbutment: break
            }
        }
        if let abutment = record.restoration(.bridgeAbutment) {
            // The retainer is the crown: its material is the crown's, else the bridge's own.
            let material = record.restoration(.crown)?.material ?? abutment.material
            crown = Crown(material: MaterialClass.of(material, fallback: .ceramic), tint: crown?.tint ?? tint(abutment))
            bridge = tint(abutment)
        }
        if presence == .pontic {
            let material = crown.map(\.material) ?? MaterialClass.of(bridgeMaterial, fallback: .ceramic)
            crown = Crown(material: material, tint: crown?.tint ?? stateTint)
            bridge = bridge ?? crown?.tint
        }
        if presence == .rootRemnant { crown = nil; bridge = nil }

        for finding in record.findings {
            switch finding.kind {
            case .caries:
                caries.formUnion(finding.surfaces.isEmpty ? [Self.centre(record.tooth)] : finding.surfaces)
            case .periapicalLesion: lesion = true
            case .fracture: fracture = true
            case .mobility: mobility = max(mobility, min(max(finding.grade ?? 1, 0), 3))
            case .wear: wear = true
            }
        }
        if presence != .natural {
            // Surfaces, veneers and wear belong to a natural crown.
            surfaceWork = [:]; sealant = [:]; caries = []; veneer = nil; wear = false
        }
        if crown != nil { sealant = [:] }
        if presence == .pontic || presence == .implant { rootCanal = nil; pulpotomy = nil; post = nil; mobility = 0 }
        if presence == .pontic { lesion = false; fracture = false }

        guard presence == .natural || presence == .implant || presence == .rootRemnant else { return }
        let gums = record.periodontal.over(sextant)
        plaque = gums.plaque == true
        inflammation = gums.inflammation == true
        bleeding = gums.bleeding == true
        if gums.hasPocket { pocket = gums.pocketDepthMM }
    }

    /// The middle surface of `tooth`: incisal for front teeth, occlusal for back teeth.
    static func centre(_ tooth: ToothNumber) -> DentalModel.Surface {
        tooth.kind == .incisor || tooth.kind == .canine ? .incisal : .occlusal
    }
}
