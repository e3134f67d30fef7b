/// An ISO 4217 currency PlanPress can price in, with its minor unit and its display symbol.
public struct Currency: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The ISO 4217 code, e.g. "RUB".
    public let code: String
    /// Digits of the minor unit (2 for RUB, EUR, SEK; 0 for JPY).
    public let minorUnitDigits: Int
    /// The symbol printed next to amounts ("₽", "€", "kr").
    public let symbol: String

    /// The currency with ISO code `code` (case-insensitive), or `nil` when PlanPress does not know it.
    public init?(code: String) {
        guard let known = Self.known[code.uppercased()] else { return nil }
        self = known
    }

    private init(_ code: String, _ digits: Int, _ symbol: String) {
        self.code = code
        self.minorUnitDigits = digits
        self.symbol = symbol
    }

    /// The code.
    public var description: String { code }

    /// Russian rouble.
    public static let rub = Currency("RUB", 2, "₽")
    /// Euro.
    public static let eur = Currency("EUR", 2, "€")
    /// Swedish krona.
    public static let sek = Currency("SEK", 2, "kr")

    /// Every supported code, sorted.
    public static var supportedCodes: [String] { known.keys.sorted() }

    private static let known: [String: Currency] = Dictionary(uniqueKeysWithValues: [
        rub, eur, sek,
        Currency("USD", 2, "$"), Currency("GBP", 2, "£"), Currency("CHF", 2, "CHF"),
        Currency("NOK", 2, "kr"), Currency("DKK", 2, "kr"), Currency("PLN", 2, "zł"),
        Currency("BYN", 2, "Br"), Currency("KZT", 2, "₸"), Currency("JPY", 0, "¥"),
    ].map { ($0.code, $0) })

    public init(from decoder: any Decoder) throws {
        let code = try decoder.singleValueContainer().decode(String.self)
        guard let currency = Currency(code: code) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "unsupported currency \(code)"))
        }
        self = currency
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }
}
