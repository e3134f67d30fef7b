/// Picks services by code, category, effect and material; every list given must contain the
/// service's value (an empty selector matches nothing).
public struct ServiceSelector: Sendable, Hashable, Codable {
    /// Codes, if the rule names them.
    public var codes: Set<String>?
    /// Categories, if given.
    public var categories: Set<String>?
    /// Effects, if given.
    public var effects: Set<TreatmentAction>?
    /// Materials, if given.
    public var materials: Set<ServiceMaterial>?

    /// Creates a selector.
    public init(codes: Set<String>? = nil, categories: Set<String>? = nil,
                effects: Set<TreatmentAction>? = nil, materials: Set<ServiceMaterial>? = nil) {
        self.codes = codes
        self.categories = categories
        self.effects = effects
        self.materials = materials
    }

    /// True when `service` is selected.
    public func matches(_ service: Service) -> Bool {
        guard codes != nil || categories != nil || effects != nil || materials != nil else { return false }
        if let codes, !codes.contains(service.code) { return false }
        if let categories, !categories.contains(service.category) { return false }
        if let effects, !effects.contains(where: { $0 == service.effect }) { return false }
        if let materials, !materials.contains(where: { $0 == service.material }) { return false }
        return true
    }
}
