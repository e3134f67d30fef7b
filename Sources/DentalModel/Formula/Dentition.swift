/// Which teeth a chart shows and which an unlisted tooth defaults to.
public enum Dentition: String, Sendable, Hashable, Codable, CaseIterable {
    /// Adult: the 32 permanent teeth; unlisted ones are present and healthy.
    case permanent
    /// Young child: the 20 primary teeth; unlisted ones are present and healthy.
    case primary
    /// Mixed: both rows; unlisted primary teeth are present, unlisted permanent ones unerupted.
    case mixed

    /// The teeth this dentition charts, in chart order.
    public var teeth: [ToothNumber] {
        switch self {
        case .permanent: return ToothNumber.allPermanent
        case .primary: return ToothNumber.allPrimary
        case .mixed: return ToothNumber.chartOrder
        }
    }

    /// The state of a tooth the formula does not list.
    public func defaultState(of tooth: ToothNumber) -> ToothState {
        (self == .mixed && !tooth.isPrimary) ? .unerupted : .present
    }
}
