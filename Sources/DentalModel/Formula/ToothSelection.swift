/// The teeth a plan item applies to, as the case wrote them.
public enum ToothSelection: Sendable, Hashable, Codable {
    /// One or more listed teeth.
    case teeth([ToothNumber])
    /// A run of neighbouring teeth in one jaw, in chart order (e.g. 14–24 crosses the midline).
    case range(ToothNumber, ToothNumber)
    /// A whole jaw.
    case jaw(Jaw)
    /// The whole mouth.
    case wholeMouth

    /// The teeth meant, in chart order. A jaw or the whole mouth means every charted tooth in it
    /// that is not missing; a range means every chart position between its ends.
    public func resolve(in formula: DentalFormula) -> [ToothNumber] {
        switch self {
        case .teeth(let teeth):
            return teeth
        case .range(let from, let to):
            return Self.run(from, to)
        case .jaw(let jaw):
            return formula.chartedTeeth.filter { $0.jaw == jaw && formula.record(for: $0).state != .missing }
        case .wholeMouth:
            return formula.chartedTeeth.filter { formula.record(for: $0).state != .missing }
        }
    }

    /// The teeth the selection names without needing the formula: the listed teeth or every position
    /// of a range; empty for a jaw or the whole mouth.
    public var namedTeeth: [ToothNumber] {
        switch self {
        case .teeth(let teeth): teeth
        case .range(let from, let to): Self.run(from, to)
        case .jaw, .wholeMouth: []
        }
    }

    /// Every chart position from `from` to `to` (one chart row), in chart order.
    private static func run(_ from: ToothNumber, _ to: ToothNumber) -> [ToothNumber] {
        let row = from.chartRow
        guard let start = row.firstIndex(of: from), let end = row.firstIndex(of: to) else { return [from, to] }
        return Array(row[min(start, end)...max(start, end)])
    }

    /// True for a jaw or the whole mouth (an item priced once, not per tooth, by default).
    public var isArea: Bool {
        switch self {
        case .jaw, .wholeMouth: return true
        case .teeth, .range: return false
        }
    }

    /// A short label: "36", "36, 37", "34–37", "upper", "all".
    public var label: String {
        switch self {
        case .teeth(let teeth): return teeth.map(\.description).joined(separator: ", ")
        case .range(let from, let to): return "\(from)–\(to)"
        case .jaw(let jaw): return jaw.rawValue
        case .wholeMouth: return "all"
        }
    }
}
