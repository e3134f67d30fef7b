import DentalModel

/// An insurance programme: the codes it covers, on what terms, and the patient's co-payment on them.
public struct InsuranceProgramme: Sendable, Hashable, Codable {
    /// The id a variant's `insurance:` refers to.
    public var id: String
    /// The name per locale.
    public var names: [CaseLocale: String]
    /// The share of a covered item the patient pays.
    public var coPayment: Percentage
    /// The programme's terms per covered service code.
    public var terms: [String: CoverTerms]

    /// Creates a programme.
    public init(id: String, names: [CaseLocale: String], coPayment: Percentage, terms: [String: CoverTerms]) {
        self.id = id
        self.names = names
        self.coPayment = coPayment
        self.terms = terms
    }

    /// Covered service codes.
    public var covers: Set<String> { Set(terms.keys) }

    /// The name in `locale`, else English, else any, else the id.
    public func name(_ locale: CaseLocale) -> String {
        names[locale] ?? names[.en] ?? CaseLocale.allCases.lazy.compactMap { names[$0] }.first ?? id
    }
}

/// What a programme pays for one covered code: at most its tariff a unit, and at most so many units
/// per tooth and per plan (an insured variant). Units beyond a limit, and the part of a unit price
/// above the tariff, are the patient's own expense.
public struct CoverTerms: Sendable, Hashable, Codable {
    /// The most the programme counts for one unit; `nil` for the list price.
    public var tariff: Money?
    /// The most units the programme pays on one tooth in a plan (tooth, canal and surface units only).
    public var unitsPerTooth: Int?
    /// The most units the programme pays in a plan.
    public var unitsPerPlan: Int?

    /// Terms with no tariff of their own and no limits.
    public init(tariff: Money? = nil, unitsPerTooth: Int? = nil, unitsPerPlan: Int? = nil) {
        self.tariff = tariff
        self.unitsPerTooth = unitsPerTooth
        self.unitsPerPlan = unitsPerPlan
    }
}
