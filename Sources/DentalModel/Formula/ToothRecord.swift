/// Everything the case says about one tooth.
public struct ToothRecord: Sendable, Hashable, Codable {
    /// The tooth.
    public var tooth: ToothNumber
    /// What is in its place.
    public var state: ToothState
    /// Its restorations, in the order written.
    public var restorations: [Restoration]
    /// Its findings, in the order written.
    public var findings: [Finding]
    /// Per-tooth periodontal indicators.
    public var periodontal: PeriodontalStatus
    /// Free-text notes, shown verbatim.
    public var notes: String?

    /// Creates a record; by default a present tooth with nothing on it.
    public init(tooth: ToothNumber, state: ToothState = .present, restorations: [Restoration] = [],
                findings: [Finding] = [], periodontal: PeriodontalStatus = .init(), notes: String? = nil) {
        self.tooth = tooth
        self.state = state
        self.restorations = restorations
        self.findings = findings
        self.periodontal = periodontal
        self.notes = notes
    }

    /// The first restoration of `kind`, if any.
    public func restoration(_ kind: RestorationKind) -> Restoration? {
        restorations.first { $0.kind == kind }
    }

    /// True when the tooth carries a restoration of `kind`.
    public func has(_ kind: RestorationKind) -> Bool {
        restorations.contains { $0.kind == kind }
    }

    /// True when the record has a finding of `kind`.
    public func has(_ kind: FindingKind) -> Bool {
        findings.contains { $0.kind == kind }
    }
}
