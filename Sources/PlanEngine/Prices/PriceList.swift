import DentalModel

/// A clinic's price list: services by code (in file order) and insurance programmes, in one currency.
public struct PriceList: Sendable, Hashable, Codable {
    /// The currency of every price.
    public var currency: Currency
    /// Services in file order.
    public var services: [Service]
    /// Insurance programmes by id.
    public var programmes: [String: InsuranceProgramme]
    /// The file it was read from (for messages).
    public var fileName: String
    private var index: [String: Int]

    /// Creates a list; codes must be unique (the loaders check).
    public init(currency: Currency, services: [Service], programmes: [String: InsuranceProgramme] = [:],
                fileName: String = "") {
        self.currency = currency
        self.services = services
        self.programmes = programmes
        self.fileName = fileName
        self.index = Dictionary(services.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The service with `code`, or `nil`.
    public func service(_ code: String) -> Service? {
        index[code].map { services[$0] }
    }
}
