import Graphics
import Layout

/// Fills and strokes for one tooth size: line widths and pattern spacing follow the size of the glyph, so a
/// chart reads the same at every scale. Each look pairs a colour with a pattern or a shape of its own.
struct Inks: Sendable {
    /// The width of a tooth outline.
    let line: Length
    /// The pattern pitch (dots, hatching).
    let pitch: Length

    /// Inks for a tooth `width` points wide.
    init(toothWidth width: Length) {
        line = min(max(width * 0.024, 0.3), 1.1)
        pitch = min(max(width * 0.085, 1.1), 3.2)
    }

    var outline: Stroke { Stroke(color: ChartPalette.outline, width: line, join: .round) }
    var ghost: Stroke { Stroke(color: ChartPalette.ghost, width: line, dash: [line * 3, line * 2.2], join: .round) }

    /// Caries: red dots, on pale red unless laid over a filling (secondary caries).
    func caries(over work: Bool) -> Fill {
        .dots(Dots(color: ChartPalette.problem, background: work ? nil : ChartPalette.problemLight,
                   spacing: pitch * 0.9, radius: pitch * 0.26))
    }

    /// A surface restoration. Direct fillings: solid (composite), dark cross-hatched (metal), cross-hatched
    /// on white (temporary). Inlays and onlays: single hatching, on the pale tint or on dark metal.
    func surface(_ work: ToothLook.SurfaceWork) -> Fill {
        switch (work.indirect, work.material) {
        case (true, .metal):
            .hatch(Hatch(color: ChartPalette.metalLight, background: ChartPalette.metal, angle: 45, spacing: pitch,
                         lineWidth: line * 0.8))
        case (true, _):
            .hatch(Hatch(color: work.tint.color, background: work.tint.light, angle: 45, spacing: pitch, lineWidth: line * 0.8))
        case (false, .metal):
            .hatch(Hatch(color: ChartPalette.metalLight, background: ChartPalette.metal, angle: 45, spacing: pitch * 0.9,
                         lineWidth: line * 0.6, crossed: true))
        case (false, .temporary):
            .hatch(Hatch(color: work.tint.color, background: .white, angle: 45, spacing: pitch * 1.1,
                         lineWidth: line * 0.6, crossed: true))
        case (false, _): .color(work.tint.color)
        }
    }

    /// The fill of a prosthetic crown.
    func crownFill(_ crown: ToothLook.Crown) -> Fill {
        switch crown.material {
        case .metal:
            .hatch(Hatch(color: ChartPalette.metalLight, background: ChartPalette.metal, angle: 45, spacing: pitch,
                         lineWidth: line * 0.8))
        case .temporary: .color(.white)
        case .ceramic, .composite, .metalCeramic: .color(crown.tint.light)
        }
    }

    /// The outline of a prosthetic crown: a thick cap line, dashed for a temporary one.
    func crownStroke(_ crown: ToothLook.Crown) -> Stroke {
        switch crown.material {
        case .metal: Stroke(color: ChartPalette.metal, width: line * 1.6, join: .round)
        case .temporary: Stroke(color: crown.tint.color, width: line * 1.6, dash: [line * 2.5, line * 1.8], join: .round)
        case .ceramic, .composite, .metalCeramic: Stroke(color: crown.tint.color, width: line * 1.8, join: .round)
        }
    }

    /// The double outline of a tooth with planned work, drawn over its own outline: a wide line in the
    /// planned colour, then a white core down its middle (dashed like `dash`, the dash of a temporary
    /// crown). In grey it reads as two parallel lines, which no existing work has. Plain shapes, not
    /// shared symbols: few teeth carry it, and a symbol per tooth shape and size would outnumber them.
    func plannedOutline(of outline: Path, dash: [Length] = []) -> [Frame] {
        [.shape(Shape(path: outline, stroke: Stroke(color: ChartPalette.planned, width: line * 2.8, join: .round))),
         .shape(Shape(path: outline, stroke: Stroke(color: .white, width: line * 1.0, dash: dash, join: .round)))]
    }

    /// A fissure sealant: fine level lines on the tint's pale ground.
    func sealant(_ tint: Tint) -> Fill {
        .hatch(Hatch(color: tint.color, background: tint.light, angle: 0, spacing: pitch * 0.7, lineWidth: line * 0.5))
    }

    /// A veneer: vertical hatching on the tint's pale ground.
    func veneer(_ tint: Tint) -> Fill {
        .hatch(Hatch(color: tint.color, background: tint.light, angle: 90, spacing: pitch * 0.8, lineWidth: line * 0.6))
    }
}
