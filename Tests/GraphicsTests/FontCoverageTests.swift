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

/// Names in other scripts print with the fallback fonts, which a Latin or Cyrillic text never loads; a
/// character no shipped font has is reported, so the case can be refused naming it.
@Suite struct FallbackFontTests {
    static let names = [
        "محمد عبد الله", "דוד כהן", "Γιώργος Παπαδόπουλος", "Արամ Խաչատրյան", "ნინო ბერიძე", "अनीता शर्मा",
        "สมชาย ใจดี", "王小明", "山田 花子", "김민준", "Anna 😀 ✓",
    ]

    @Test(arguments: names)
    func everyScriptIsDrawn(name: String) throws {
        let engine = TextEngine(fonts: try TestFonts.library())
        let block = try engine.layout(.plain(name), style: TextStyle(family: "Inter", size: 12))
        #expect(block.unknownGlyphCount == 0, "\(name)")
        #expect(try engine.fonts.uncovered(in: name).isEmpty)
    }

    @Test func latinAndCyrillicNeedNoFallback() throws {
        let fonts = try TestFonts.library()
        #expect(fonts.mainFontsCover("Иванова Мария — Åsa Öberg, Crème brûlée 158 500 ₽"))
        #expect(!fonts.mainFontsCover("王小明"))
    }

    @Test func aCharacterNoFontHasIsNamed() throws {
        #expect(try TestFonts.library().uncovered(in: "Anna \u{13000}\u{13000} 王") == ["\u{13000}"])
    }

    /// An Arabic name is laid out right to left: its first letter is the rightmost.
    @Test func rightToLeftNamesReadRightToLeft() throws {
        let engine = TextEngine(fonts: try TestFonts.library())
        let block = try engine.layout(.plain("محمد"), style: TextStyle(family: "Inter", size: 12))
        #expect(block.isRightToLeft)
    }
}
