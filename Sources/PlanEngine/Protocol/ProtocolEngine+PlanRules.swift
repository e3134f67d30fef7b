import DentalModel

/// The rules that read the plan as a dentist reads it: the tooth as it stands at each item, the
/// patient's age, bridges and their spans, billed surfaces, chair time and the problem each item treats.
extension VariantContext {
    func toothState(_ rule: ProtocolRule, _ when: ServiceSelector, only: Set<ToothFact>,
                    never: Set<ToothFact>) -> [ProtocolFinding] {
        var findings: [ProtocolFinding] = []
        for (ordinal, item) in items.enumerated() where !item.item.isDeclined && when.matches(item.service) {
            for (tooth, state) in zip(item.teeth, timeline.before[ordinal]) {
                let fits = (only.isEmpty || only.contains(where: state.shows)) && !never.contains(where: state.shows)
                if fits { continue }
                findings.append(finding(rule, kind: "tooth-state", visit: item.visit, tooth: tooth, values: named(item)))
            }
        }
        return findings
    }

    func minimumAge(_ rule: ProtocolRule, _ when: ServiceSelector, years: Int) -> [ProtocolFinding] {
        let age = dentalCase.patient.age(on: dentalCase.date)
        guard age < years else { return [] }
        return items.filter { !$0.item.isDeclined && when.matches($0.service) }.flatMap { item in
            item.teeth.map { tooth in
                finding(rule, kind: "age", visit: item.visit, tooth: tooth,
                        values: named(item).merging(["age": String(age), "minAge": String(years)]) { $1 })
            }
        }
    }

    func ponticAbutments(_ rule: ProtocolRule) -> [ProtocolFinding] {
        var findings: [ProtocolFinding] = []
        for (visit, visitItems) in itemsByVisit() {
            let pontics = teeth(of: visitItems, doing: [.pontic])
            let retainers = teeth(of: visitItems, doing: [.bridgeAbutment])
            for run in Self.runs(of: pontics) {
                guard let first = run.first, let last = run.last else { continue }
                let row = first.chartRow
                guard let start = row.firstIndex(of: first), let end = row.firstIndex(of: last) else { continue }
                let held = start > row.startIndex && retainers.contains(row[start - 1])
                    && end + 1 < row.endIndex && retainers.contains(row[end + 1])
                if held { continue }
                findings.append(finding(rule, kind: "pontic-abutments", visit: visit, tooth: first,
                                        values: ["span": Self.label(run)]))
            }
        }
        return findings
    }

    func bridgeOverExtraction(_ rule: ProtocolRule) -> [ProtocolFinding] {
        var findings: [ProtocolFinding] = []
        for (visit, visitItems) in itemsByVisit() {
            let extracted = teeth(of: visitItems, doing: [.extraction])
            guard !extracted.isEmpty else { continue }
            for bridge in Self.runs(of: teeth(of: visitItems, doing: [.bridgeAbutment, .pontic])) {
                for tooth in bridge where extracted.contains(tooth) {
                    findings.append(finding(rule, kind: "bridge-over-extraction", visit: visit, tooth: tooth,
                                            values: ["span": Self.label(bridge)]))
                }
            }
        }
        return findings
    }

    func surfaces(_ rule: ProtocolRule) -> [ProtocolFinding] {
        var findings: [ProtocolFinding] = []
        for (ordinal, item) in items.enumerated() where !item.item.isDeclined {
            guard let expected = item.service.surfaces else { continue }
            for (tooth, state) in zip(item.teeth, timeline.before[ordinal]) {
                let surfaces = item.item.surfaces.isEmpty ? state.cariesSurfaces.sorted() : item.item.surfaces
                guard !surfaces.isEmpty, !expected.contains(surfaces.count) else { continue }
                findings.append(finding(rule, kind: "surfaces", visit: item.visit, tooth: tooth, values: named(item).merging([
                    "expected": expected.description, "count": String(surfaces.count),
                    "surfaces": surfaces.map(\.rawValue).joined(),
                ]) { $1 }))
            }
        }
        return findings
    }

    func chairTime(_ rule: ProtocolRule) -> [ProtocolFinding] {
        var minutes: [Int: Int] = [:]
        for item in items where !item.item.isDeclined {
            guard let perUnit = item.service.minutes else { continue }
            minutes[item.visit, default: 0] += perUnit * item.quantity
        }
        return minutes.sorted { $0.key < $1.key }.compactMap { visit, needed in
            let planned = dentalCase.variants[variant].visits[visit].durationMinutes
            guard needed > planned else { return nil }
            return finding(rule, kind: "chair-time", visit: visit, tooth: nil,
                           values: ["duration": String(planned), "minutes": String(needed)])
        }
    }

    func problems(_ rule: ProtocolRule) -> [ProtocolFinding] {
        var findings: [ProtocolFinding] = []
        for (visit, visitItems) in itemsByVisit() {
            // A problem written for a jaw or the whole mouth (hygiene's "calculus") explains only other such items.
            let explained = visitItems.filter { $0.item.problem != nil }.map { (area: $0.item.teeth.isArea, teeth: Set($0.teeth)) }
            for item in visitItems where item.item.problem == nil && !item.item.isDeclined {
                let teeth = Set(item.teeth), area = item.item.teeth.isArea
                if explained.contains(where: { (!$0.area || area) && teeth.isSubset(of: $0.teeth) }) { continue }
                findings.append(finding(rule, kind: "problem", visit: visit,
                                        tooth: item.teeth.count == 1 ? item.teeth.first : nil, values: named(item)))
            }
        }
        return findings
    }

    // MARK: - Helpers

    /// `code` and `service` of an item, for messages.
    private func named(_ item: ResolvedItem) -> [String: String] {
        ["code": item.item.code, "service": item.service.name(locale)]
    }

    /// The variant's items grouped by visit index, in visit order.
    private func itemsByVisit() -> [(visit: Int, items: [ResolvedItem])] {
        Dictionary(grouping: items, by: \.visit).sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// The teeth that the (not declined) `items` do one of `effects` to.
    private func teeth(of items: [ResolvedItem], doing effects: Set<TreatmentAction>) -> Set<ToothNumber> {
        Set(items.filter { !$0.item.isDeclined && $0.service.effect.map(effects.contains) == true }.flatMap(\.teeth))
    }

    /// `teeth` split into runs of neighbours along the chart rows, each in chart order.
    static func runs(of teeth: Set<ToothNumber>) -> [[ToothNumber]] {
        var runs: [[ToothNumber]] = []
        for row in [ToothNumber.upperPermanent, ToothNumber.lowerPermanent, ToothNumber.upperPrimary, ToothNumber.lowerPrimary] {
            var run: [ToothNumber] = []
            for tooth in row {
                if teeth.contains(tooth) {
                    run.append(tooth)
                } else if !run.isEmpty {
                    runs.append(run)
                    run = []
                }
            }
            if !run.isEmpty { runs.append(run) }
        }
        return runs
    }

    /// "25–27", or "26" for a single tooth.
    private static func label(_ run: [ToothNumber]) -> String {
        guard let first = run.first, let last = run.last, first != last else { return run.first?.description ?? "" }
        return "\(first)–\(last)"
    }
}
