import DentalModel
import Graphics
import Layout

/// The occlusal (or incisal) face of one tooth: five surfaces, each painted with its filling, inlay or
/// caries; a crown covers the whole face.
struct OcclusalView {
    let tooth: ToothNumber
    let look: ToothLook
    let diagram: SurfaceDiagram
    let inks: Inks

    init(tooth: ToothNumber, look: ToothLook, in rect: Rect) {
        self.tooth = tooth
        self.look = look
        diagram = SurfaceDiagram(tooth: tooth, in: rect)
        inks = Inks(toothWidth: rect.width)
    }

    func frames() -> [Frame] {
        switch look.presence {
        case .missing:
            return [diagram.symbol({ [$0.outline] }, stroke: inks.ghost)]
        case .unerupted:
            // The faint face of a tooth still to come, where a missing one leaves an empty outline.
            return [diagram.symbol({ [$0.outline, $0.centre] }, stroke: inks.ghost)]
        case .rootRemnant:
            return [diagram.symbol({ [$0.outline] }, stroke: inks.ghost),
                    .shape(Shape(path: diagram.centre, fill: .color(ChartPalette.dentine), stroke: inks.outline))]
        case .implant where look.crown == nil:
            return [diagram.symbol({ [$0.outline] }, stroke: inks.ghost),
                    .shape(Shape(path: diagram.centre, fill: .color(ChartPalette.titanium),
                                 stroke: Stroke(color: ChartPalette.metal, width: inks.line)))]
        case .natural, .implant, .pontic:
            break
        }
        if let crown = look.crown {
            return [.shape(Shape(path: diagram.outline, fill: inks.crownFill(crown), stroke: inks.crownStroke(crown))),
                    .shape(Shape(path: diagram.centre, stroke: Stroke(color: crown.material == .metal ? ChartPalette.metalLight
                                                                       : crown.tint.color, width: inks.line * 0.6)))]
                + plannedOutline(dash: inks.crownStroke(crown).dash)
        }
        var frames = [diagram.symbol({ [$0.outline] }, fill: .color(ChartPalette.enamel))]
        if let tint = look.veneer {
            frames.append(.shape(Shape(path: diagram.path(SurfaceDiagram.side(of: .buccal, for: tooth)), fill: inks.veneer(tint))))
        }
        for surface in DentalModel.Surface.allCases {
            let path = diagram.path(SurfaceDiagram.side(of: surface, for: tooth))
            let work = look.surfaceWork[surface]
            if let work { frames.append(.shape(Shape(path: path, fill: inks.surface(work)))) }
            if let tint = look.sealant[surface] { frames.append(.shape(Shape(path: path, fill: inks.sealant(tint)))) }
            if look.caries.contains(surface) {
                frames.append(.shape(Shape(path: path, fill: inks.caries(over: work != nil),
                                           stroke: Stroke(color: ChartPalette.problem, width: inks.line * 0.8))))
            }
        }
        frames.append(diagram.symbol({ [$0.lines] }, stroke: inks.outline))
        return frames + plannedOutline()
    }

    /// The face's double outline when the tooth has planned work (see `Inks.plannedOutline`).
    private func plannedOutline(dash: [Length] = []) -> [Frame] {
        look.hasPlannedWork ? inks.plannedOutline(of: diagram.outline, dash: dash) : []
    }
}
