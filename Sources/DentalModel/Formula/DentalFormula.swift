/// The dental formula: a record per charted tooth plus sextant-level periodontal findings.
///
/// Teeth the case does not list take `dentition.defaultState(of:)` with nothing on them, so
/// `record(for:)` always answers for every tooth of the dentition.
public struct DentalFormula: Sendable, Hashable, Codable {
    /// Which teeth the chart shows.
    public var dentition: Dentition
    /// The records the case lists, by tooth.
    public var records: [ToothNumber: ToothRecord]
    /// Periodontal indicators recorded per sextant.
    public var sextants: [Sextant: PeriodontalStatus]

    /// Creates a formula.
    public init(dentition: Dentition = .permanent, records: [ToothNumber: ToothRecord] = [:],
                sextants: [Sextant: PeriodontalStatus] = [:]) {
        self.dentition = dentition
        self.records = records
        self.sextants = sextants
    }

    /// The listed record for `tooth`, or a default one.
    public func record(for tooth: ToothNumber) -> ToothRecord {
        records[tooth] ?? ToothRecord(tooth: tooth, state: dentition.defaultState(of: tooth))
    }

    /// Sets the record of its tooth.
    public mutating func set(_ record: ToothRecord) {
        records[record.tooth] = record
    }

    /// Every tooth to chart: the dentition's teeth plus any listed tooth outside it, in chart order.
    public var chartedTeeth: [ToothNumber] {
        let base = dentition.teeth
        let extra = records.keys.filter { !base.contains($0) }
        return (base + extra).sorted()
    }

    /// Records for `chartedTeeth`, in chart order.
    public var allRecords: [ToothRecord] {
        chartedTeeth.map(record(for:))
    }
}
