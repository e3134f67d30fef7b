import DentalModel

/// Where a service would go: a tooth in its situation, or an area (a jaw, the whole mouth).
struct ServiceSite: Hashable {
    /// The tooth, or `nil` for an area.
    var tooth: ToothNumber?
    /// True when the work is on an implant, not a natural tooth.
    var onImplant = false
    /// True when the tooth's canals are filled (or filled in this plan).
    var rootFilled = false
    /// How many surfaces the work covers, for services priced by surface count.
    var surfaceCount: Int?
}

/// Picks the service a step means for a site: among the services its selector matches, the ones in the
/// strategy's materials that fit the site (surface and canal counts, groups of teeth) and that a child
/// may have; the most specific first, then the cheapest or dearest, then the first in the price list.
struct ServicePicker {
    let prices: PriceList
    /// The materials a structure may have.
    let materials: Set<ServiceMaterial>
    /// Services never offered to this patient (a child's), if any.
    let avoid: ServiceSelector?

    func pick(_ selectors: [ServiceSelector], for site: ServiceSite, prefer: PricePreference) -> Service? {
        for selector in selectors {
            let candidates = prices.services.enumerated().filter { _, service in
                selector.matches(service) && allows(service) && fits(service, site)
            }
            let best = candidates.min { lhs, rhs in
                let (a, b) = (lhs.element, rhs.element)
                if Self.specificity(a) != Self.specificity(b) { return Self.specificity(a) > Self.specificity(b) }
                let (x, y) = (a.price.minorUnits, b.price.minorUnits)
                if x != y { return prefer == .cheapest ? x < y : x > y }
                return lhs.offset < rhs.offset
            }
            if let best { return best.element }
        }
        return nil
    }

    /// How many limits the service states: one made for fewer teeth is the more specific.
    private static func specificity(_ service: Service) -> Int {
        service.fit.teeth.count + (service.surfaces == nil ? 0 : 1) + (service.fit.canals == nil ? 0 : 1)
    }

    private func allows(_ service: Service) -> Bool {
        if let material = service.material, !materials.contains(material) { return false }
        return !(avoid?.matches(service) ?? false)
    }

    private func fits(_ service: Service, _ site: ServiceSite) -> Bool {
        let fit = service.fit, groups = fit.teeth
        guard groups.contains(.implant) == site.onImplant else { return false }
        guard let tooth = site.tooth else { return !groups.contains(.rootFilled) && fit.canals == nil }
        if groups.contains(.rootFilled) && !site.rootFilled { return false }
        let region: ToothGroup = [.incisor, .canine].contains(tooth.kind) ? .front : .back
        if !groups.isDisjoint(with: [.front, .back]) && !groups.contains(region) { return false }
        let dentition: ToothGroup = tooth.isPrimary ? .primary : .permanent
        if !groups.isDisjoint(with: [.primary, .permanent]) && !groups.contains(dentition) { return false }
        if let surfaces = service.surfaces {
            guard let count = site.surfaceCount, surfaces.contains(count) else { return false }
        }
        if let canals = fit.canals, !canals.contains(ServiceUnit.typicalCanals(tooth)) { return false }
        return true
    }
}
