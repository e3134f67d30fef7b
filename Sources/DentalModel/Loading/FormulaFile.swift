/// A formula in the case file's own `formula:` schema (docs/case.schema.json), ready to encode as JSON or
/// YAML: the inverse of the loader's formula reader, so what it writes loads back as a case's formula.
/// Teeth are keyed in the case's notation; only teeth with something to say are listed.
public struct FormulaFile: Sendable, Hashable, Encodable {
    public var dentition: String
    public var teeth: [String: Tooth]
    public var sextants: [String: Gums]?

    /// One tooth's record.
    public struct Tooth: Sendable, Hashable, Encodable {
        public var state: String
        public var restorations: [Work]?
        public var findings: [Problem]?
        public var periodontal: Gums?
        public var notes: String?
    }

    /// A restoration.
    public struct Work: Sendable, Hashable, Encodable {
        public var kind: String
        public var surfaces: String?
        public var material: String?
    }

    /// A finding.
    public struct Problem: Sendable, Hashable, Encodable {
        public var kind: String
        public var surfaces: String?
        public var grade: Int?
        public var note: String?
    }

    /// Periodontal values.
    public struct Gums: Sendable, Hashable, Encodable {
        public var plaque: Bool?
        public var inflammation: Bool?
        public var bleeding: Bool?
        public var pocketDepth: Int?
    }

    /// `formula` written in `notation`.
    public init(_ formula: DentalFormula, notation: ToothNotation) {
        dentition = formula.dentition.rawValue
        func letters(_ surfaces: [Surface]) -> String? { surfaces.isEmpty ? nil : Surface.letters(surfaces) }
        func gums(_ status: PeriodontalStatus) -> Gums? {
            status.isEmpty ? nil : Gums(plaque: status.plaque, inflammation: status.inflammation,
                                        bleeding: status.bleeding, pocketDepth: status.pocketDepthMM)
        }
        teeth = Dictionary(uniqueKeysWithValues: formula.records.values.map { record in
            (notation.format(record.tooth), Tooth(
                state: record.state.rawValue,
                restorations: record.restorations.isEmpty ? nil : record.restorations.map {
                    Work(kind: $0.kind.rawValue, surfaces: letters($0.surfaces), material: $0.material?.rawValue)
                },
                findings: record.findings.isEmpty ? nil : record.findings.map {
                    Problem(kind: $0.kind.rawValue, surfaces: letters($0.surfaces), grade: $0.grade, note: $0.note)
                },
                periodontal: gums(record.periodontal), notes: record.notes))
        })
        let written = formula.sextants.compactMapValues(gums)
        sextants = written.isEmpty ? nil : Dictionary(uniqueKeysWithValues: written.map { ($0.key.rawValue, $0.value) })
    }
}
