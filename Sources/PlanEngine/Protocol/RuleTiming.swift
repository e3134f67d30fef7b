/// Where a required item must be, relative to the item that requires it.
public enum RuleTiming: String, Sendable, Hashable, Codable, CaseIterable {
    /// In the same visit.
    case sameVisit = "same-visit"
    /// In a strictly earlier visit.
    case earlierVisit = "earlier-visit"
    /// In the same or an earlier visit.
    case sameOrEarlierVisit = "same-or-earlier-visit"
}
