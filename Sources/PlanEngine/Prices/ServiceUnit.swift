import DentalModel

/// What one unit of a service is; decides the default quantity of an item.
public enum ServiceUnit: String, Sendable, Hashable, Codable, CaseIterable {
    /// Per tooth: default quantity is the number of teeth.
    case tooth
    /// Per root canal: default quantity is the typical canal count of the teeth.
    case canal
    /// Per surface: default quantity is surfaces × teeth (or the teeth when no surfaces are given).
    case surface
    /// Per jaw: default quantity is the number of jaws the teeth are in.
    case jaw
    /// Per visit: default quantity 1.
    case visit
    /// Per item: default quantity 1.
    case item

    /// The quantity an item of this unit has when the case gives none.
    public func defaultQuantity(teeth: [ToothNumber], selection: ToothSelection, surfaces: [Surface]) -> Int {
        switch self {
        case .tooth: return max(1, teeth.count)
        case .canal: return max(1, teeth.reduce(0) { $0 + Self.typicalCanals($1) })
        case .surface: return max(1, teeth.count) * max(1, surfaces.count)
        case .jaw:
            switch selection {
            case .wholeMouth: return 2
            case .jaw: return 1
            case .teeth, .range: return max(1, Set(teeth.map(\.jaw)).count)
            }
        case .visit, .item: return 1
        }
    }

    /// Typical number of root canals: molars 3, upper first premolars 2, other teeth 1.
    static func typicalCanals(_ tooth: ToothNumber) -> Int {
        switch tooth.kind {
        case .molar: return 3
        case .premolar: return (tooth.jaw == .upper && tooth.position == 4) ? 2 : 1
        case .incisor, .canine: return 1
        }
    }
}
