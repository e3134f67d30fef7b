import DentalModel

/// What one item does to one tooth's state, restorations and findings (gum care is `GumCare`).
/// Each case below is a rule of docs/after-state.md.
struct ToothWork {
    let action: TreatmentAction
    /// The item's surfaces, if it names them.
    let surfaces: [Surface]
    /// The item's material, else the service's.
    let material: RestorationMaterial?

    /// Findings of the tooth's crown: what a crown, an onlay or a filling of the biting surface repairs.
    private static let crownFindings: Set<FindingKind> = [.caries, .fracture, .wear]

    /// Changes `record`; returns the restorations put on the tooth.
    func apply(to record: inout ToothRecord) -> [Restoration] {
        switch action {
        case .extraction:
            record = ToothRecord(tooth: record.tooth, state: .missing, notes: record.notes)
        case .implant:
            record = ToothRecord(tooth: record.tooth, state: .implant, notes: record.notes)
        case .pontic:
            record = ToothRecord(tooth: record.tooth, state: .pontic, notes: record.notes)
        case .crown, .bridgeAbutment:
            if record.state == .rootRemnant { record.state = .present }
            record.restorations.removeAll { $0.kind.usesSurfaces || [.crown, .veneer, .bridgeAbutment].contains($0.kind) }
            record.findings.removeAll { Self.crownFindings.contains($0.kind) }
            var placed = [Restoration(kind: .crown, material: material)]
            if action == .bridgeAbutment { placed.append(Restoration(kind: .bridgeAbutment, material: material)) }
            record.restorations += placed
            return placed
        case .filling, .inlay, .onlay, .sealant:
            return [surfaceWork(on: &record)]
        case .veneer:
            let covered = Self.veneerSurfaces(record.tooth)
            remove(covered, from: &record)
            record.restorations.removeAll { $0.kind == .veneer }
            record.findings.removeAll { $0.kind == .wear || $0.kind == .fracture }
            let veneer = Restoration(kind: .veneer, material: material)
            record.restorations.append(veneer)
            return [veneer]
        case .endodontics:
            guard record.state == .present || record.state == .rootRemnant else { return [] }
            record.restorations.removeAll { $0.kind == .rootCanalFilled || $0.kind == .pulpotomy }
            record.findings.removeAll { $0.kind == .periapicalLesion }
            return place(Restoration(kind: .rootCanalFilled), on: &record)
        case .pulpotomy:
            guard record.state == .present else { return [] }
            record.restorations.removeAll { $0.kind == .pulpotomy }
            return place(Restoration(kind: .pulpotomy), on: &record)
        case .post:
            guard record.state == .present || record.state == .rootRemnant else { return [] }
            record.restorations.removeAll { $0.kind == .postAndCore }
            return place(Restoration(kind: .postAndCore, material: material), on: &record)
        case .hygiene, .periodontal:
            break
        }
        return []
    }

    private func place(_ restoration: Restoration, on record: inout ToothRecord) -> [Restoration] {
        record.restorations.append(restoration)
        return [restoration]
    }

    /// A filling, inlay, onlay or sealant on its surfaces: it replaces older surface work there, removes
    /// the caries there and, when it covers the biting surface, the fracture and the wear it repairs.
    private func surfaceWork(on record: inout ToothRecord) -> Restoration {
        let kind: RestorationKind = switch action {
        case .inlay: .inlay
        case .onlay: .onlay
        case .sealant: .sealant
        default: .filling
        }
        let centre = Self.centre(record.tooth)
        let covered = surfaces.isEmpty ? needed(by: record, kind: kind, centre: centre) : surfaces
        remove(Set(covered), from: &record)
        if kind != .sealant && (covered.contains(centre) || kind == .onlay) {
            record.findings.removeAll { $0.kind == .fracture || $0.kind == .wear }
        }
        let work = Restoration(kind: kind, surfaces: covered.sorted(), material: material)
        record.restorations.append(work)
        return work
    }

    /// The surfaces an item that names none restores: a sealant the biting surface; other work the
    /// decayed surfaces and the old fillings (and the biting surface when the tooth is worn or cracked),
    /// else the biting surface.
    private func needed(by record: ToothRecord, kind: RestorationKind, centre: Surface) -> [Surface] {
        guard kind != .sealant else { return [centre] }
        var needed = Set(record.findings.filter { $0.kind == .caries }.flatMap(\.surfaces))
        needed.formUnion(record.restorations.filter { $0.kind == .filling }.flatMap(\.surfaces))
        if record.has(.wear) || record.has(.fracture) { needed.insert(centre) }
        return needed.isEmpty ? [centre] : needed.sorted()
    }

    /// Takes `covered` off older surface work (dropping work left with no surface) and off the caries there
    /// (a caries finding that names no surface is removed whole).
    private func remove(_ covered: Set<Surface>, from record: inout ToothRecord) {
        record.restorations = record.restorations.compactMap { old in
            guard old.kind.usesSurfaces else { return old }
            var rest = old
            rest.surfaces.removeAll(where: covered.contains)
            return rest.surfaces.isEmpty ? nil : rest
        }
        guard action != .sealant else { return }
        record.findings = record.findings.compactMap { finding in
            guard finding.kind == .caries else { return finding }
            var rest = finding
            rest.surfaces.removeAll(where: covered.contains)
            return rest.surfaces.isEmpty ? nil : rest
        }
    }

    /// The biting surface: incisal on front teeth, occlusal on back teeth.
    static func centre(_ tooth: ToothNumber) -> Surface {
        tooth.kind.surfaces.contains(.incisal) ? .incisal : .occlusal
    }

    /// What a veneer covers: the front face with its mesial and distal edges, and the incisal edge of a front tooth.
    static func veneerSurfaces(_ tooth: ToothNumber) -> Set<Surface> {
        Set(tooth.kind.surfaces).intersection([.buccal, .mesial, .distal, .incisal])
    }
}
