/// The clinic that issues the plan.
public struct Clinic: Sendable, Hashable, Codable {
    /// Name as printed.
    public var name: String
    /// Postal address as printed (may span lines).
    public var address: String
    /// Phone number as printed.
    public var phone: String
    /// The logo image, if any.
    public var logo: ImageFile?

    /// Creates a clinic.
    public init(name: String, address: String, phone: String, logo: ImageFile? = nil) {
        self.name = name
        self.address = address
        self.phone = phone
        self.logo = logo
    }
}
