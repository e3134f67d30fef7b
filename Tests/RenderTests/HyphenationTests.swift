import Foundation
import Graphics
import Layout
import Render
import Testing

/// Long words break where their language breaks them (libhyphen with the shipped dictionaries), the
/// hyphen is drawn only at the break, and the PDF's text layer keeps what the text says.
@Suite struct HyphenationTests {
    let engine: TextEngine

    init() throws {
        engine = try TestRepository.textEngine()
    }

    /// The lines of `text` set `width` points wide in `language`, as Pango broke them.
    private func lines(_ text: String, language: String?, width: Length) throws -> [String] {
        let block = try engine.layout(.plain(text), style: TextStyle(language: language, size: 10), width: width)
        return block.lineTexts
    }

    @Test func aSwedishCompoundBreaksBetweenItsParts() throws {
        // Wide enough for "implantat", too narrow for the whole word.
        let width = try engine.layout(.plain("implantat"), style: TextStyle(size: 10)).size.width + 1
        let broken = try lines("tandimplantat", language: "sv", width: width)
        #expect(broken == ["tand-", "implantat"])
        let longer = try lines("rotfyllningsbehandling", language: "sv", width: 60)
        #expect(longer.count > 1)
        #expect(longer.dropLast().allSatisfy { $0.hasSuffix("-") }, "\(longer)")
        #expect(longer.map { $0.hasSuffix("-") ? String($0.dropLast()) : $0 }.joined() == "rotfyllningsbehandling")
        #expect(["rot-", "rotfyll-", "rotfyllnings-"].contains(longer[0]), "\(longer)")
    }

    @Test func frenchAndEnglishBreakAtSyllables() throws {
        let french = try lines("implantologie", language: "fr", width: 40)
        #expect(french.first.map { ["im-", "implan-", "implanto-"].contains($0) } == true, "\(french)")
        let english = try lines("osseointegration", language: "en", width: 50)
        #expect(english.first.map { ["os-", "osseoin-", "osseointe-"].contains($0) } == true, "\(english)")
    }

    @Test func aLanguageWithoutADictionaryAndHeadingsAreLeftAlone() throws {
        #expect(try engine.layout(.plain("tandimplantat"), style: TextStyle(language: "sv", size: 10)).text == "tandimplantat")
        let spaced = try engine.layout(.plain("tandimplantat"), style: TextStyle(language: "sv", size: 10, letterSpacing: 1),
                                       width: 42)
        #expect(spaced.lineTexts.allSatisfy { !$0.hasSuffix("-") }, "\(spaced.lineTexts)")
        // A name on the cover (display text, `hyphenate: false`) breaks between words only: "Gustavsson-Ös-tergren"
        // reads as another name.
        let name = try engine.layout(.plain("Gustavsson-Östergren af Wetterstedt"),
                                     style: TextStyle(language: "sv", size: 24, hyphenate: false), width: 200)
        let wordEnds = ["Gustavsson-", "Östergren", "af", "Wetterstedt"]
        #expect(name.lineTexts.allSatisfy { line in wordEnds.contains { line.trimmingCharacters(in: .whitespaces).hasSuffix($0) } },
                "\(name.lineTexts)")
        #expect(name.lineTexts.count > 1, "the name wraps at this width: \(name.lineTexts)")
        let russian = try engine.layout(.plain("распломбировка"), style: TextStyle(language: "ru", size: 10), width: 40)
        #expect(russian.lineTexts.allSatisfy { !$0.hasSuffix("-") }, "no Russian dictionary is shipped: \(russian.lineTexts)")
    }

    @Test func markupKeepsItsTagsAndEntities() throws {
        let block = try engine.layout(.markup("<b>tandimplantat</b> &amp; tandköttsinflammation"),
                                      style: TextStyle(language: "sv", size: 10), width: 45)
        #expect(block.text == "tandimplantat & tandköttsinflammation")
        #expect(block.lineTexts.first == "tand-")
    }

    /// In the PDF's text layer a soft hyphen where no line breaks is not there at all: the word extracts
    /// whole. A word broken across lines extracts as its two halves, the first ending in U+00AD, the hyphen
    /// drawn at the break (the accepted form: taking "\u{AD}\n" out gives the word back, which a "-" would
    /// not for a word with a real hyphen).
    @Test func theTextLayerHoldsWholeWords() throws {
        let width = try engine.layout(.plain("implantat"), style: TextStyle(size: 10)).size.width + 1
        let broken = try engine.layout(.plain("tandimplantat"), style: TextStyle(language: "sv", size: 10), width: width)
        let whole = try engine.layout(.plain("rotfyllningsbehandling"), style: TextStyle(language: "sv", size: 10), width: 200)
        // A footer cut to one line is not hyphenated: the ellipsis would carry the soft hyphens into the text.
        let footer = try engine.layout(.plain("Karl-Johan Maximilian Gustavsson-Östergren af Wetterstedt"),
                                       style: TextStyle(language: "sv", size: 10), width: 150, maxLines: 1)
        let page = Page(size: Size(width: 240, height: 100), frames: [
            .text(broken, origin: Point(x: 10, y: 10), lines: 0..<broken.lines.count),
            .text(whole, origin: Point(x: 10, y: 60), lines: 0..<whole.lines.count),
            .text(footer, origin: Point(x: 10, y: 80), lines: 0..<footer.lines.count),
        ])
        let pdf = try PDFExporter().export(LaidOutDocument(pages: [page], metadata: PDFMetadata(title: "Avstavning")))
        let text = try Poppler.run("pdftotext", on: pdf, trailing: ["-"])
        #expect(text.contains("tand\u{AD}\nimplantat\n"), "\(text)")
        #expect(text.contains("\nrotfyllningsbehandling\n"), "\(text)")
        #expect(text.contains("Karl-Johan Maximilian"), "\(text)")
        #expect(text.replacingOccurrences(of: "\u{AD}\n", with: "").filter { $0 == "\u{AD}" }.isEmpty,
                "a soft hyphen only at a line's end")
    }

    @Test func theSameTextGivesTheSameLines() throws {
        let text = "Rotfyllningsbehandling och tandimplantat efter tandköttsinflammation"
        #expect(try lines(text, language: "sv", width: 70) == lines(text, language: "sv", width: 70))
    }
}
