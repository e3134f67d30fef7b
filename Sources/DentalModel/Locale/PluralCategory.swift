/// CLDR plural categories used by PlanPress's four locales.
public enum PluralCategory: String, Sendable, Hashable, Codable, CaseIterable {
    /// "1 зуб", "1 tooth", "0 ou 1 dent".
    case one
    /// Russian 2–4 ("2 зуба").
    case few
    /// Russian 5–20, 0 ("5 зубов").
    case many
    /// Everything else in en, fr, sv.
    case other

    /// The category of the whole number `count` in `locale`:
    /// ru one/few/many, fr one for 0 and 1, en and sv one for 1 only.
    public static func of(_ count: Int, in locale: CaseLocale) -> PluralCategory {
        let n = count.magnitude
        switch locale {
        case .ru:
            let lastTwo = n % 100, last = n % 10
            if last == 1 && lastTwo != 11 { return .one }
            if (2...4).contains(last) && !(12...14).contains(lastTwo) { return .few }
            return .many
        case .fr:
            return n <= 1 ? .one : .other
        case .en, .sv:
            return n == 1 ? .one : .other
        }
    }
}

/// The forms of one word for plural agreement; `few` and `many` are used by Russian only.
public struct PluralForms: Sendable, Hashable, Codable {
    /// Singular ("зуб", "tooth").
    public var one: String
    /// Russian 2–4 ("зуба").
    public var few: String
    /// Russian 5–20 ("зубов").
    public var many: String
    /// Plural in en/fr/sv ("teeth").
    public var other: String

    /// Forms for Russian.
    public init(one: String, few: String, many: String) {
        self.one = one
        self.few = few
        self.many = many
        self.other = many
    }

    /// Forms for a one/other language.
    public init(one: String, other: String) {
        self.one = one
        self.few = other
        self.many = other
        self.other = other
    }

    /// The form that agrees with `count` in `locale`.
    public func form(for count: Int, in locale: CaseLocale) -> String {
        switch PluralCategory.of(count, in: locale) {
        case .one: return one
        case .few: return few
        case .many: return many
        case .other: return other
        }
    }
}
