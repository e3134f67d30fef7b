import DentalModel

/// One priced service of a price list.
public struct Service: Sendable, Hashable, Codable {
    /// The code cases refer to.
    public var code: String
    /// The name per locale (at least one).
    public var names: [CaseLocale: String]
    /// The category ("exam", "imaging", "cbct", "hygiene", "periodontics", "restorative",
    /// "endodontics", "isolation", "prosthetics", "surgery", "implantology", "anaesthesia"…).
    public var category: String
    /// What one unit is.
    public var unit: ServiceUnit
    /// The list price of one unit.
    public var price: Money
    /// What the structure is made of, if it is a structure: its restorations on the after-chart are of
    /// this material.
    public var madeOf: RestorationMaterial?
    /// The structure's material class for the metal quota, if it is a structure.
    public var material: ServiceMaterial? { madeOf.map(ServiceMaterial.init) }
    /// What it does to a tooth, if anything (drives the after-state).
    public var effect: TreatmentAction?
    /// How many surfaces of a tooth the code is billed for (a one-surface filling: `1...1`; three or
    /// more: `3...`), if the code depends on it.
    public var surfaces: SurfaceCount?
    /// The chair time of one unit in minutes, if the list gives it.
    public var minutes: Int?
    /// Who performs it, as a role key (`hygienist`, `surgeon`…) that the strategies file names per locale.
    public var specialist: String?
    /// The teeth and canal counts it is made for (`planpress suggest` picks by it).
    public var fit: ServiceFit

    /// Creates a service.
    public init(code: String, names: [CaseLocale: String], category: String, unit: ServiceUnit,
                price: Money, madeOf: RestorationMaterial? = nil, effect: TreatmentAction? = nil,
                surfaces: SurfaceCount? = nil, minutes: Int? = nil, specialist: String? = nil,
                fit: ServiceFit = ServiceFit()) {
        self.code = code
        self.names = names
        self.category = category
        self.unit = unit
        self.price = price
        self.madeOf = madeOf
        self.effect = effect
        self.surfaces = surfaces
        self.minutes = minutes
        self.specialist = specialist
        self.fit = fit
    }

    /// The name in `locale`, else English, else any name, else the code.
    public func name(_ locale: CaseLocale) -> String {
        names[locale] ?? names[.en] ?? CaseLocale.allCases.lazy.compactMap { names[$0] }.first ?? code
    }
}
