import DentalModel

/// Which price-list service `--fix` adds for a missing requirement: of the services the rule accepts,
/// one that keeps the variant within the protocol's quotas (the metal quota), then one of the
/// material of the item that needs it (a fibre post under a zirconia crown), else of the variant's
/// one material, then the first in the price list.
struct FixChoice {
    let context: VariantContext

    /// The service to add for `trigger`, or `nil` when no service matches `require`.
    func service(matching require: ServiceSelector, for trigger: ResolvedItem) -> Service? {
        let wanted = trigger.service.material ?? variantMaterial
        let candidates = context.prices.services.enumerated().filter { require.matches($0.element) }
        return candidates.min { lhs, rhs in
            key(lhs.element, wanted: wanted, order: lhs.offset) < key(rhs.element, wanted: wanted, order: rhs.offset)
        }?.element
    }

    private func key(_ service: Service, wanted: ServiceMaterial?, order: Int) -> (Int, Int, Int) {
        let mismatch = service.material != nil && wanted != nil && service.material != wanted
        return (breaksQuota(service) ? 1 : 0, mismatch ? 1 : 0, order)
    }

    /// The material of every structure in the variant, when they share one.
    private var variantMaterial: ServiceMaterial? {
        let materials = Set(context.items.filter { !$0.item.isDeclined }.compactMap(\.service.material))
        return materials.count == 1 ? materials.first : nil
    }

    /// True when one more unit of `service` puts the variant over a `forbids` rule's share.
    private func breaksQuota(_ service: Service) -> Bool {
        context.rules.rules.contains { rule in
            guard case let .forbids(what, of, maxPercent) = rule.kind, what.matches(service) else { return false }
            var matched = 1, base = 1
            for item in context.items where !item.item.isDeclined {
                if what.matches(item.service) { matched += item.quantity }
                if of.matches(item.service) || what.matches(item.service) { base += item.quantity }
            }
            return Int64(matched) * 10_000 > maxPercent.hundredths * Int64(base)
        }
    }
}
