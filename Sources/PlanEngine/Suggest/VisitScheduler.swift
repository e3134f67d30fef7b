import DentalModel

/// Places planned items into visits: the visit groups in the file's clinical order, a group split when
/// it runs over the longest visit (the items of one need stay together, in the first visit of the group
/// with room for them), each visit as long as its
/// services' chair times, with the specialists the services name and the waits healing needs.
struct VisitScheduler {
    let rules: SuggestionRules
    let locale: CaseLocale

    func visits(_ items: [PlannedItem]) -> [Visit] {
        var planned: [(group: VisitGroup, items: [PlannedItem])] = []
        for group in rules.visits {
            var parts: [(items: [PlannedItem], minutes: Int)] = []
            let inGroup = items.filter { $0.visit == group.id }
            for need in Self.uniqueNeeds(inGroup) {
                let chunk = inGroup.filter { $0.need == need }
                let length = chunk.reduce(0) { $0 + Self.minutes($1) }
                if let at = parts.firstIndex(where: { $0.minutes + length <= rules.maxVisitMinutes }) {
                    parts[at].items += chunk
                    parts[at].minutes += length
                } else {
                    parts.append((chunk, length))
                }
            }
            planned += parts.map { (group, $0.items) }
        }
        var visits: [Visit] = []
        var intervals: [VisitInterval?] = []
        for (index, entry) in planned.enumerated() {
            intervals.append(index == 0 ? nil : interval(before: index, planned, intervals))
            let minutes = entry.items.reduce(0) { $0 + Self.minutes($1) }
            let rounded = max(rules.roundMinutes, (minutes + rules.roundMinutes - 1) / rules.roundMinutes * rules.roundMinutes)
            var roles: [String] = []
            for role in entry.items.compactMap(\.service.specialist) where !roles.contains(role) { roles.append(role) }
            visits.append(Visit(
                title: entry.group.titles[locale] ?? entry.group.id,
                specialists: roles.map { Specialist(role: rules.roles[$0]?[locale] ?? $0) },
                specialistOrder: roles.count > 1 ? .sequential : .together,
                durationMinutes: rounded,
                interval: intervals[index],
                items: entry.items.map(Self.item)))
        }
        return visits
    }

    /// The wait before visit `index`: the group's usual interval, or longer when an earlier visit did work
    /// on the same teeth that needs healing first.
    private func interval(before index: Int, _ planned: [(group: VisitGroup, items: [PlannedItem])],
                          _ intervals: [VisitInterval?]) -> VisitInterval? {
        let group = planned[index].group
        var best = group.interval
        let teeth = Set(planned[index].items.flatMap(\.toothList))
        for wait in group.waits {
            var elapsed = 0
            for earlier in stride(from: index - 1, through: 0, by: -1) {
                let healing = planned[earlier].items.contains { $0.service.effect == wait.after && !teeth.isDisjoint(with: $0.toothList) }
                if healing {
                    let remaining = wait.interval.days - elapsed
                    if remaining > (best?.days ?? 0) {
                        var interval = elapsed == 0 ? wait.interval
                            : VisitInterval(count: (remaining + 6) / 7, unit: .weeks)
                        interval.reason = wait.reasons[locale]
                        best = interval
                    }
                    break
                }
                elapsed += intervals[earlier]?.days ?? 0
            }
        }
        return best
    }

    /// The chair minutes of an item: the service's minutes per unit times its units (15 when the list says none).
    static func minutes(_ item: PlannedItem) -> Int {
        let units = item.quantity ?? item.service.unit.defaultQuantity(teeth: item.toothList, selection: item.teeth,
                                                                        surfaces: item.surfaces)
        return (item.service.minutes ?? 15) * units
    }

    private static func item(_ planned: PlannedItem) -> PlanItem {
        PlanItem(teeth: planned.teeth, problem: planned.problems.joined(separator: "; "), solution: planned.solution,
                 code: planned.service.code, quantity: planned.quantity, surfaces: planned.surfaces)
    }

    private static func uniqueNeeds(_ items: [PlannedItem]) -> [Int] {
        var seen: Set<Int> = []
        return items.map(\.need).filter { seen.insert($0).inserted }
    }
}
