import DentalModel
import Foundation
import PlanEngine
import Yams

/// What each variant leaves in the mouth, for a clinic system to store with the plan (`planpress outcome`,
/// `POST /v1/outcome`): the formula after treatment in the case file's own `formula:` schema (it loads back
/// as a case's formula), and the changes as the booklet prints them under "What changes", one entry per
/// tooth with an effect and one for the gum care of a jaw or the whole mouth.
public struct PlanOutcome: Sendable, Encodable {
    /// One variant's outcome.
    public struct Variant: Sendable, Encodable {
        public var name: String
        public var formula: FormulaFile
        public var changes: [Change]
    }

    /// One line of "What changes".
    public struct Change: Sendable, Encodable {
        /// The tooth (FDI), for a tooth's line.
        public var tooth: Int?
        /// `all`, `upper` or `lower`: the gums the line describes, for the gums line.
        public var gums: String?
        /// The line as the booklet prints it.
        public var text: String
        /// The visits (from 1) of the items behind the line.
        public var visits: [Int]
        /// Their service codes.
        public var codes: [String]
    }

    public var variants: [Variant]

    /// The outcome of `loaded`'s variants, worded with `strings` (the booklet's language).
    public init(_ loaded: LoadedCase, strings: StringTable) {
        let dentalCase = loaded.dentalCase
        variants = loaded.afterState().variants.map { after in
            Variant(name: after.variantName, formula: FormulaFile(after.formula, notation: dentalCase.notation),
                    changes: ChangeLines(strings: strings, dentalCase: dentalCase, after: after).lines().map { line in
                        Change(tooth: line.tooth?.fdi, gums: line.tooth == nil ? line.gums : nil, text: line.text,
                               visits: line.visits, codes: line.codes)
                    })
        }
    }

    /// Pretty JSON, keys sorted: the same bytes for the same case.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self), let text = String(data: data, encoding: .utf8) else { return "{}\n" }
        return text + "\n"
    }

    /// YAML, keys sorted.
    public func yaml() -> String {
        let encoder = YAMLEncoder()
        encoder.options = .init(width: -1, allowUnicode: true, sortKeys: true)
        return (try? encoder.encode(self)) ?? "{}\n"
    }
}
