import Graphics
import Testing

/// French text keeps the space before `:` `;` `!` `?` unbroken, whatever wrote the text.
@Suite struct FrenchSpacingTests {
    let engine: TextEngine

    init() throws {
        engine = TextEngine(fonts: try TestFonts.library())
    }

    /// At every width from the widest word with its sign to the whole line, no line starts with the sign.
    @Test func aColonNeverStartsALine() throws {
        let text = "Option 1 : couronne céramique ; tarif ? oui !"
        let style = TextStyle(language: "fr", size: 10)
        let whole = try engine.layout(.plain(text), style: style).size.width
        let widestWord = try engine.layout(.plain("céramique ;"), style: style).size.width
        var sawBreak = false
        for width in stride(from: widestWord.rounded(.up), through: whole, by: 1) {
            let lines = try engine.layout(.plain(text), style: style, width: width).lineTexts
            sawBreak = sawBreak || lines.count > 1
            for line in lines {
                #expect(![":", ";", "?", "!"].contains(line.first), "\(width): \(lines)")
            }
        }
        #expect(sawBreak)
    }

    @Test func theSpacesBecomeNoBreakOnlyInFrench() throws {
        let french = try engine.layout(.plain("Option 1 : « oui » ; non ?"), style: TextStyle(language: "fr"))
        #expect(french.text == "Option 1\u{A0}: «\u{A0}oui\u{A0}»\u{202F}; non\u{202F}?")
        let english = try engine.layout(.plain("Option 1 : yes"), style: TextStyle(language: "en"))
        #expect(english.text == "Option 1 : yes")
        let time = try engine.layout(.plain("à 10:30"), style: TextStyle(language: "fr"))
        #expect(time.text == "à 10:30")
    }

    @Test func markupKeepsItsTags() throws {
        let block = try engine.layout(.markup("<b>Option 1</b> : oui &amp; non"), style: TextStyle(language: "fr"))
        #expect(block.text == "Option 1\u{A0}: oui & non")
    }
}
