import DentalModel
import Foundation

/// The entry point: load a case with its price list and protocol rules.
public enum PlanEngine {
    /// Loads and joins a case.
    /// - Parameters:
    ///   - caseURL: the case file (YAML or JSON).
    ///   - pricesURL: a price list overriding the case's `prices:`; required when the case names none.
    ///   - protocolURL: the rules file (the shipped one is `Templates/protocol-rules.yaml`, which the
    ///     façade's `ResourceLocator.protocolRules` finds); `nil` checks no protocol rules.
    ///   - imageRoot: the directory images may not escape; `nil` means the case file's directory.
    ///   - requiresVariants: false to accept a case without `variants:` (loaded with none).
    /// - Throws: `InputError` for anything unreadable or invalid, located in its file.
    public static func load(caseURL: URL, pricesURL: URL? = nil, protocolURL: URL?,
                            imageRoot: URL? = nil, requiresVariants: Bool = true) throws(InputError) -> LoadedCase {
        let dentalCase = try CaseLoader(imageRoot: imageRoot, requiresVariants: requiresVariants).load(caseURL)
        guard let pricesURL = pricesURL ?? dentalCase.pricesURL else {
            throw InputError(file: caseURL.lastPathComponent, path: "prices",
                             message: "the case names no price list (add prices: or pass --prices)")
        }
        let prices = try PriceListLoader.load(pricesURL)
        let rules = try protocolURL.map { (url: URL) throws(InputError) in
            try ProtocolRulesLoader.load(url)
        } ?? ProtocolRules(rules: [])
        return try LoadedCase(dentalCase: dentalCase, prices: prices, rules: rules, caseFile: caseURL.lastPathComponent)
    }
}
