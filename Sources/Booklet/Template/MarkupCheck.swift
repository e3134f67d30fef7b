/// A small checker for the Pango markup template authors write, so a broken tag is reported with the
/// file, line and key at load time instead of failing a render later.
enum MarkupCheck {
    /// The tags Pango markup knows.
    static let tags: Set<String> = ["b", "big", "i", "s", "span", "sub", "sup", "small", "tt", "u"]

    /// A description of the first problem in `text`, or `nil` when it is well-formed.
    static func problem(in text: String) -> String? {
        var open: [String] = []
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "<" {
                guard let close = text[index...].firstIndex(of: ">") else { return "a tag is not closed with >" }
                let body = text[text.index(after: index)..<close]
                if body.hasPrefix("/") {
                    let name = String(body.dropFirst())
                    guard open.last == name else { return "</\(name)> does not close the last open tag" }
                    open.removeLast()
                } else {
                    let name = String(body.prefix { $0 != " " && $0 != "/" })
                    guard tags.contains(name) else {
                        return "unknown tag <\(name)> (expected one of: \(tags.sorted().joined(separator: ", ")))"
                    }
                    if !body.hasSuffix("/") { open.append(name) }
                }
                index = text.index(after: close)
            } else if character == "&" {
                guard let semicolon = text[index...].firstIndex(of: ";") else { return "write & as &amp;" }
                let entity = text[text.index(after: index)..<semicolon]
                guard ["amp", "lt", "gt", "quot", "apos"].contains(entity)
                        || (entity.hasPrefix("#") && entity.count > 1) else { return "write & as &amp;" }
                index = text.index(after: semicolon)
            } else {
                index = text.index(after: index)
            }
        }
        return open.last.map { "<\($0)> is never closed" }
    }

    /// `text` with tags removed and the five entities turned back into characters.
    static func stripped(_ text: String) -> String {
        var result = ""
        var inTag = false
        for character in text {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag {
                result.append(character)
            }
        }
        return result.replacingEntities()
    }
}

private extension String {
    func replacingEntities() -> String {
        guard contains("&") else { return self }
        var result = self
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&apos;", "'"), ("&amp;", "&")] {
            result = result.replacing(entity, with: character)
        }
        return result
    }
}
