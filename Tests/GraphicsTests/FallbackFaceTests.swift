import CPango
@testable import Graphics
import Testing

/// Once a text needs the fallback fonts, the characters the main fonts draw keep the face they have in a
/// text that needs none: a Chinese or Arabic name's transliteration reads in the style's face, like a Latin
/// name, and only the other script is drawn by a fallback font.
@Suite struct FallbackFaceTests {
    /// A name mixing scripts and the fallback font expected for the characters the main fonts lack.
    static let names: [(name: String, fallbackFont: String?)] = [
        ("王小明 (Wáng Xiǎomíng)", "NotoSansCJKsc-Regular.otf"),
        ("محمد عبد الله (Muhammad Abdullah)", "NotoSansArabic-Regular.ttf"),
        ("דוד כהן (David Cohen)", "NotoSansHebrew-Regular.ttf"),
        ("Γιώργος Παπαδόπουλος (Giorgos Papadopoulos)", nil),
        ("Ли Мин 李明 (Li Ming)", "NotoSansCJKsc-Regular.otf"),
        ("Anna Berg 😟 (Mon–Fri)", "Symbola-Emoji.ttf"),
    ]

    /// The style families and the file of their regular face.
    static let faces = [("Inter", "Inter-Regular.otf"), ("Noto Serif", "NotoSerif-Regular.ttf")]

    @Test(arguments: names, faces)
    func mainFontCharactersKeepTheStyleFace(sample: (name: String, fallbackFont: String?), face: (String, String)) throws {
        let engine = TextEngine(fonts: try TestFonts.library())
        let block = try engine.layout(.plain(sample.name), style: TextStyle(family: face.0, size: 12))
        #expect(block.unknownGlyphCount == 0)
        for run in Self.runs(of: block) {
            for scalar in run.text.unicodeScalars where !scalar.properties.isWhitespace {
                let expected = engine.fonts.mainFontsCover(String(scalar)) ? face.1 : sample.fallbackFont
                #expect(run.font == expected, "\(scalar) (U+\(String(scalar.value, radix: 16, uppercase: true))) in \(sample.name)")
            }
        }
    }

    /// Every character the main fonts draw, each after a space, is drawn by the same font whether the
    /// paragraph also holds a Han character (fallback fonts loaded) or not.
    @Test(arguments: faces.map(\.0), [nil, "ru", "zh"] as [String?])
    func everyMainFontCharacterKeepsItsFontBesideAFallback(family: String, language: String?) throws {
        let engine = TextEngine(fonts: try TestFonts.library())
        let scalars = (0x21...0x2FFFF).compactMap(Unicode.Scalar.init).filter { scalar in
            let properties = scalar.properties
            return !properties.isWhitespace && !properties.isDefaultIgnorableCodePoint
                && properties.generalCategory != .nonspacingMark && properties.generalCategory != .enclosingMark
                && engine.fonts.mainFontsCover(String(scalar))
        }
        let body = scalars.map { " " + String($0) }.joined()
        let style = TextStyle(language: language, family: family, size: 10)
        // "王" and "AAA" are both three bytes, so a character has the same offset in both paragraphs.
        let alone = Self.fonts(of: try engine.layout(.plain("AAA" + body), style: style))
        let beside = Self.fonts(of: try engine.layout(.plain("王" + body), style: style))
        var offset = 3
        var differing: [String] = []
        for scalar in scalars {
            offset += 1
            if alone[offset] != beside[offset] {
                differing.append("U+\(String(scalar.value, radix: 16, uppercase: true)) \(alone[offset] ?? "-") → \(beside[offset] ?? "-")")
            }
            offset += String(scalar).utf8.count
        }
        #expect(scalars.count > 2500)
        #expect(differing.isEmpty, "\(differing)")
    }

    /// Per run of `block`, in visual order: its text, its byte offset in the paragraph and the file name
    /// of the font drawing it.
    static func runs(of block: TextBlock) -> [(text: String, offset: Int, font: String)] {
        let bytes = Array(String(cString: pango_layout_get_text(block.layout)).utf8)
        var result: [(text: String, offset: Int, font: String)] = []
        let iterator = pango_layout_get_iter(block.layout)
        defer { pango_layout_iter_free(iterator) }
        repeat {
            guard let item = pango_layout_iter_get_run_readonly(iterator)?.pointee.item?.pointee else { continue }
            let start = Int(item.offset), end = start + Int(item.length)
            result.append((String(decoding: bytes[start..<end], as: UTF8.self), start, fileName(of: item.analysis.font)))
        } while pango_layout_iter_next_run(iterator) != 0
        return result
    }

    /// The file name of the font drawing each byte of `block`'s text, by offset.
    static func fonts(of block: TextBlock) -> [Int: String] {
        var result: [Int: String] = [:]
        for run in runs(of: block) {
            for index in run.offset..<run.offset + run.text.utf8.count { result[index] = run.font }
        }
        return result
    }

    private static func fileName(of font: UnsafeMutablePointer<PangoFont>?) -> String {
        guard let font else { return "-" }
        let pattern = pango_fc_font_get_pattern(UnsafeMutableRawPointer(font).assumingMemoryBound(to: PangoFcFont.self))
        var file: UnsafeMutablePointer<FcChar8>?
        guard FcPatternGetString(pattern, FC_FILE, 0, &file) == FcResultMatch, let file else { return "-" }
        return String(String(cString: file).split(separator: "/").last ?? "")
    }
}
