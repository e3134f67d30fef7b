/// A tooth surface, written by its one-letter code.
///
/// Input accepts `V` (vestibular) for buccal and `P` (palatal) for lingual; they are stored as `B` and `L`.
public enum Surface: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Mesial.
    case mesial = "M"
    /// Occlusal (posterior teeth).
    case occlusal = "O"
    /// Distal.
    case distal = "D"
    /// Buccal / labial / vestibular.
    case buccal = "B"
    /// Lingual / palatal.
    case lingual = "L"
    /// Incisal edge (anterior teeth).
    case incisal = "I"

    /// The surface for a letter (`M O D B V L P I`), or `nil`.
    public init?(letter: Character) {
        switch letter.uppercased() {
        case "M": self = .mesial
        case "O": self = .occlusal
        case "D": self = .distal
        case "B", "V": self = .buccal
        case "L", "P": self = .lingual
        case "I": self = .incisal
        default: return nil
        }
    }

    /// The surface's English name in messages: "mesial", "occlusal"…
    public var name: String {
        switch self {
        case .mesial: "mesial"
        case .occlusal: "occlusal"
        case .distal: "distal"
        case .buccal: "buccal"
        case .lingual: "lingual"
        case .incisal: "incisal"
        }
    }

    /// Orders M O D B L I, the usual reading order.
    public static func < (lhs: Surface, rhs: Surface) -> Bool {
        order(lhs) < order(rhs)
    }

    private static func order(_ surface: Surface) -> Int {
        allCases.firstIndex(of: surface) ?? 0
    }

    /// Parses a surface string like `"MOD"`; returns the first offending character on failure.
    public static func parseSet(_ text: String) -> Result<[Surface], SurfaceLetterError> {
        var result: [Surface] = []
        for letter in text where !letter.isWhitespace && letter != "," {
            guard let surface = Surface(letter: letter) else { return .failure(SurfaceLetterError(letter: letter)) }
            if !result.contains(surface) { result.append(surface) }
        }
        return .success(result.sorted())
    }

    /// The letters of `surfaces` in reading order, e.g. "MOD".
    public static func letters(_ surfaces: [Surface]) -> String {
        surfaces.sorted().map(\.rawValue).joined()
    }
}

/// A character that is not a surface letter.
public struct SurfaceLetterError: Error, Sendable, Hashable {
    /// The offending character.
    public let letter: Character
}
