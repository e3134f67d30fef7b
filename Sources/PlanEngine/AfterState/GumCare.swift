import DentalModel

/// What hygiene and periodontal therapy do to the gums of the teeth an item covers.
///
/// Hygiene removes plaque and calculus and heals gingivitis: bleeding and inflammation where no pocket
/// (`PeriodontalStatus.pocketThreshold` or deeper) is recorded. A pocket, and the bleeding and
/// inflammation at it, stay until periodontal therapy covers the tooth; that removes plaque, bleeding
/// and inflammation and brings the pocket back under the threshold.
///
/// Only the covered teeth change: a sextant's status changes when the item covers every tooth of it
/// that has gums; otherwise the covered teeth take the sextant's values as their own, changed.
enum GumCare {
    /// True for the actions that work on gums.
    static func handles(_ action: TreatmentAction) -> Bool {
        action == .hygiene || action == .periodontal
    }

    static func apply(_ action: TreatmentAction, to teeth: [ToothNumber], in formula: inout DentalFormula) {
        let covered = teeth.filter { hasGums(formula.record(for: $0)) }
        for sextant in Sextant.allCases {
            let targets = covered.filter { Sextant(tooth: $0) == sextant }
            guard !targets.isEmpty else { continue }
            let members = formula.chartedTeeth.filter { Sextant(tooth: $0) == sextant && hasGums(formula.record(for: $0)) }
            let before = formula.sextants[sextant]
            let wanted = targets.map { clean(formula.record(for: $0).periodontal.over(before), action) }
            if let before, Set(members).isSubset(of: targets) {
                formula.sextants[sextant] = clean(before, action)
            }
            let now = formula.sextants[sextant]
            for (tooth, status) in zip(targets, wanted) {
                var record = formula.record(for: tooth)
                record.periodontal = own(status, record.periodontal, sextant: now)
                if record != formula.record(for: tooth) { formula.set(record) }
            }
        }
    }

    /// A tooth in the mouth with gum around it (a natural tooth, its root, an implant).
    private static func hasGums(_ record: ToothRecord) -> Bool {
        [.present, .rootRemnant, .implant].contains(record.state)
    }

    /// `status` after `action`.
    static func clean(_ status: PeriodontalStatus, _ action: TreatmentAction) -> PeriodontalStatus {
        var result = status
        func heal(_ value: Bool?) -> Bool? { value == true ? false : value }
        result.plaque = heal(status.plaque)
        if action == .hygiene { result.calculus = heal(status.calculus) }
        if action == .periodontal || !status.hasPocket {
            result.inflammation = heal(status.inflammation)
            result.bleeding = heal(status.bleeding)
        }
        if action == .periodontal, status.hasPocket {
            result.pocketDepthMM = PeriodontalStatus.pocketThreshold - 1
        }
        return result
    }

    /// The tooth's own values that give `wanted` over the sextant's `sextant`: a value it recorded, or one
    /// that differs from the sextant's.
    private static func own(_ wanted: PeriodontalStatus, _ old: PeriodontalStatus,
                            sextant: PeriodontalStatus?) -> PeriodontalStatus {
        func pick<T: Equatable>(_ path: KeyPath<PeriodontalStatus, T?>) -> T? {
            old[keyPath: path] != nil || wanted[keyPath: path] != sextant?[keyPath: path] ? wanted[keyPath: path] : nil
        }
        return PeriodontalStatus(plaque: pick(\.plaque), calculus: pick(\.calculus), inflammation: pick(\.inflammation), bleeding: pick(\.bleeding),
                                 pocketDepthMM: pick(\.pocketDepthMM))
    }
}
