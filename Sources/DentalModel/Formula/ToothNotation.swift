import Foundation

/// The tooth numbering a case file is written in. Everything is normalised to FDI on load.
public enum ToothNotation: String, Sendable, Hashable, Codable, CaseIterable {
    /// FDI / ISO 3950: two digits, quadrant then position ("36").
    case fdi
    /// Universal (ADA): permanent 1–32 from the upper right third molar, primary A–T.
    case universal
    /// Palmer, written in ASCII: quadrant `UR`, `UL`, `LL`, `LR` then position 1–8 or primary A–E ("UR6", "LLC").
    case palmer

    /// The FDI tooth written as `text` in this notation, or `nil` when `text` names no tooth.
    public func tooth(_ text: String) -> ToothNumber? {
        let value = text.trimmingCharacters(in: .whitespaces)
        switch self {
        case .fdi:
            return Int(value).flatMap(ToothNumber.init(fdi:))
        case .universal:
            return Self.universal(value)
        case .palmer:
            return Self.palmer(value)
        }
    }

    /// Writes an FDI tooth in this notation (the inverse of `tooth(_:)`).
    public func format(_ tooth: ToothNumber) -> String {
        switch self {
        case .fdi:
            return String(tooth.fdi)
        case .universal:
            if tooth.isPrimary {
                let index = Self.universalPrimaryOrder.firstIndex(of: tooth) ?? 0
                return String(Character(Unicode.Scalar(UInt8(65 + index))))
            }
            return String((Self.universalPermanentOrder.firstIndex(of: tooth) ?? 0) + 1)
        case .palmer:
            let prefix = ["UR", "UL", "LL", "LR"][(tooth.quadrant - 1) % 4]
            if tooth.isPrimary {
                return prefix + String(Character(Unicode.Scalar(UInt8(64 + tooth.position))))
            }
            return prefix + String(tooth.position)
        }
    }

    /// Universal numbering runs 18→11, 21→28, 38→31, 41→48 (1–32).
    private static let universalPermanentOrder: [ToothNumber] =
        ToothNumber.upperPermanent + ToothNumber.lowerPermanent.reversed()
    /// Universal letters run 55→51, 61→65, 75→71, 81→85 (A–T).
    private static let universalPrimaryOrder: [ToothNumber] =
        ToothNumber.upperPrimary + ToothNumber.lowerPrimary.reversed()

    private static func universal(_ value: String) -> ToothNumber? {
        if let number = Int(value) {
            guard (1...32).contains(number) else { return nil }
            return universalPermanentOrder[number - 1]
        }
        guard value.count == 1, let scalar = value.uppercased().unicodeScalars.first,
              (65...84).contains(scalar.value) else { return nil }
        return universalPrimaryOrder[Int(scalar.value) - 65]
    }

    private static func palmer(_ value: String) -> ToothNumber? {
        let upper = value.uppercased()
        guard upper.count == 3 else { return nil }
        let quadrants = ["UR": 1, "UL": 2, "LL": 3, "LR": 4]
        guard let quadrant = quadrants[String(upper.prefix(2))], let last = upper.last else { return nil }
        if let position = last.wholeNumberValue {
            return ToothNumber(fdi: quadrant * 10 + position)
        }
        guard let ascii = last.asciiValue, (65...69).contains(ascii) else { return nil }
        return ToothNumber(fdi: (quadrant + 4) * 10 + Int(ascii) - 64)
    }
}
