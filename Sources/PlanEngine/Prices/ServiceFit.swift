import DentalModel
import Foundation

/// Which teeth a service is made for, as far as the price list says: how many canals one code covers and
/// which groups of teeth it is limited to (the surfaces a code is billed for are `Service.surfaces`).
/// `planpress suggest` picks services by it; a service that says nothing fits every natural tooth.
public struct ServiceFit: Sendable, Hashable, Codable {
    /// The canal counts one unit covers (`canals: "3"`), if the list says.
    public var canals: ClosedRange<Int>?
    /// The groups of teeth the service is limited to (`teeth: [primary, back]`); empty for any tooth.
    public var teeth: Set<ToothGroup>

    /// Creates a fit; by default any natural tooth.
    public init(canals: ClosedRange<Int>? = nil, teeth: Set<ToothGroup> = []) {
        self.canals = canals
        self.teeth = teeth
    }

    /// Reads a count or a range of counts: `"2"`, `"2-3"`; `nil` when the text is neither.
    public static func countRange(_ text: String) -> ClosedRange<Int>? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard (1...2).contains(parts.count), parts.allSatisfy({ $0.count <= 3 }),
              let low = Int(parts[0]), let high = Int(parts[parts.count - 1]), 1 <= low, low <= high else { return nil }
        return low...high
    }
}

/// A group of teeth a service can be limited to. Groups of one kind (front/back, primary/permanent)
/// restrict only when the service names one of them; `implant` and `root-filled` mark services made
/// for an implant or a root-filled tooth.
public enum ToothGroup: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Incisors and canines.
    case front
    /// Premolars and molars.
    case back
    /// Primary (milk) teeth.
    case primary
    /// Permanent teeth.
    case permanent
    /// A crown or part made on an implant, not on a natural tooth.
    case implant
    /// Work on a tooth whose canals are already filled (re-treatment).
    case rootFilled = "root-filled"

    public static func < (lhs: ToothGroup, rhs: ToothGroup) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
