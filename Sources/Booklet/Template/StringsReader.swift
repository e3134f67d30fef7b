import DentalModel
import Yams

/// Reads one strings file (`Templates/strings/ru.yaml` or a template's override): nested keys become
/// `section.line`, each checked against `StringKey` for its name, plural forms, placeholders and markup.
struct StringsReader {
    let locale: CaseLocale

    /// The plural categories a line of this locale must give.
    private var categories: [PluralCategory] {
        locale == .ru ? [.one, .few, .many] : [.one, .other]
    }

    func read(_ root: NodeCursor) throws(InputError) -> [StringKey: StringTable.Line] {
        var lines: [StringKey: StringTable.Line] = [:]
        try read(root, prefix: "", into: &lines)
        return lines
    }

    private func read(_ cursor: NodeCursor, prefix: String,
                      into lines: inout [StringKey: StringTable.Line]) throws(InputError) {
        for (name, value) in try cursor.entries() {
            let key = prefix.isEmpty ? name : "\(prefix).\(name)"
            if let stringKey = StringKey(rawValue: key) {
                lines[stringKey] = try line(value, key: stringKey)
            } else if value.node.mapping != nil, StringKey.allCases.contains(where: { $0.rawValue.hasPrefix(key + ".") }) {
                try read(value, prefix: key, into: &lines)
            } else {
                throw value.error("unknown line \"\(key)\" (see Templates/strings/en.yaml for every line)")
            }
        }
    }

    private func line(_ cursor: NodeCursor, key: StringKey) throws(InputError) -> StringTable.Line {
        guard key.isPlural else { return .single(try text(cursor, key: key)) }
        let allowed = Set(PluralCategory.allCases.map(\.rawValue))
        try cursor.expectMapping(keys: allowed)
        var forms: [PluralCategory: String] = [:]
        for category in categories {
            forms[category] = try text(cursor.required(category.rawValue), key: key)
        }
        let one = forms[.one] ?? ""
        if locale == .ru {
            return .plural(PluralForms(one: one, few: forms[.few] ?? "", many: forms[.many] ?? ""))
        }
        return .plural(PluralForms(one: one, other: forms[.other] ?? ""))
    }

    private func text(_ cursor: NodeCursor, key: StringKey) throws(InputError) -> String {
        guard cursor.node.scalar != nil else {
            throw cursor.error(key.isPlural ? "wrong type: expected the plural forms' text"
                                            : "wrong type: expected a line of text, found plural forms or a list")
        }
        let text = try cursor.nonEmptyText()
        let allowed = key.placeholders.union(key.isPlural ? ["count"] : [])
        for name in StringTable.placeholders(in: text) where !allowed.contains(name) {
            let known = allowed.isEmpty ? "this line has none" : "known here: " + allowed.sorted().map { "{\($0)}" }.joined(separator: ", ")
            throw cursor.error("unknown placeholder {\(name)} (\(known))")
        }
        if let problem = MarkupCheck.problem(in: text) {
            throw cursor.error("markup: \(problem)")
        }
        return text
    }
}
