import DentalModel
import Foundation

/// Reads a price list from YAML/JSON (`.yaml`, `.yml`, `.json`) or CSV (`.csv`).
///
/// **YAML**: `currency`, `services: [{code, name: {ru, en, fr, sv}, category, unit, price, material, effect,
/// surfaces, minutes}]`, where `material` is a `RestorationMaterial` value (metal, metal-ceramic, zirconia,
/// glass-ceramic…) and `effect` a `TreatmentAction` (docs/after-state.md says what each does to a tooth);
/// `insurance: [{id, name, coPayment, covers: [code or {code, tariff, unitsPerTooth, unitsPerPlan}]}]`.
///
/// **CSV**: a header row with `code`, `category`, `unit`, `price`, `currency` and at least one of
/// `name_ru`, `name_en`, `name_fr`, `name_sv`; optional `material`, `effect`, `surfaces`, `minutes`, and `insurance`
/// listing the programmes covering the service as `id=co-payment%` separated by `;` (e.g.
/// `dms-basic=10`, optionally followed by `tariff=6000`, `unitsPerTooth=1`, `unitsPerPlan=2`). With a
/// `programme` column, a row whose `programme` holds a programme id (and
/// whose other fields are empty but its `name_*`) names that programme in each locale; a programme
/// without such a row is called by its id.
///
/// Prices are decimal strings read from their text (at most the currency's minor digits), never
/// through `Double`; a price that is not such a string is an error saying so. Codes must be unique.
/// `surfaces` is how many surfaces of a tooth a code is billed for ("1", "2-4", "3+"); `minutes` is the
/// chair time of one unit, which the protocol adds up against each visit's duration.
/// For `planpress suggest` a service may also say `specialist` (a role key such as `hygienist`), `canals`
/// (the canal counts one code covers: "3", "2-3") and `teeth` (the groups of teeth it is made for: `front`,
/// `back`, `primary`, `permanent`, `implant`, `root-filled`; in CSV separated by `;`).
public enum PriceListLoader {
    /// Loads the list at `url`, choosing the format by extension.
    public static func load(_ url: URL) throws(InputError) -> PriceList {
        try load(url, from: DiskFileSource(baseDirectory: url.deletingLastPathComponent()))
    }

    /// Loads the list at `url` (a location `files` gave), a CSV list when its name ends in `.csv`, else
    /// YAML or JSON (as is a list named by `sha256:`). With a `cache`, a list read before from the same
    /// bytes is reused.
    public static func load(_ url: URL, from files: any FileSource, cache: DocumentCache? = nil) throws(InputError) -> PriceList {
        let name = fileName(url, in: files), csv = isCSV(url, in: files)
        let bytes = try files.bytes(at: url)
        let read = { () throws(InputError) -> PriceList in
            let text = try YAMLSource.text(bytes, fileName: name)
            return csv ? try readCSV(text, fileName: name) : try readYAML(YAMLSource.parse(text, fileName: name))
        }
        guard let cache else { return try read() }
        return try cache.value(PriceList.self, name: name, bytes: bytes, read: read)
    }

    /// True when the list at `url` is read as CSV: its name ends in `.csv`.
    public static func isCSV(_ url: URL, in files: any FileSource) -> Bool {
        fileName(url, in: files).lowercased().hasSuffix(".csv")
    }

    /// The list's file name, as errors give it.
    public static func fileName(_ url: URL, in files: any FileSource) -> String {
        (files.displayName(of: url) as NSString).lastPathComponent
    }

    /// Reads a YAML/JSON price list already parsed.
    public static func readYAML(_ root: NodeCursor) throws(InputError) -> PriceList {
        try root.expectMapping(keys: ["schemaVersion", "currency", "services", "insurance"])
        let currency = try currency(root.required("currency"))
        var services: [Service] = []
        var seen: Set<String> = []
        for row in try root.required("services").list() {
            try row.expectMapping(keys: ["code", "name", "category", "unit", "price", "material", "effect",
                                         "surfaces", "minutes", "specialist", "canals", "teeth"])
            let codeNode = try row.required("code")
            let code = try codeNode.nonEmptyText().trimmingCharacters(in: .whitespaces)
            guard seen.insert(code).inserted else { throw codeNode.error("duplicate service code \(code)") }
            services.append(Service(
                code: code,
                names: try names(row.required("name")),
                category: try row.required("category").nonEmptyText(),
                unit: try row.required("unit").choice(ServiceUnit.self, what: "unit"),
                price: try price(row.required("price"), currency),
                madeOf: try row.optional("material")?.material(),
                effect: try row.optional("effect")?.choice(TreatmentAction.self, what: "effect"),
                surfaces: try row.optional("surfaces").map(surfaceCount),
                minutes: try row.optional("minutes")?.integer(in: 1...1440),
                specialist: try row.optional("specialist")?.nonEmptyText(),
                fit: try fit(canals: row.optional("canals"), teeth: row.optional("teeth"))
            ))
        }
        var programmes: [String: InsuranceProgramme] = [:]
        if let list = try root.optional("insurance") {
            let byCode = Dictionary(services.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
            for row in try list.list() {
                try row.expectMapping(keys: ["id", "name", "coPayment", "covers"])
                let idNode = try row.required("id")
                let id = try idNode.nonEmptyText()
                guard programmes[id] == nil else { throw idNode.error("duplicate insurance programme \(id)") }
                var terms: [String: CoverTerms] = [:]
                for entry in try row.required("covers").list() {
                    let (code, codeNode, entryTerms) = try coverEntry(entry, currency: currency)
                    guard let service = byCode[code] else {
                        throw codeNode.error("unknown service code \(code) in programme \(id)")
                    }
                    guard terms[code] == nil else { throw codeNode.error("programme \(id) lists \(code) twice") }
                    if entryTerms.unitsPerTooth != nil, let problem = perToothProblem(service) {
                        throw entry.error(problem)
                    }
                    terms[code] = entryTerms
                }
                programmes[id] = InsuranceProgramme(id: id, names: try row.optional("name").map(names) ?? [:],
                                                    coPayment: try percentage(row.required("coPayment")),
                                                    terms: terms)
            }
        }
        return PriceList(currency: currency, services: services, programmes: programmes, fileName: root.file)
    }

    /// Reads a CSV price list from its text.
    public static func readCSV(_ text: String, fileName: String) throws(InputError) -> PriceList {
        let table = try CSVTable(text, fileName: fileName)
        for column in ["code", "category", "unit", "price", "currency"] where !table.header.contains(column) {
            throw InputError(file: fileName, line: 1, column: 1, message: "the header has no \(column) column")
        }
        var currency: Currency?
        var services: [Service] = []
        var seen: Set<String> = []
        var programmes: [String: InsuranceProgramme] = [:]
        var programmeRows: [ProgrammeRow] = []
        for (index, row) in table.rows.enumerated() {
            if let field = table.value(row, "programme") {
                programmeRows.append(try programmeRow(row, index: index, field: field, table: table))
                continue
            }
            func required(_ column: String) throws(InputError) -> CSVTable.Field {
                guard let field = table.value(row, column) else {
                    throw InputError(file: fileName, line: row.first?.line, column: 1, path: "[\(index)].\(column)",
                                     message: "missing \(column)")
                }
                return field
            }
            let currencyField = try required("currency")
            guard let rowCurrency = Currency(code: currencyField.text.trimmingCharacters(in: .whitespaces)) else {
                throw table.error(currencyField, row: index, column: "currency", "unsupported currency \"\(currencyField.text)\"")
            }
            if let currency, currency != rowCurrency {
                throw table.error(currencyField, row: index, column: "currency",
                                  "currency \(rowCurrency.code) differs from the list's \(currency.code)")
            }
            currency = rowCurrency
            let codeField = try required("code")
            let code = codeField.text.trimmingCharacters(in: .whitespaces)
            guard seen.insert(code).inserted else {
                throw table.error(codeField, row: index, column: "code", "duplicate service code \(code)")
            }
            let names = csvNames(row, table)
            let unitField = try required("unit"), priceField = try required("price")
            guard let unit = ServiceUnit(rawValue: unitField.text.trimmingCharacters(in: .whitespaces)) else {
                throw table.error(unitField, row: index, column: "unit", "unknown unit \"\(unitField.text)\" (expected one of: "
                                  + ServiceUnit.allCases.map(\.rawValue).joined(separator: ", ") + ")")
            }
            guard let price = Money(priceField.text, currency: rowCurrency), price.minorUnits >= 0 else {
                throw table.error(priceField, row: index, column: "price", priceProblem(priceField.text, rowCurrency))
            }
            var material: RestorationMaterial?
            if let field = table.value(row, "material") {
                guard let value = RestorationMaterial(written: field.text) else {
                    throw table.error(field, row: index, column: "material",
                                      "unknown material \"\(field.text)\" (expected one of: \(RestorationMaterial.vocabulary))")
                }
                material = value
            }
            var effect: TreatmentAction?
            if let field = table.value(row, "effect") {
                guard let value = TreatmentAction(rawValue: field.text) else {
                    throw table.error(field, row: index, column: "effect", "unknown effect \"\(field.text)\"")
                }
                effect = value
            }
            if let field = table.value(row, "insurance") {
                for entry in field.text.split(separator: ";") {
                    let (id, coPayment, terms) = try csvCover(String(entry), field: field, row: index, table: table,
                                                              currency: rowCurrency)
                    if terms.unitsPerTooth != nil, let problem = perToothProblem(unit: unit, code: code) {
                        throw table.error(field, row: index, column: "insurance", problem)
                    }
                    var programme = programmes[id]
                        ?? InsuranceProgramme(id: id, names: [:], coPayment: coPayment, terms: [:])
                    guard programme.coPayment == coPayment else {
                        throw table.error(field, row: index, column: "insurance",
                                          "programme \(id) has co-payment \(programme.coPayment)% on another row")
                    }
                    programme.terms[code] = terms
                    programmes[id] = programme
                }
            }
            var surfaces: SurfaceCount?
            if let field = table.value(row, "surfaces") {
                guard let value = SurfaceCount(field.text) else {
                    throw table.error(field, row: index, column: "surfaces", surfacesProblem(field.text))
                }
                surfaces = value
            }
            var minutes: Int?
            if let field = table.value(row, "minutes") {
                guard let value = Int(field.text.trimmingCharacters(in: .whitespaces)), (1...1440).contains(value) else {
                    throw table.error(field, row: index, column: "minutes", "minutes must be a whole number from 1 to 1440")
                }
                minutes = value
            }
            var fit = ServiceFit()
            if let field = table.value(row, "canals") {
                guard let range = ServiceFit.countRange(field.text) else {
                    throw table.error(field, row: index, column: "canals", canalsProblem(field.text))
                }
                fit.canals = range
            }
            if let field = table.value(row, "teeth") {
                for word in field.text.split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) }) {
                    guard let group = ToothGroup(rawValue: word) else {
                        throw table.error(field, row: index, column: "teeth", groupProblem(word))
                    }
                    fit.teeth.insert(group)
                }
            }
            services.append(Service(code: code, names: names, category: try required("category").text,
                                    unit: unit, price: price, madeOf: material, effect: effect,
                                    surfaces: surfaces, minutes: minutes,
                                    specialist: table.value(row, "specialist")?.text, fit: fit))
        }
        guard let currency else {
            throw InputError(file: fileName, line: 2, column: 1, message: "the price list has no services")
        }
        for (index, named) in programmeRows.enumerated() {
            guard programmes[named.id] != nil else {
                throw table.error(named.field, row: named.row, column: "programme",
                                  "programme \(named.id) covers no service (list it in a service's insurance column "
                                  + "as \(named.id)=co-payment)")
            }
            guard !programmeRows[..<index].contains(where: { $0.id == named.id }) else {
                throw table.error(named.field, row: named.row, column: "programme", "programme \(named.id) is named twice")
            }
            programmes[named.id]?.names = named.names
        }
        return PriceList(currency: currency, services: services, programmes: programmes, fileName: fileName)
    }

    private static func surfaceCount(_ node: NodeCursor) throws(InputError) -> SurfaceCount {
        let text = try node.text()
        guard let value = SurfaceCount(text) else { throw node.error(surfacesProblem(text)) }
        return value
    }

    private static func surfacesProblem(_ text: String) -> String {
        "surfaces \"\(text)\" should read like \"1\", \"2-4\" or \"3+\" (1 to 6 surfaces)"
    }

    /// The fit a YAML service states with `canals` and `teeth`.
    private static func fit(canals: NodeCursor?, teeth: NodeCursor?) throws(InputError) -> ServiceFit {
        var fit = ServiceFit()
        if let canals {
            let text = try canals.text()
            guard let range = ServiceFit.countRange(text) else { throw canals.error(canalsProblem(text)) }
            fit.canals = range
        }
        for element in teeth?.oneOrMany() ?? [] {
            let word = try element.text()
            guard let group = ToothGroup(rawValue: word) else { throw element.error(groupProblem(word)) }
            fit.teeth.insert(group)
        }
        return fit
    }

    private static func canalsProblem(_ text: String) -> String {
        "canals \"\(text)\" should read like \"3\" or \"2-3\""
    }

    private static func groupProblem(_ word: String) -> String {
        "unknown group of teeth \"\(word)\" (expected one of: "
            + ToothGroup.allCases.map(\.rawValue).joined(separator: ", ") + ")"
    }

    /// A CSV row's names: its `name_ru`… columns, or a plain `name` taken as English.
    private static func csvNames(_ row: [CSVTable.Field], _ table: CSVTable) -> [CaseLocale: String] {
        var names: [CaseLocale: String] = [:]
        for locale in CaseLocale.allCases {
            if let field = table.value(row, "name_\(locale.rawValue)") { names[locale] = field.text }
        }
        if names.isEmpty, let field = table.value(row, "name") { names[.en] = field.text }
        return names
    }

    /// A CSV row naming the insurance programme in its `programme` field.
    private struct ProgrammeRow {
        let id: String
        let field: CSVTable.Field
        let row: Int
        let names: [CaseLocale: String]
    }

    private static func programmeRow(_ row: [CSVTable.Field], index: Int, field: CSVTable.Field,
                                     table: CSVTable) throws(InputError) -> ProgrammeRow {
        let id = field.text.trimmingCharacters(in: .whitespaces)
        if let column = table.header.first(where: { $0 != "programme" && $0 != "name" && !$0.hasPrefix("name_")
                                                    && table.value(row, $0) != nil }),
           let other = table.value(row, column) {
            throw table.error(other, row: index, column: column,
                              "a row naming programme \(id) holds only programme and name columns")
        }
        let names = csvNames(row, table)
        guard !names.isEmpty else {
            throw table.error(field, row: index, column: "programme", "programme \(id) needs a name")
        }
        return ProgrammeRow(id: id, field: field, row: index, names: names)
    }

    /// One `covers` entry: a code, or `{code, tariff, unitsPerTooth, unitsPerPlan}`.
    private static func coverEntry(_ node: NodeCursor,
                                   currency: Currency) throws(InputError) -> (String, NodeCursor, CoverTerms) {
        if node.isScalar { return (try node.nonEmptyText(), node, CoverTerms()) }
        try node.expectMapping(keys: ["code", "tariff", "unitsPerTooth", "unitsPerPlan"])
        let codeNode = try node.required("code")
        return (try codeNode.nonEmptyText(), codeNode, CoverTerms(
            tariff: try node.optional("tariff").map { node throws(InputError) in try price(node, currency) },
            unitsPerTooth: try node.optional("unitsPerTooth")?.integer(in: 1...1_000),
            unitsPerPlan: try node.optional("unitsPerPlan")?.integer(in: 1...100_000)))
    }

    /// One entry of a CSV `insurance` field: `id=co-payment`, then optionally `tariff=…`,
    /// `unitsPerTooth=…` and `unitsPerPlan=…`, separated by spaces.
    private static func csvCover(_ entry: String, field: CSVTable.Field, row: Int, table: CSVTable,
                                 currency: Currency) throws(InputError) -> (String, Percentage, CoverTerms) {
        let shape = "insurance entries read like \"dms-basic=10\" (programme id = co-payment %), optionally "
            + "followed by tariff=6000, unitsPerTooth=1 or unitsPerPlan=2, separated by spaces"
        let words = entry.split(separator: " ").map { $0.split(separator: "=", omittingEmptySubsequences: false).map(String.init) }
        guard let first = words.first, first.count == 2, !first[0].isEmpty, let coPayment = Percentage(first[1]) else {
            throw table.error(field, row: row, column: "insurance", shape)
        }
        var terms = CoverTerms()
        for word in words.dropFirst() {
            guard word.count == 2 else { throw table.error(field, row: row, column: "insurance", shape) }
            switch word[0] {
            case "tariff":
                guard let tariff = Money(word[1], currency: currency), tariff.minorUnits >= 0 else {
                    throw table.error(field, row: row, column: "insurance", priceProblem(word[1], currency))
                }
                terms.tariff = tariff
            case "unitsPerTooth", "unitsPerPlan":
                guard let count = Int(word[1]), count >= 1 else {
                    throw table.error(field, row: row, column: "insurance", "\(word[0]) is a whole number of units, 1 or more")
                }
                if word[0] == "unitsPerTooth" { terms.unitsPerTooth = count } else { terms.unitsPerPlan = count }
            default:
                throw table.error(field, row: row, column: "insurance", shape)
            }
        }
        return (first[0], coPayment, terms)
    }

    /// Why a per-tooth limit cannot hold for `service`, or `nil` when it can.
    private static func perToothProblem(_ service: Service) -> String? {
        perToothProblem(unit: service.unit, code: service.code)
    }

    private static func perToothProblem(unit: ServiceUnit, code: String) -> String? {
        [.tooth, .canal, .surface].contains(unit) ? nil
            : "unitsPerTooth needs a service charged per tooth, canal or surface (\(code) is charged per \(unit.rawValue))"
    }

    private static func currency(_ node: NodeCursor) throws(InputError) -> Currency {
        let code = try node.text()
        guard let currency = Currency(code: code) else {
            throw node.error("unsupported currency \"\(code)\" (expected one of: \(Currency.supportedCodes.joined(separator: ", ")))")
        }
        return currency
    }

    private static func price(_ node: NodeCursor, _ currency: Currency) throws(InputError) -> Money {
        guard node.isScalar else { throw node.error("wrong type: a price is a decimal string like \"12500.50\"") }
        let text = try node.text()
        guard let money = Money(text, currency: currency), money.minorUnits >= 0 else {
            throw node.error(priceProblem(text, currency))
        }
        return money
    }

    private static func priceProblem(_ text: String, _ currency: Currency) -> String {
        "price \"\(text)\" is not a decimal string with at most \(currency.minorUnitDigits) decimals "
            + "(write prices as strings like \"12500.50\" in \(currency.code))"
    }

    private static func percentage(_ node: NodeCursor) throws(InputError) -> Percentage {
        let text = try node.text()
        guard let value = Percentage(text) else { throw node.error("\"\(text)\" is not a percentage 0–100") }
        return value
    }

    private static func names(_ node: NodeCursor) throws(InputError) -> [CaseLocale: String] {
        if node.isScalar { return [.en: try node.nonEmptyText()] }
        var result: [CaseLocale: String] = [:]
        for (key, value) in try node.entries() {
            guard let locale = CaseLocale(rawValue: key) else {
                throw value.error("unknown locale \"\(key)\" (expected ru, en, fr or sv)")
            }
            result[locale] = try value.nonEmptyText()
        }
        guard !result.isEmpty else { throw node.error("a service needs a name") }
        return result
    }
}
