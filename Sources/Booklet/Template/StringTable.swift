import DentalModel
import Graphics

/// The lines of one locale, checked against `StringKey`: every key present, only known placeholders.
///
/// Lines are Pango markup written by the template author; the values put into them are escaped, so case
/// text (a patient's name with an `&`) always shows literally.
public struct StringTable: Sendable {
    /// The locale of the lines.
    public let locale: CaseLocale
    private let lines: [StringKey: Line]

    /// One line: a single text, or one text per plural category.
    enum Line: Sendable {
        case single(String)
        case plural(PluralForms)
    }

    init(locale: CaseLocale, lines: [StringKey: Line]) {
        self.locale = locale
        self.lines = lines
    }

    /// The markup of `key` with `values` escaped into its placeholders. A plural line picks its form
    /// by `count`, which also fills `{count}`.
    public func markup(_ key: StringKey, _ values: [String: String] = [:], count: Int? = nil) -> String {
        var values = values
        if let count { values["count"] = NumberFormat.integer(count, locale) }
        return Self.fill(template(key, count: count), values: values.mapValues { Markup.escape($0) })
    }

    /// The line as plain text (markup removed): for PDF metadata, bookmarks and table cells.
    public func plain(_ key: StringKey, _ values: [String: String] = [:], count: Int? = nil) -> String {
        var values = values
        if let count { values["count"] = NumberFormat.integer(count, locale) }
        return Self.fill(MarkupCheck.stripped(template(key, count: count)), values: values)
    }

    private func template(_ key: StringKey, count: Int?) -> String {
        switch lines[key] {
        case let .single(text)?: return text
        case let .plural(forms)?: return forms.form(for: count ?? 0, in: locale)
        case nil: return key.rawValue
        }
    }

    /// Replaces each `{name}` of `template` with its value; unknown names stay as written.
    static func fill(_ template: String, values: [String: String]) -> String {
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            result += values[name] ?? "{\(name)}"
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// The `{names}` a line uses, in order.
    static func placeholders(in text: String) -> [String] {
        var names: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
