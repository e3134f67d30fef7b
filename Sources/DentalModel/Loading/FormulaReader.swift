import Yams
/// Reads `formula:` — the dentition, per-tooth records and sextant periodontal findings.
struct FormulaReader {
    let teeth: ToothReader

    func formula(_ cursor: NodeCursor) throws(InputError) -> DentalFormula {
        try cursor.expectMapping(keys: ["dentition", "teeth", "sextants"])
        var formula = DentalFormula()
        if let dentition = try cursor.optional("dentition") {
            formula.dentition = try dentition.choice(Dentition.self, what: "dentition")
        }
        if let list = try cursor.optional("teeth") {
            for (key, value) in try list.entries() {
                let tooth = try teeth.tooth(text: key, at: value)
                guard formula.records[tooth] == nil else {
                    throw value.error("tooth \(tooth) is listed twice")
                }
                formula.set(try record(tooth, value))
            }
        }
        if let sextants = try cursor.optional("sextants") {
            for (key, value) in try sextants.entries() {
                guard let sextant = Sextant(rawValue: key.uppercased()) else {
                    throw value.error("unknown sextant \"\(key)\" (expected S1…S6)")
                }
                formula.sextants[sextant] = try periodontal(value)
            }
        }
        return formula
    }

    /// A tooth's record: either a bare state (`18: missing`) or a mapping.
    private func record(_ tooth: ToothNumber, _ cursor: NodeCursor) throws(InputError) -> ToothRecord {
        if cursor.node.scalar != nil {
            return ToothRecord(tooth: tooth, state: try cursor.choice(ToothState.self, what: "tooth state"))
        }
        try cursor.expectMapping(keys: ["state", "restorations", "findings", "periodontal", "notes"])
        var record = ToothRecord(tooth: tooth)
        if let state = try cursor.optional("state") {
            record.state = try state.choice(ToothState.self, what: "tooth state")
        }
        if let list = try cursor.optional("restorations") {
            for element in try list.list() {
                record.restorations.append(try restoration(element, on: tooth))
            }
        }
        if let list = try cursor.optional("findings") {
            for element in try list.list() {
                record.findings.append(try finding(element, on: tooth))
            }
        }
        if let status = try cursor.optional("periodontal") {
            record.periodontal = try periodontal(status)
        }
        record.notes = try cursor.optional("notes")?.prose()
        try check(record, at: cursor)
        return record
    }

    /// Refuses records that contradict themselves (a missing tooth with a filling, caries on an implant…).
    private func check(_ record: ToothRecord, at cursor: NodeCursor) throws(InputError) {
        let allowed: Set<RestorationKind>
        switch record.state {
        case .present: allowed = Set(RestorationKind.allCases)
        case .implant: allowed = [.crown, .bridgeAbutment]
        case .rootRemnant: allowed = [.rootCanalFilled, .postAndCore]
        case .missing, .unerupted, .pontic: allowed = []
        }
        if let bad = record.restorations.first(where: { !allowed.contains($0.kind) }) {
            throw cursor.error("tooth \(record.tooth) is \(record.state.rawValue) but has a \(bad.kind.rawValue)")
        }
        let needsCrown: Set<FindingKind> = [.caries, .fracture, .wear]
        if record.state != .present && record.state != .rootRemnant,
           let bad = record.findings.first(where: { needsCrown.contains($0.kind) }) {
            throw cursor.error("tooth \(record.tooth) is \(record.state.rawValue) but has \(bad.kind.rawValue)")
        }
        if [.missing, .unerupted, .pontic].contains(record.state), let bad = record.findings.first {
            throw cursor.error("tooth \(record.tooth) is \(record.state.rawValue) but has \(bad.kind.rawValue)")
        }
    }

    private func restoration(_ cursor: NodeCursor, on tooth: ToothNumber) throws(InputError) -> Restoration {
        if cursor.node.scalar != nil {
            return Restoration(kind: try cursor.choice(RestorationKind.self, what: "restoration"))
        }
        try cursor.expectMapping(keys: ["kind", "surfaces", "material"])
        let kind = try cursor.required("kind").choice(RestorationKind.self, what: "restoration")
        let surfaces = try cursor.optional("surfaces").map { (c: NodeCursor) throws(InputError) in
            try Self.surfaces(c, on: [tooth])
        } ?? []
        if kind.usesSurfaces && surfaces.isEmpty {
            throw cursor.error("a \(kind.rawValue) needs its surfaces (letters M O D B/V L/P I)")
        }
        return Restoration(kind: kind, surfaces: surfaces, material: try cursor.optional("material")?.material())
    }

    private func finding(_ cursor: NodeCursor, on tooth: ToothNumber) throws(InputError) -> Finding {
        if cursor.node.scalar != nil {
            return Finding(kind: try cursor.choice(FindingKind.self, what: "finding"))
        }
        try cursor.expectMapping(keys: ["kind", "surfaces", "grade", "note"])
        let kind = try cursor.required("kind").choice(FindingKind.self, what: "finding")
        let surfaces = try cursor.optional("surfaces").map { (c: NodeCursor) throws(InputError) in
            try Self.surfaces(c, on: [tooth])
        } ?? []
        let grade = try cursor.optional("grade")?.integer(in: 0...3)
        if kind == .mobility && grade == nil {
            throw cursor.error("mobility needs its grade 0–3")
        }
        return Finding(kind: kind, surfaces: surfaces, grade: grade, note: try cursor.optional("note")?.prose())
    }

    private func periodontal(_ cursor: NodeCursor) throws(InputError) -> PeriodontalStatus {
        try cursor.expectMapping(keys: ["plaque", "calculus", "inflammation", "bleeding", "pocketDepth"])
        return PeriodontalStatus(
            plaque: try cursor.optional("plaque")?.bool(),
            calculus: try cursor.optional("calculus")?.bool(),
            inflammation: try cursor.optional("inflammation")?.bool(),
            bleeding: try cursor.optional("bleeding")?.bool(),
            pocketDepthMM: try cursor.optional("pocketDepth")?.integer(in: 0...20)
        )
    }

    /// Surface letters ("MOD") on `teeth`, refusing any other letter, and a surface one of the teeth
    /// does not have (an occlusal O on an incisor or canine, an incisal I on a premolar or molar), with
    /// the offending letter or tooth named.
    static func surfaces(_ cursor: NodeCursor, on teeth: [ToothNumber]) throws(InputError) -> [Surface] {
        let text = try cursor.nonEmptyText()
        let surfaces: [Surface]
        switch Surface.parseSet(text) {
        case .success(let parsed): surfaces = parsed
        case .failure(let failure):
            throw cursor.error("unknown surface \(failure.letter) in \"\(text)\" (expected M O D B/V L/P I)")
        }
        for tooth in teeth {
            let kind = tooth.kind
            if let missing = surfaces.first(where: { !kind.surfaces.contains($0) }) {
                throw cursor.error("tooth \(tooth) is \(kind == .incisor ? "an" : "a") \(kind.rawValue) and has no "
                                   + "\(missing.name) surface \(missing.rawValue) (its surfaces: "
                                   + kind.surfaces.map(\.rawValue).joined(separator: " ") + ")")
            }
        }
        return surfaces
    }
}
