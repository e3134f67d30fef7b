import Yams
import Foundation

/// Loads a case file (v1, YAML or JSON) into a `DentalCase`, or throws one located `InputError`.
///
/// Checks everything that can be checked without the price list: the schema version, every tooth
/// (in the file's `notation`, normalised to FDI), surfaces, states against restorations, 1–3
/// variants, quantities, dates, the currency, and that the file source serves every image and the price list.
public struct CaseLoader: Sendable {
    /// The directory files read from disk may not escape (by `load` and `read(text:…)`); `nil` means the
    /// case file's own directory.
    public var imageRoot: URL?
    /// False to accept a case without `variants:` (the input of `planpress suggest`); its variants are then empty.
    public var requiresVariants: Bool

    /// Creates a loader.
    public init(imageRoot: URL? = nil, requiresVariants: Bool = true) {
        self.imageRoot = imageRoot
        self.requiresVariants = requiresVariants
    }

    /// Loads the case file at `url`, its files from disk inside `imageRoot`.
    public func load(_ url: URL) throws(InputError) -> DentalCase {
        try read(YAMLSource.load(url), files: DiskFileSource(baseDirectory: url.deletingLastPathComponent(), root: imageRoot))
    }

    /// Reads a case from text already in memory; its files are read from disk, relative paths resolved
    /// against `directory`, inside `imageRoot`.
    public func read(text: String, fileName: String, directory: URL) throws(InputError) -> DentalCase {
        try read(YAMLSource.parse(text, fileName: fileName), files: DiskFileSource(baseDirectory: directory, root: imageRoot))
    }

    /// Reads the parsed case document `root`, every file it names checked with `files`.
    public func read(_ root: NodeCursor, files: any FileSource) throws(InputError) -> DentalCase {
        try InputLimits.standard.check(case: root)
        try root.expectMapping(keys: ["schemaVersion", "notation", "locale", "currency", "date", "validUntil",
                                      "prices", "clinic", "patient", "formula", "imaging", "variants", "notes"])
        let version = try root.required("schemaVersion")
        guard try version.integer(in: Int.min...Int.max) == DentalCase.currentSchemaVersion else {
            throw version.error("unsupported schemaVersion (this PlanPress reads version \(DentalCase.currentSchemaVersion))")
        }
        let notation = try root.optional("notation")?.choice(ToothNotation.self, what: "notation") ?? .fdi
        let teeth = ToothReader(notation: notation)
        let currencyNode = try root.required("currency")
        let code = try currencyNode.text()
        guard let currency = Currency(code: code) else {
            throw currencyNode.error("unsupported currency \"\(code)\" (expected one of: "
                                     + Currency.supportedCodes.joined(separator: ", ") + ")")
        }
        let date = try Self.date(root.required("date"))
        let validUntil = try Self.date(root.required("validUntil"))
        guard validUntil >= date else {
            throw try root.required("validUntil").error("validUntil \(validUntil) is before the plan date \(date)")
        }
        let pricesURL = try root.optional("prices").map { (node: NodeCursor) throws(InputError) in
            try files.locate(node, what: "price list")
        }
        return DentalCase(
            schemaVersion: DentalCase.currentSchemaVersion,
            clinic: try clinic(root.required("clinic"), files),
            patient: try patient(root.required("patient"), planDate: date),
            date: date,
            locale: try root.required("locale").choice(CaseLocale.self, what: "locale"),
            currency: currency,
            validUntil: validUntil,
            notation: notation,
            pricesURL: pricesURL,
            formula: try FormulaReader(teeth: teeth).formula(root.required("formula")),
            imaging: try root.optional("imaging").map { (node: NodeCursor) throws(InputError) in
                try imaging(node, files, teeth)
            } ?? Imaging(),
            variants: try variants(root, teeth, currency),
            notes: try root.optional("notes")?.prose()
        )
    }

    private func variants(_ root: NodeCursor, _ teeth: ToothReader, _ currency: Currency) throws(InputError) -> [PlanVariant] {
        let reader = PlanReader(teeth: teeth, currency: currency)
        if requiresVariants { return try reader.variants(root.required("variants")) }
        guard let node = try root.optional("variants"), try !node.list().isEmpty else { return [] }
        return try reader.variants(node)
    }

    private func clinic(_ cursor: NodeCursor, _ files: any FileSource) throws(InputError) -> Clinic {
        try cursor.expectMapping(keys: ["name", "address", "phone", "logo"])
        return Clinic(
            name: try cursor.required("name").nonEmptyProse(),
            address: try cursor.required("address").nonEmptyProse(),
            phone: try cursor.required("phone").nonEmptyText(),
            logo: try cursor.optional("logo").map { (node: NodeCursor) throws(InputError) in try files.image(node) }
        )
    }

    /// The patient; a birth date after the plan's date, or before 1900, is refused as a typing error.
    private func patient(_ cursor: NodeCursor, planDate: CalendarDate) throws(InputError) -> Patient {
        try cursor.expectMapping(keys: ["name", "birthDate", "id"])
        let birthNode = try cursor.required("birthDate")
        let birthDate = try Self.date(birthNode)
        guard birthDate <= planDate else {
            throw birthNode.error("birth date \(birthDate) is after the plan date \(planDate)")
        }
        guard birthDate >= CalendarDate(iso: "1900-01-01")! else {
            throw birthNode.error("birth date \(birthDate) is before 1900: check the year")
        }
        return Patient(name: try cursor.required("name").nonEmptyProse(), birthDate: birthDate,
                       id: try cursor.required("id").nonEmptyText())
    }

    private func imaging(_ cursor: NodeCursor, _ files: any FileSource,
                         _ teeth: ToothReader) throws(InputError) -> Imaging {
        try cursor.expectMapping(keys: ["xrays", "photos"])
        var result = Imaging()
        if let list = try cursor.optional("xrays") {
            for element in try list.list() {
                try element.expectMapping(keys: ["kind", "file", "caption", "date", "teeth", "view"])
                let kind = try element.required("kind").choice(XRayKind.self, what: "x-ray kind")
                let toothList = try element.optional("teeth").map { (node: NodeCursor) throws(InputError) in
                    try teeth.teeth(node)
                } ?? []
                if kind == .periapical && toothList.isEmpty {
                    throw element.error("a periapical x-ray needs its teeth")
                }
                result.xrays.append(XRay(kind: kind, file: try files.image(element.required("file")),
                                         caption: try element.required("caption").prose(),
                                         date: try Self.date(element.required("date")),
                                         teeth: toothList, view: try element.optional("view")?.text()))
            }
        }
        if let list = try cursor.optional("photos") {
            for element in try list.list() {
                try element.expectMapping(keys: ["view", "file", "caption", "date"])
                result.photos.append(Photo(view: try element.required("view").choice(PhotoView.self, what: "photo view"),
                                           file: try files.image(element.required("file")),
                                           caption: try element.required("caption").prose(),
                                           date: try Self.date(element.required("date"))))
            }
        }
        return result
    }

    /// A `YYYY-MM-DD` date.
    static func date(_ cursor: NodeCursor) throws(InputError) -> CalendarDate {
        let text = try cursor.text()
        guard let date = CalendarDate(iso: text) else {
            throw cursor.error("\"\(text)\" is not a date (expected YYYY-MM-DD)")
        }
        return date
    }
}
