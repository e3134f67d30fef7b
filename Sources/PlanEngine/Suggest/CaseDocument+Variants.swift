import DentalModel
import Yams

extension CaseDocument {
    /// Sets the document's `variants:` to its first `kept` variants followed by `added`, written as a
    /// clinician would write them.
    mutating func setVariants(keeping kept: Int, adding added: [PlanVariant]) {
        guard var mapping = root.mapping else { return }
        let old = Array(mapping["variants"]?.sequence ?? [])
        mapping["variants"] = .sequence(Node.Sequence(Array(old.prefix(kept)) + added.map(node(for:))))
        root = .mapping(mapping)
    }

    private func node(for variant: PlanVariant) -> Node {
        var pairs: [(Node, Node)] = [(Node("name"), Node(variant.name)), (Node("goal"), Node(variant.goal))]
        if let warranty = variant.warranty { pairs.append((Node("warranty"), Node(warranty))) }
        pairs.append((Node("visits"), .sequence(Node.Sequence(variant.visits.map(node(for:))))))
        return .mapping(Node.Mapping(pairs))
    }

    private func node(for visit: Visit) -> Node {
        var pairs: [(Node, Node)] = [(Node("title"), Node(visit.title))]
        if !visit.specialists.isEmpty {
            let list = visit.specialists.map { Node.mapping(Node.Mapping([(Node("role"), Node($0.role))])) }
            pairs.append((Node("specialists"), .sequence(Node.Sequence(list))))
        }
        if visit.specialistOrder == .sequential { pairs.append((Node("specialistOrder"), Node("sequential"))) }
        pairs.append((Node("duration"), Node(String(visit.durationMinutes))))
        if let interval = visit.interval {
            let unit = interval.count == 1 ? String(interval.unit.rawValue.dropLast()) : interval.unit.rawValue
            pairs.append((Node("interval"), Node("\(interval.count) \(unit)")))
            if let reason = interval.reason { pairs.append((Node("intervalReason"), Node(reason))) }
        }
        pairs.append((Node("items"), .sequence(Node.Sequence(visit.items.map(node(for:))))))
        return .mapping(Node.Mapping(pairs))
    }
}
