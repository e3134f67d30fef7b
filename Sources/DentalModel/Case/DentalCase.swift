import Foundation

/// A patient's case, file format v1: who, when, the current dental formula, imaging and 1–3 variants.
///
/// Load one with `CaseLoader`. All text is kept exactly as written (never parsed as markup).
public struct DentalCase: Sendable, Hashable, Codable {
    /// The only supported schema version.
    public static let currentSchemaVersion = 1
    /// The most variants a case may offer.
    public static let maxVariants = 3

    /// The file format version (1).
    public var schemaVersion: Int
    /// The issuing clinic.
    public var clinic: Clinic
    /// The patient.
    public var patient: Patient
    /// The plan's date.
    public var date: CalendarDate
    /// The language of the booklet and the protocol messages.
    public var locale: CaseLocale
    /// The currency every price is in.
    public var currency: Currency
    /// The last day the quoted prices hold.
    public var validUntil: CalendarDate
    /// The notation the file was written in (already normalised to FDI here).
    public var notation: ToothNotation
    /// The price list, resolved against the case file, if the case names one.
    public var pricesURL: URL?
    /// The formula before treatment.
    public var formula: DentalFormula
    /// The imaging protocol.
    public var imaging: Imaging
    /// The variants, 1…3.
    public var variants: [PlanVariant]
    /// General notes, shown verbatim.
    public var notes: String?

    /// Creates a case.
    public init(schemaVersion: Int = DentalCase.currentSchemaVersion, clinic: Clinic, patient: Patient,
                date: CalendarDate, locale: CaseLocale, currency: Currency, validUntil: CalendarDate,
                notation: ToothNotation = .fdi, pricesURL: URL? = nil, formula: DentalFormula,
                imaging: Imaging = .init(), variants: [PlanVariant], notes: String? = nil) {
        self.schemaVersion = schemaVersion
        self.clinic = clinic
        self.patient = patient
        self.date = date
        self.locale = locale
        self.currency = currency
        self.validUntil = validUntil
        self.notation = notation
        self.pricesURL = pricesURL
        self.formula = formula
        self.imaging = imaging
        self.variants = variants
        self.notes = notes
    }

    /// Every image the case names, in the order it names them: the clinic's logo, the X-rays, the photos.
    public var imageFiles: [ImageFile] {
        [clinic.logo].compactMap { $0 } + imaging.xrays.map(\.file) + imaging.photos.map(\.file)
    }
}
