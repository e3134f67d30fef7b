import DentalModel
import Foundation

/// The entry point: load a case with its price list and protocol rules.
public enum PlanEngine {
    /// Loads and joins the case file at `caseURL`, its files read from disk.
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
        let files = DiskFileSource(baseDirectory: caseURL.deletingLastPathComponent(), root: imageRoot)
        return try load(YAMLSource.load(caseURL), files: files,
                        prices: pricesURL.map { (url) throws(InputError) in try PriceListLoader.load(url) },
                        protocolURL: protocolURL, requiresVariants: requiresVariants)
    }

    /// Loads and joins the parsed case document `document`, the files it names read from `files`.
    /// - Parameters:
    ///   - prices: a price list overriding the case's `prices:`; required when the case names none.
    ///   - protocolURL: the rules file; `nil` checks no protocol rules.
    ///   - requiresVariants: false to accept a case without `variants:` (loaded with none).
    ///   - documents: where a price list and rules read before from the same bytes are kept for reuse.
    public static func load(_ document: NodeCursor, files: any FileSource, prices: PriceList? = nil, protocolURL: URL?,
                            requiresVariants: Bool = true, documents: DocumentCache? = nil) throws(InputError) -> LoadedCase {
        let dentalCase = try CaseLoader(requiresVariants: requiresVariants).read(document, files: files)
        let priceList: PriceList
        if let prices {
            priceList = prices
        } else if let pricesURL = dentalCase.pricesURL {
            priceList = try PriceListLoader.load(pricesURL, from: files, cache: documents)
        } else {
            throw InputError(file: document.file, path: "prices",
                             message: "the case names no price list (add prices: or pass --prices)")
        }
        let rules = try protocolURL.map { (url: URL) throws(InputError) in
            try ProtocolRulesLoader.load(url, cache: documents)
        } ?? ProtocolRules(rules: [])
        return try LoadedCase(dentalCase: dentalCase, prices: priceList, rules: rules, caseFile: document.file)
    }
}
