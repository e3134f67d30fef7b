/// A specialist taking part in a visit.
public struct Specialist: Sendable, Hashable, Codable {
    /// The role as written ("хирург-имплантолог", "hygienist"…), shown verbatim.
    public var role: String
    /// The person's name, if the plan names one.
    public var name: String?

    /// Creates a specialist.
    public init(role: String, name: String? = nil) {
        self.role = role
        self.name = name
    }

    /// Who the specialist is, for counting people: the name, or the role when the plan names nobody.
    /// One person under two roles ("хирург", "хирург-имплантолог") is one person.
    public var person: String { name ?? role }
}
