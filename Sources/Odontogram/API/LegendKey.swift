/// One entry a chart legend can show. A chart reports the keys of what it actually drew
/// (`Odontogram.legendKeys`), in the order of `LegendKey.all`: problems, then the state of the teeth,
/// then existing work, then the plan.
public enum LegendKey: Hashable, Sendable {
    case caries, periapicalLesion, fracture, rootRemnant, inflammation, bleeding, pocket, plaque, mobility, wear
    case missing, unerupted
    case fillingComposite, fillingMetal, fillingTemporary, inlay, inlayMetal
    case sealant
    case crownCeramic, crownMetalCeramic, crownMetal, crownTemporary, veneer, rootCanal, pulpotomy, post, implant, bridge
    /// Green: work the variant adds.
    case planned
    /// The highlight of a tooth the variant treats.
    case changed
    /// The badge of an action.
    case action(ActionKind)
    /// The badge figure: the visit number.
    case visitNumber
    /// The badge of a tooth several specialists treat.
    case severalSpecialists

    /// Every key in legend order.
    public static let all: [LegendKey] = [
        .caries, .periapicalLesion, .fracture, .rootRemnant, .inflammation, .bleeding, .pocket, .plaque, .mobility,
        .wear, .missing, .unerupted, .fillingComposite, .fillingMetal, .fillingTemporary, .inlay, .inlayMetal, .sealant,
        .crownCeramic, .crownMetalCeramic, .crownMetal, .crownTemporary, .veneer, .rootCanal, .pulpotomy, .post, .implant,
        .bridge, .planned, .changed,
    ] + ActionKind.allCases.map(LegendKey.action) + [.visitNumber, .severalSpecialists]

    /// The keys of `set` in legend order.
    static func ordered(_ set: Set<LegendKey>) -> [LegendKey] {
        all.filter(set.contains)
    }
}
