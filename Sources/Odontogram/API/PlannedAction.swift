/// One planned action on a tooth (or on an area), with the visit that does it.
public struct PlannedAction: Hashable, Sendable, Codable {
    /// What is done.
    public var kind: ActionKind
    /// The visit's number in the variant, from 1.
    public var visit: Int
    /// Who takes part (roles as written); when a tooth's actions involve several different specialists,
    /// the chart shows it.
    public var specialists: [String]

    /// Creates an action.
    public init(kind: ActionKind, visit: Int, specialists: [String] = []) {
        self.kind = kind
        self.visit = visit
        self.specialists = specialists
    }
}
