import DentalModel
import Foundation
import Graphics
import Layout
import Odontogram
import PlanEngine

/// The odontogram gallery: every state on single teeth, the full-mouth case before and after each
/// variant (stacked and side by side), a mixed dentition, the legend and an inline glyph in a table row.
enum GalleryPage {
    static let width: Length = 842
    static let margin: Length = 36

    static func build(engine: TextEngine) throws -> Page {
        var frames: [Frame] = []
        var y = margin
        let content = width - 2 * margin
        func heading(_ text: String, size: Length = 15) throws {
            let block = try engine.layout(.plain(text), style: TextStyle(size: size, weight: .semibold, color: ChartPalette.text))
            frames.append(.text(block, origin: Point(x: margin, y: y), lines: 0..<block.lines.count))
            y += block.size.height + 8
        }
        func caption(_ text: String, at point: Point, width: Length, size: Length = 7.5) throws -> Length {
            let block = try engine.layout(.plain(text), style: TextStyle(size: size, color: ChartPalette.text, alignment: .center),
                                          width: width)
            frames.append(.text(block, origin: point, lines: 0..<block.lines.count))
            return block.size.height
        }

        try heading("PlanPress odontogram gallery", size: 20)

        // Every state, on three teeth.
        try heading("Every state and finding (upper front, upper molar, lower molar)")
        let columns = 8
        let cellWidth = content / Double(columns), glyphHeight: Length = 78
        for (index, sample) in StateSamples.all.enumerated() {
            let x = margin + Double(index % columns) * cellWidth
            let top = y + Double(index / columns) * (glyphHeight + 30)
            let slot = (cellWidth - 8) / 3
            for (n, record) in sample.records.enumerated() {
                frames += ToothGlyph.frames(record, in: Rect(x: x + 4 + Double(n) * slot, y: top, width: slot, height: glyphHeight),
                                            baseline: sample.baseline(of: record))
            }
            // The legend's words, unless an earlier sample already used them (secondary caries, healing cap).
            let repeated = StateSamples.all[..<index].contains { $0.key == sample.key }
            let label = sample.key.flatMap { repeated ? nil : $0.label(.en) } ?? sample.name.replacingOccurrences(of: "-", with: " ")
            _ = try caption(label, at: Point(x: x + 2, y: top + glyphHeight + 3), width: cellWidth - 4)
        }
        y += Double((StateSamples.all.count + columns - 1) / columns) * (glyphHeight + 30) + 10

        // The full-mouth case: before and each variant, stacked.
        let loaded = try ChartFixtures.fullMouth()
        let dentalCase = loaded.dentalCase
        let after = loaded.afterState()
        let before = Odontogram(formula: dentalCase.formula, notation: dentalCase.notation)
        let accents = [Color(hex: "#2E7D4F"), Color(hex: "#7B3FA0"), Color(hex: "#B5651D")].compactMap { $0 }
        let variants = zip(after.variants, dentalCase.variants).enumerated().map { index, pair in
            Odontogram(formula: pair.0.formula, notation: dentalCase.notation,
                       changes: ChartChanges(after: pair.0, before: dentalCase.formula,
                                             accent: accents[index % accents.count]))
        }
        try heading("Full-mouth case: now, then after each variant (stacked, one geometry)")
        let stacked = BeforeAfterChart(before: before, after: variants, arrangement: .stacked, spacing: 14, captionHeight: 16)
        let stackedHeight = stacked.height(forWidth: content)
        let stackedRect = Rect(x: margin, y: y, width: content, height: stackedHeight)
        let titles = ["Now"] + dentalCase.variants.enumerated().map { "Variant \($0 + 1): \($1.name)" }
        for (panel, title) in zip(stacked.panels(in: stackedRect), titles) {
            let block = try engine.layout(.plain(title), style: TextStyle(size: 10, weight: .semibold, color: ChartPalette.text))
            frames.append(.text(block, origin: panel.caption.origin, lines: 0..<block.lines.count))
        }
        frames += try stacked.frames(in: stackedRect, text: engine)
        y += stackedHeight + 14

        try heading("Legend of the full-mouth charts")
        let legend = ChartLegend(charts: [before] + variants, accent: accents[0])
        let legendStyle = TextStyle(size: 8, color: ChartPalette.text, lineHeight: 1.2)
        let legendHeight = try legend.height(forWidth: content, locale: .en, text: engine, style: legendStyle, columns: 4)
        frames += try legend.frames(in: Rect(x: margin, y: y, width: content, height: legendHeight), locale: .en, text: engine,
                                    style: legendStyle, columns: 4)
        y += legendHeight + 16

        try heading("Side by side: now and variant 2")
        let pair = BeforeAfterChart(before: before, after: [variants[1]], arrangement: .sideBySide, spacing: 16, captionHeight: 14)
        let pairHeight = pair.height(forWidth: content)
        let pairRect = Rect(x: margin, y: y, width: content, height: pairHeight)
        for (panel, title) in zip(pair.panels(in: pairRect), ["Now", "Variant 2"]) {
            let block = try engine.layout(.plain(title), style: TextStyle(size: 9, weight: .semibold, color: ChartPalette.text))
            frames.append(.text(block, origin: panel.caption.origin, lines: 0..<block.lines.count))
        }
        frames += try pair.frames(in: pairRect, text: engine)
        y += pairHeight + 16

        try heading("Mixed dentition (52 teeth), Universal numbering")
        let mixed = Odontogram(formula: mixedFormula(), notation: .universal)
        let mixedHeight = mixed.height(forWidth: content * 0.8)
        frames += try mixed.frames(in: Rect(x: margin + content * 0.1, y: y, width: content * 0.8, height: mixedHeight), text: engine)
        y += mixedHeight + 16

        try heading("Inline glyph in a table row (variant 2)")
        let rowStyle = TextStyle(size: 10, color: ChartPalette.text)
        for fdi in [16, 26, 36] {
            let tooth = ChartFixtures.tooth(fdi)
            frames += ToothGlyph.frames(variants[1].formula.record(for: tooth), in: Rect(x: margin, y: y, width: 16, height: 40),
                                        baseline: dentalCase.formula.record(for: tooth))
            let services = (after.variants[1].changes[tooth] ?? []).map(\.serviceName).joined(separator: "; ")
            let text = try engine.layout(.plain("\(fdi) — \(services)"), style: rowStyle, width: content - 30)
            frames.append(.text(text, origin: Point(x: margin + 26, y: y + 4), lines: 0..<text.lines.count))
            y += max(text.size.height + 8, 46)
        }
        y += margin
        return Page(size: Size(width: width, height: y), frames: frames)
    }

    /// A child of about nine: permanent incisors and first molars in, a few primary teeth treated or lost.
    static func mixedFormula() -> DentalFormula {
        var formula = DentalFormula(dentition: .mixed)
        for fdi in [11, 12, 21, 22, 31, 32, 41, 42, 16, 26, 36, 46] {
            formula.set(ToothRecord(tooth: ChartFixtures.tooth(fdi)))
        }
        for fdi in [51, 52, 61, 62, 71, 72, 81, 82] {
            formula.set(ToothRecord(tooth: ChartFixtures.tooth(fdi), state: .missing))
        }
        formula.set(ToothRecord(tooth: ChartFixtures.tooth(36), restorations: [Restoration(kind: .filling, surfaces: [.occlusal])]))
        formula.set(ToothRecord(tooth: ChartFixtures.tooth(54), findings: [Finding(kind: .caries, surfaces: [.occlusal, .distal])]))
        formula.set(ToothRecord(tooth: ChartFixtures.tooth(85), restorations: [Restoration(kind: .rootCanalFilled),
                                                                               Restoration(kind: .crown, material: .metal)]))
        formula.set(ToothRecord(tooth: ChartFixtures.tooth(64), findings: [Finding(kind: .mobility, grade: 2)]))
        return formula
    }
}
