import Graphics
import Testing

/// Every script and symbol a booklet prints must be drawn by a shipped font: a missing glyph fails here.
@Suite struct FontCoverageTests {
    @Test(arguments: TestFonts.faces)
    func everyFaceDrawsEveryLocale(weight: FontWeight, italic: Bool) throws {
        let engine = TextEngine(fonts: try TestFonts.library())
        let sample = "Иванова Мария Сергеевна — «Премиум» 158 500 ₽ · Crème brûlée, À l’œuvre, Ça · "
            + "Tandläkare Åsa Öberg, Ärende · €1,250.00 · 12 500 kr · № 36 ✓ ±1,5 мм ½ → 90%"
        for family in ["Inter", "Noto Serif"] where family == "Inter" || !italic && weight != .medium && weight != .semibold {
            let block = try engine.layout(.plain(sample), style: TextStyle(family: family, size: 10, weight: weight, italic: italic))
            #expect(block.unknownGlyphCount == 0, "\(family) \(weight) italic=\(italic) lacks glyphs")
        }
    }
}
