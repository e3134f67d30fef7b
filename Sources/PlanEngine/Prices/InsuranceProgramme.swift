import DentalModel

/// An insurance programme: the codes it covers and the patient's co-payment on them.
public struct InsuranceProgramme: Sendable, Hashable, Codable {
    /// The id a variant's `insurance:` refers to.
    public var id: String
    /// The name per locale.
    public var names: [CaseLocale: String]
    /// The share of a covered item the patient pays.
    public var coPayment: Percentage
    /// Covered service codes.
    public var covers: Set<String>

    /// Creates a programme.
    public init(id: String, names: [CaseLocale: String], coPayment: Percentage, covers: Set<String>) {
        self.id = id
        self.names = names
        self.coPayment = coPayment
        self.covers = covers
    }

    /// The name in `locale`, else English, else any, else the id.
    public func name(_ locale: CaseLocale) -> String {
        names[locale] ?? names[.en] ?? CaseLocale.allCases.lazy.compactMap { names[$0] }.first ?? id
    }
}
