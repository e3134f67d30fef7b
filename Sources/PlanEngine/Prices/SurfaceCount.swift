import Foundation

/// How many surfaces of one tooth a filling code is billed for: exactly one number ("2"), a range
/// ("2-4"), or a number and more ("3+").
public struct SurfaceCount: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The fewest surfaces.
    public let lower: Int
    /// The most surfaces, or `nil` for no upper bound.
    public let upper: Int?

    /// Reads "2", "2-4" (or "2–4") or "3+"; `nil` for anything else or counts outside 1…6.
    public init?(_ text: String) {
        let body = text.trimmingCharacters(in: .whitespaces)
        if body.hasSuffix("+"), let lower = Int(body.dropLast()), (1...6).contains(lower) {
            self.lower = lower
            upper = nil
            return
        }
        let parts = body.split(whereSeparator: { $0 == "-" || $0 == "–" }).map { Int($0.trimmingCharacters(in: .whitespaces)) }
        switch parts.count {
        case 1:
            guard let value = parts[0], (1...6).contains(value) else { return nil }
            lower = value
            upper = value
        case 2:
            guard let lower = parts[0], let upper = parts[1], 1 <= lower, lower <= upper, upper <= 6 else { return nil }
            self.lower = lower
            self.upper = upper
        default:
            return nil
        }
    }

    /// True when a filling of `count` surfaces is billed with this code.
    public func contains(_ count: Int) -> Bool {
        count >= lower && upper.map { count <= $0 } ?? true
    }

    /// "2", "2–4" or "3+".
    public var description: String {
        guard let upper else { return "\(lower)+" }
        return upper == lower ? "\(lower)" : "\(lower)–\(upper)"
    }
}
