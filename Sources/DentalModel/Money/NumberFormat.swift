/// Numbers as each locale writes them — the one place that knows the separators, so money, percentages
/// and counts in the booklet, the validator's messages and the reports agree. Hand-written (not
/// `NumberFormatter`, whose ICU data differs between machines) so the bytes are the same everywhere.
///
/// | locale | thousands | decimals | percent |
/// |---|---|---|---|
/// | ru | U+202F (`12 500`) | `,` | `33,33 %` (U+00A0 before `%`) |
/// | fr | U+202F | `,` | `33,33 %` (U+202F before `%`) |
/// | sv | U+00A0 | `,` | `33,33 %` (U+00A0 before `%`) |
/// | en | `,` | `.` | `33.33%` |
public enum NumberFormat {
    /// What goes between groups of three digits.
    public static func groupSeparator(_ locale: CaseLocale) -> String {
        switch locale {
        case .ru, .fr: return "\u{202F}"
        case .sv: return "\u{00A0}"
        case .en: return ","
        }
    }

    /// What goes before the decimals.
    public static func decimalSeparator(_ locale: CaseLocale) -> String {
        locale == .en ? "." : ","
    }

    /// `whole` grouped by thousands, then `decimals` (digits, may be empty) after the decimal separator.
    public static func number(_ whole: UInt64, decimals: String = "", _ locale: CaseLocale) -> String {
        let digits = Array(String(whole)), separator = groupSeparator(locale)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result += separator }
            result.append(digit)
        }
        return decimals.isEmpty ? result : result + decimalSeparator(locale) + decimals
    }

    /// A whole number: `12 500`, `−3`, `12,500`.
    public static func integer(_ value: Int, _ locale: CaseLocale) -> String {
        (value < 0 ? "\u{2212}" : "") + number(UInt64(value.magnitude), locale)
    }

    /// A percentage with its sign: `10 %`, `33,33 %`, `12.5%`.
    public static func percent(_ value: Percentage, _ locale: CaseLocale) -> String {
        let whole = UInt64(value.hundredths / 100), part = value.hundredths % 100
        let decimals = part == 0 ? "" : part % 10 == 0 ? String(part / 10) : (part < 10 ? "0" : "") + String(part)
        let text = number(whole, decimals: decimals, locale)
        switch locale {
        case .ru, .sv: return text + "\u{00A0}%"
        case .fr: return text + "\u{202F}%"
        case .en: return text + "%"
        }
    }
}

extension Percentage {
    /// The percentage as `locale` writes it, with its sign (see `NumberFormat.percent`).
    public func formatted(_ locale: CaseLocale) -> String { NumberFormat.percent(self, locale) }
}
