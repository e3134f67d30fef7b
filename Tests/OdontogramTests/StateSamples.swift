import DentalModel
import Odontogram

/// One record per look the chart has, for the golden images and the gallery: every state and finding of
/// the case model, on a front and a back tooth.
enum StateSamples {
    struct Sample {
        /// A file-name-safe name.
        var name: String
        /// The legend entry the state draws, if it has one.
        var key: LegendKey?
        var records: [ToothRecord]
        /// Whether the work is planned: drawn against the same tooth without it.
        var planned = false

        /// What `record` is drawn against: the bare tooth when the work is planned, nothing otherwise.
        func baseline(of record: ToothRecord) -> ToothRecord? { planned ? ToothRecord(tooth: record.tooth) : nil }
    }

    static func tooth(_ fdi: Int) -> ToothNumber { ChartFixtures.tooth(fdi) }

    /// The same state on an upper front tooth, an upper molar and a lower molar.
    private static func on(_ name: String, _ key: LegendKey?, teeth: [Int] = [11, 16, 36], state: ToothState = .present,
                           restorations: [Restoration] = [], findings: [Finding] = [],
                           periodontal: PeriodontalStatus = .init(), planned: Bool = false) -> Sample {
        Sample(name: name, key: key, records: teeth.map {
            ToothRecord(tooth: tooth($0), state: state, restorations: restorations, findings: findings, periodontal: periodontal)
        }, planned: planned)
    }

    static let all: [Sample] = [
        on("healthy", nil),
        on("caries", .caries, findings: [Finding(kind: .caries, surfaces: [.mesial, .occlusal, .incisal])]),
        on("periapical-lesion", .periapicalLesion, findings: [Finding(kind: .periapicalLesion)]),
        on("fracture", .fracture, findings: [Finding(kind: .fracture)]),
        on("root-remnant", .rootRemnant, state: .rootRemnant),
        on("inflammation", .inflammation, periodontal: PeriodontalStatus(inflammation: true)),
        on("bleeding", .bleeding, periodontal: PeriodontalStatus(bleeding: true)),
        on("pocket", .pocket, periodontal: PeriodontalStatus(pocketDepthMM: 6)),
        on("plaque", .plaque, periodontal: PeriodontalStatus(plaque: true)),
        on("mobility", .mobility, findings: [Finding(kind: .mobility, grade: 2)]),
        on("wear", .wear, findings: [Finding(kind: .wear)]),
        on("missing", .missing, state: .missing),
        on("unerupted", .unerupted, teeth: [13, 18, 38], state: .unerupted),
        on("filling-composite", .fillingComposite,
           restorations: [Restoration(kind: .filling, surfaces: [.distal, .occlusal, .incisal], material: .composite)]),
        on("filling-amalgam", .fillingMetal,
           restorations: [Restoration(kind: .filling, surfaces: [.mesial, .occlusal, .distal], material: .amalgam)]),
        on("filling-temporary", .fillingTemporary,
           restorations: [Restoration(kind: .filling, surfaces: [.occlusal, .incisal], material: .temporary)]),
        on("secondary-caries", .caries,
           restorations: [Restoration(kind: .filling, surfaces: [.mesial, .occlusal, .distal], material: .amalgam)],
           findings: [Finding(kind: .caries, surfaces: [.mesial])]),
        on("inlay-ceramic", .inlay, teeth: [14, 16, 36],
           restorations: [Restoration(kind: .inlay, surfaces: [.mesial, .occlusal], material: .ceramic)]),
        on("onlay-gold", .inlayMetal, teeth: [15, 26, 46],
           restorations: [Restoration(kind: .onlay, surfaces: [.mesial, .occlusal, .distal, .buccal], material: .gold)]),
        on("crown-zirconia", .crownCeramic, restorations: [Restoration(kind: .crown, material: .zirconia)]),
        on("crown-zirconia-planned", .planned, restorations: [Restoration(kind: .crown, material: .zirconia)], planned: true),
        on("filling-composite-planned", .planned,
           restorations: [Restoration(kind: .filling, surfaces: [.distal, .occlusal, .incisal], material: .composite)],
           planned: true),
        on("crown-metal-ceramic", .crownMetalCeramic, restorations: [Restoration(kind: .crown, material: .metalCeramic)]),
        on("crown-metal", .crownMetal, restorations: [Restoration(kind: .crown, material: .gold)]),
        on("crown-temporary", .crownTemporary, restorations: [Restoration(kind: .crown, material: .temporary)]),
        on("veneer", .veneer, teeth: [11, 13, 31], restorations: [Restoration(kind: .veneer, material: .glassCeramic)]),
        on("root-canal", .rootCanal, teeth: [14, 16, 36], restorations: [Restoration(kind: .rootCanalFilled)]),
        on("pulpotomy", .pulpotomy, teeth: [54, 65, 75], restorations: [Restoration(kind: .pulpotomy)]),
        on("sealant", .sealant, teeth: [55, 16, 36], restorations: [Restoration(kind: .sealant, surfaces: [.occlusal])]),
        on("post", .post, teeth: [12, 15, 46],
           restorations: [Restoration(kind: .rootCanalFilled), Restoration(kind: .postAndCore, material: .fibre)]),
        on("implant", .implant, teeth: [11, 26, 36], state: .implant,
           restorations: [Restoration(kind: .crown, material: .zirconia)]),
        on("implant-healing", .implant, teeth: [21, 16, 46], state: .implant),
        on("pontic", .bridge, teeth: [12, 26, 36], state: .pontic),
        on("primary", nil, teeth: [51, 54, 75],
           restorations: [Restoration(kind: .filling, surfaces: [.occlusal], material: .composite)]),
    ]
}
