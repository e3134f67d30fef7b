/// French typography's spaces around punctuation: the space before `:` `;` `!` `?` `»` and after `«` never
/// ends a line ("Option 1 :" stays on one line). Applied to every paragraph whose language is French, so
/// template strings, generated text and case text all follow it.
enum FrenchSpacing {
    /// A no-break space before a colon (and inside guillemets).
    static let wide: Character = "\u{00A0}"
    /// A narrow no-break space before `;` `!` `?`.
    static let narrow: Character = "\u{202F}"

    /// Whether `language` (a BCP 47 tag) is French.
    static func applies(to language: String?) -> Bool {
        guard let language else { return false }
        let lower = language.lowercased()
        return lower == "fr" || lower.hasPrefix("fr-") || lower.hasPrefix("fr_")
    }

    /// `text` with each ordinary space before `:` `;` `!` `?` `»` and after `«` made a no-break space.
    static func apply(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var previous: Character?
        for character in text {
            switch character {
            case ":", "»":
                if result.last == " " { result.removeLast(); result.append(wide) }
            case ";", "!", "?":
                if result.last == " " { result.removeLast(); result.append(narrow) }
            case " " where previous == "«":
                result.append(wide)
                previous = character
                continue
            default: break
            }
            result.append(character)
            previous = character
        }
        return result
    }
}
