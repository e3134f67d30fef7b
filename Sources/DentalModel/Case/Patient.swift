/// The patient the plan is for.
public struct Patient: Sendable, Hashable, Codable {
    /// Full name as printed.
    public var name: String
    /// Date of birth.
    public var birthDate: CalendarDate
    /// The clinic's patient identifier (card number).
    public var id: String

    /// Creates a patient.
    public init(name: String, birthDate: CalendarDate, id: String) {
        self.name = name
        self.birthDate = birthDate
        self.id = id
    }

    /// Age in whole years on `date`.
    public func age(on date: CalendarDate) -> Int {
        let years = date.year - birthDate.year
        return (date.month, date.day) < (birthDate.month, birthDate.day) ? years - 1 : years
    }
}
