/// A tooth in FDI (ISO 3950) notation, always valid: permanent 11–18, 21–28, 31–38, 41–48 and
/// primary 51–55, 61–65, 71–75, 81–85.
///
/// PlanPress uses FDI everywhere inside; Universal and Palmer notations exist only at input
/// (see `ToothNotation`). Encodes as its FDI integer.
public struct ToothNumber: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The FDI number, e.g. 36.
    public let fdi: Int

    /// The tooth with FDI number `fdi`, or `nil` when no such tooth exists (19, 56, 90…).
    public init?(fdi: Int) {
        let quadrant = fdi / 10, position = fdi % 10
        switch quadrant {
        case 1...4 where (1...8).contains(position): break
        case 5...8 where (1...5).contains(position): break
        default: return nil
        }
        self.fdi = fdi
    }

    /// The FDI quadrant, 1–4 permanent, 5–8 primary.
    public var quadrant: Int { fdi / 10 }
    /// The position from the midline, 1 (central incisor) to 8 (third molar).
    public var position: Int { fdi % 10 }
    /// True for a primary (deciduous) tooth.
    public var isPrimary: Bool { quadrant >= 5 }
    /// Upper or lower jaw.
    public var jaw: Jaw { [1, 2, 5, 6].contains(quadrant) ? .upper : .lower }
    /// True when the tooth is on the patient's right (quadrants 1, 4, 5, 8).
    public var isPatientRight: Bool { [1, 4, 5, 8].contains(quadrant) }

    /// Incisor, canine, premolar or molar.
    public var kind: ToothKind {
        switch position {
        case 1, 2: return .incisor
        case 3: return .canine
        case 4, 5: return isPrimary ? .molar : .premolar
        default: return .molar
        }
    }

    /// "36".
    public var description: String { String(fdi) }

    /// Orders by position on the standard chart: upper row first, then left to right as drawn.
    public static func < (lhs: ToothNumber, rhs: ToothNumber) -> Bool {
        lhs.chartIndex < rhs.chartIndex
    }

    /// Index in `ToothNumber.chartOrder`.
    public var chartIndex: Int {
        Self.chartIndexByFDI[fdi] ?? 0
    }

    public init(from decoder: any Decoder) throws {
        let value = try decoder.singleValueContainer().decode(Int.self)
        guard let tooth = ToothNumber(fdi: value) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "unknown tooth \(value)"))
        }
        self = tooth
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(fdi)
    }
}

extension ToothNumber {
    /// Upper permanent teeth as a chart draws them, patient's right to left: 18…11 21…28.
    public static let upperPermanent: [ToothNumber] = make(Array((11...18).reversed()) + Array(21...28))
    /// Lower permanent teeth as a chart draws them: 48…41 31…38.
    public static let lowerPermanent: [ToothNumber] = make(Array((41...48).reversed()) + Array(31...38))
    /// Upper primary teeth as a chart draws them: 55…51 61…65.
    public static let upperPrimary: [ToothNumber] = make(Array((51...55).reversed()) + Array(61...65))
    /// Lower primary teeth as a chart draws them: 85…81 71…75.
    public static let lowerPrimary: [ToothNumber] = make(Array((81...85).reversed()) + Array(71...75))
    /// All 32 permanent teeth in chart order.
    public static let allPermanent: [ToothNumber] = upperPermanent + lowerPermanent
    /// All 20 primary teeth in chart order.
    public static let allPrimary: [ToothNumber] = upperPrimary + lowerPrimary
    /// Every FDI tooth in the standard chart order: upper permanent, lower permanent, upper primary, lower primary.
    public static let chartOrder: [ToothNumber] = allPermanent + allPrimary

    /// The chart row this tooth belongs to (one of the four arrays above).
    public var chartRow: [ToothNumber] {
        switch (isPrimary, jaw) {
        case (false, .upper): return Self.upperPermanent
        case (false, .lower): return Self.lowerPermanent
        case (true, .upper): return Self.upperPrimary
        case (true, .lower): return Self.lowerPrimary
        }
    }

    private static let chartIndexByFDI: [Int: Int] =
        Dictionary(uniqueKeysWithValues: chartOrder.enumerated().map { ($1.fdi, $0) })

    private static func make(_ numbers: [Int]) -> [ToothNumber] {
        numbers.compactMap(ToothNumber.init(fdi:))
    }
}
