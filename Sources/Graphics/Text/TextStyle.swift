/// How a run of text looks: family, size, weight, colour and paragraph settings.
///
/// Sizes are in points. Line height is a multiple of the font size (Pango's line spacing factor).
public struct TextStyle: Hashable, Sendable {
    public var family: String
    public var size: Length
    public var weight: FontWeight
    public var italic: Bool
    public var color: Color
    public var lineHeight: Double
    public var letterSpacing: Length
    /// OpenType `tnum`: figures of equal width, so amounts line up in columns.
    public var tabularFigures: Bool
    public var alignment: TextAlignment
    /// The text's language as a BCP 47 tag ("sv", "ru"); Pango breaks lines and picks locale forms by it.
    /// `nil` for the engine's default (English).
    public var language: String?
    /// Whether long words may break at a syllable (with a hyphen) where the language has a dictionary.
    /// Display text turns it off: a title or a name broken at a syllable reads as another word.
    public var hyphenate: Bool

    public init(language: String? = nil, family: String = "Inter", size: Length = 10, weight: FontWeight = .regular, italic: Bool = false,
                color: Color = .black, lineHeight: Double = 1.3, letterSpacing: Length = 0,
                tabularFigures: Bool = false, alignment: TextAlignment = .left, hyphenate: Bool = true) {
        self.family = family; self.size = size; self.weight = weight; self.italic = italic
        self.color = color; self.lineHeight = lineHeight; self.letterSpacing = letterSpacing
        self.tabularFigures = tabularFigures; self.alignment = alignment; self.language = language
        self.hyphenate = hyphenate
    }
}

/// CSS-style font weights PlanPress ships faces for.
public enum FontWeight: Int, Hashable, Sendable, CaseIterable {
    case regular = 400, medium = 500, semibold = 600, bold = 700
}

/// Horizontal alignment of the lines of a paragraph.
public enum TextAlignment: String, Hashable, Sendable {
    case left, center, right, justify
}

/// What a paragraph says. Text from a case is always `.plain` and shown literally; only template
/// authors write `.markup` (Pango markup), and values placed into markup go through `Markup.escape`.
public enum TextContent: Hashable, Sendable {
    case plain(String)
    case markup(String)
}

/// Pango markup helpers.
public enum Markup {
    /// Escapes `&`, `<`, `>`, `'` and `"` so `text` shows literally inside markup.
    public static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "'": escaped += "&apos;"
            case "\"": escaped += "&quot;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// `markup` with `transform` applied to each run of text between its tags and entities.
    static func mapText(_ markup: String, _ transform: (String) -> String) -> String {
        var result = "", run = ""
        var insideTag = false, insideEntity = false
        for character in markup {
            if insideTag || insideEntity {
                result.append(character)
                if insideTag, character == ">" { insideTag = false }
                if insideEntity, character == ";" { insideEntity = false }
            } else if character == "<" || character == "&" {
                result += transform(run)
                run = ""
                result.append(character)
                if character == "<" { insideTag = true } else { insideEntity = true }
            } else {
                run.append(character)
            }
        }
        return result + transform(run)
    }
}
