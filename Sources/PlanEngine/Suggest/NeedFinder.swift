import DentalModel

/// Reads the needs off a chart, in the order a plan treats them: the whole mouth first, then tooth by
/// tooth in chart order, then the gaps.
enum NeedFinder {
    /// The needs of `formula`; pockets count from `pocketDepth` millimetres.
    static func needs(of formula: DentalFormula, pocketDepth: Int) -> [Need] {
        var mouth: Set<NeedKind> = []
        var pocketTeeth: Set<ToothNumber> = [], deepest = 0
        var teeth: [Need] = []
        var lost: Set<ToothNumber> = []
        func gums(_ status: PeriodontalStatus, _ teeth: [ToothNumber]) {
            if status.plaque == true { mouth.insert(.plaque) }
            if status.calculus == true { mouth.insert(.calculus) }
            if status.bleeding == true || status.inflammation == true { mouth.insert(.bleeding) }
            if let depth = status.pocketDepthMM, depth >= pocketDepth, !teeth.isEmpty {
                pocketTeeth.formUnion(teeth)
                deepest = max(deepest, depth)
            }
        }
        for (sextant, status) in formula.sextants.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            gums(status, formula.chartedTeeth.filter {
                Sextant(tooth: $0) == sextant && formula.record(for: $0).state == .present
            })
        }
        for record in formula.allRecords {
            let found = needs(of: record)
            if found.contains(where: { [.rootRemnant, .severeMobility].contains($0.kind) }) { lost.insert(record.tooth) }
            teeth += found
            if record.state == .present { gums(record.periodontal, [record.tooth]) }
        }
        var result = NeedKind.allCases.filter(mouth.contains).map { Need(kind: $0, teeth: []) }
        if !pocketTeeth.isEmpty {
            result.append(Need(kind: .pockets, teeth: pocketTeeth.sorted(), measure: deepest))
        }
        return result + teeth + gaps(in: formula, lost: lost)
    }

    /// What one tooth needs; a tooth that cannot be kept needs only its extraction.
    static func needs(of record: ToothRecord) -> [Need] {
        let tooth = record.tooth
        switch record.state {
        case .rootRemnant: return [Need(kind: .rootRemnant, teeth: [tooth])]
        case .missing, .implant, .unerupted, .pontic: return []
        case .present: break
        }
        let grade = record.findings.filter { $0.kind == .mobility }.compactMap(\.grade).max()
        if tooth.isPrimary, let grade, grade >= 1 { return [Need(kind: .primaryMobility, teeth: [tooth], measure: grade)] }
        if let grade, grade >= 3 { return [Need(kind: .severeMobility, teeth: [tooth], measure: grade)] }
        var result: [Need] = []
        if record.has(.periapicalLesion) { result.append(Need(kind: .periapicalLesion, teeth: [tooth])) }
        let caries = Set(record.findings.filter { $0.kind == .caries }.flatMap(\.surfaces))
        let hasCaries = record.has(.caries)
        var failing: Set<Surface> = [], carried = caries
        for restoration in record.restorations where restoration.kind.usesSurfaces {
            let covered = Set(restoration.surfaces)
            if !covered.isDisjoint(with: caries) {
                failing.formUnion(covered.union(caries.intersection(covered)))
                carried.subtract(covered)
            } else if Self.isAmalgam(restoration) {
                result.append(Need(kind: .oldAmalgam, teeth: [tooth], surfaces: restoration.surfaces))
            }
        }
        if !failing.isEmpty { result.append(Need(kind: .failingRestoration, teeth: [tooth], surfaces: failing.sorted())) }
        if hasCaries && (!carried.isEmpty || caries.isEmpty) {
            result.append(Need(kind: .caries, teeth: [tooth], surfaces: carried.sorted()))
        }
        // A broken or worn tooth is rebuilt with the fillings it already has.
        let rebuilt = Set(record.restorations.filter(\.kind.usesSurfaces).flatMap(\.surfaces)).union(defaultSurfaces(tooth))
        if record.has(.fracture) { result.append(Need(kind: .fracture, teeth: [tooth], surfaces: rebuilt.sorted())) }
        if record.has(.wear) { result.append(Need(kind: .wear, teeth: [tooth], surfaces: rebuilt.sorted())) }
        if let grade, grade >= 1 { result.append(Need(kind: .mobility, teeth: [tooth], measure: grade)) }
        if record.has(.rootCanalFilled) && !record.has(.crown) && !record.has(.bridgeAbutment) {
            result.append(Need(kind: .rootFilledUncrowned, teeth: [tooth]))
        }
        return result
    }

    /// Runs of neighbouring missing (or lost) permanent teeth, third molars left out.
    static func gaps(in formula: DentalFormula, lost: Set<ToothNumber>) -> [Need] {
        var result: [Need] = []
        for row in [ToothNumber.upperPermanent, ToothNumber.lowerPermanent] {
            var run: [ToothNumber] = []
            for tooth in row + [nil] as [ToothNumber?] {
                if let tooth, tooth.position != 8, formula.dentition != .primary,
                   formula.record(for: tooth).state == .missing || lost.contains(tooth) {
                    run.append(tooth)
                } else if !run.isEmpty {
                    result.append(Need(kind: .missing, teeth: run))
                    run = []
                }
            }
        }
        return result
    }

    /// The two teeth beside a gap in its chart row, if both are there.
    static func neighbours(of gap: [ToothNumber]) -> [ToothNumber]? {
        guard let first = gap.first, let last = gap.last else { return nil }
        let row = first.chartRow
        guard let start = row.firstIndex(of: first), let end = row.firstIndex(of: last),
              start > row.startIndex, end + 1 < row.endIndex else { return nil }
        return [row[start - 1], row[end + 1]]
    }

    /// The surface that takes the bite, worn or broken first: the incisal edge or the occlusal surface.
    static func defaultSurfaces(_ tooth: ToothNumber) -> [Surface] {
        [.incisor, .canine].contains(tooth.kind) ? [.incisal] : [.occlusal]
    }

    /// True for a restoration of amalgam (the case's synonyms, "amalgame", "амальгама", are read as it).
    static func isAmalgam(_ restoration: Restoration) -> Bool {
        restoration.material == .amalgam
    }
}
