extension CalendarDate {
    /// The date as the booklet prints it, hand-written so output is byte-identical on every machine:
    /// ru "23 ноября 2026 г.", fr "23 novembre 2026", sv "23 november 2026", en "23 November 2026".
    public func formatted(_ locale: CaseLocale) -> String {
        let name = Self.monthNames[locale]?[month - 1] ?? String(month)
        switch locale {
        case .ru: return "\(day) \(name) \(year) г."
        case .en, .fr, .sv: return "\(day) \(name) \(year)"
        }
    }

    private static let monthNames: [CaseLocale: [String]] = [
        .ru: ["января", "февраля", "марта", "апреля", "мая", "июня",
              "июля", "августа", "сентября", "октября", "ноября", "декабря"],
        .en: ["January", "February", "March", "April", "May", "June",
              "July", "August", "September", "October", "November", "December"],
        .fr: ["janvier", "février", "mars", "avril", "mai", "juin",
              "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
        .sv: ["januari", "februari", "mars", "april", "maj", "juni",
              "juli", "augusti", "september", "oktober", "november", "december"],
    ]
}
