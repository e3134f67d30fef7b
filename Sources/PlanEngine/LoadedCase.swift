import DentalModel
import Foundation

/// A case joined with its price list and protocol: everything the booklet and the CLI need.
///
/// Build it with `PlanEngine.load(caseURL:pricesURL:protocolURL:imageRoot:)`. Construction
/// already resolved every item (so unknown codes were reported); the quote, the protocol
/// findings and the after-state are computed from it on demand.
public struct LoadedCase: Sendable {
    /// The case, normalised to FDI.
    public let dentalCase: DentalCase
    /// The price list in use.
    public let prices: PriceList
    /// The protocol rules in use.
    public let rules: ProtocolRules
    /// The case file's name, for messages.
    public let caseFile: String
    /// Per variant, its items joined with their services, in visit order.
    public let resolved: [[ResolvedItem]]

    /// Joins `dentalCase` with `prices` and `rules`; throws for unknown codes, a currency mismatch
    /// or an unknown insurance programme.
    public init(dentalCase: DentalCase, prices: PriceList, rules: ProtocolRules, caseFile: String) throws(InputError) {
        self.dentalCase = dentalCase
        self.prices = prices
        self.rules = rules
        self.caseFile = caseFile
        self.resolved = try CaseResolver.resolve(dentalCase, prices: prices, caseFile: caseFile)
    }

    /// The exact quote of every variant.
    public func quote() throws(InputError) -> Quote {
        try Quoter.quote(dentalCase, resolved: resolved, prices: prices, caseFile: caseFile)
    }

    /// Protocol findings of every variant, in variant then rule order.
    public func findings() -> [ProtocolFinding] {
        ProtocolEngine.check(dentalCase, resolved: resolved, prices: prices, rules: rules)
    }

    /// The formula after each variant, with per-tooth changes.
    public func afterState() -> AfterState {
        AfterState.build(dentalCase, resolved: resolved)
    }

    /// Every item the patient declined, with its written justification, for the booklet's appendix.
    public var declinedItems: [(variant: Int, visit: Int, item: PlanItem)] {
        dentalCase.declinedItems
    }

    /// The case with every missing required item added (priced from the price list), the fixes
    /// applied, and the findings left after fixing. Items are inserted before the item that needs
    /// them (same visit) or at the end of the previous visit; a requirement for an earlier visit
    /// of the first visit gets a new first visit.
    public func fixed() throws(InputError) -> (fixed: LoadedCase, added: [ProposedFix]) {
        let fixes = proposedFixes
        var dentalCase = self.dentalCase
        try FixPlacement.apply(fixes, title: newVisitTitle, to: &dentalCase)
        let result = try LoadedCase(dentalCase: dentalCase, prices: prices, rules: rules, caseFile: caseFile)
        return (result, fixes)
    }

    /// The text of the case file at `caseURL` (the file this case was loaded from) with the items
    /// `fixed()` adds, in the file's own format (YAML or JSON), to be written at `output`. Relative
    /// paths (`prices`, the logo, the images) are rewritten to resolve from `output`'s folder. The
    /// document is written anew from its parsed form, so YAML comments are not kept.
    public func fixedCaseFile(_ caseURL: URL, writtenTo output: URL) throws(InputError) -> String {
        let text = try YAMLSource.readText(caseURL)
        var document = CaseDocument(root: try YAMLSource.parse(text, fileName: caseFile).node,
                                    notation: dentalCase.notation, file: caseFile)
        try FixPlacement.apply(proposedFixes, title: newVisitTitle, to: &document)
        document.rebasePaths(from: caseURL.deletingLastPathComponent(), to: output.deletingLastPathComponent())
        return try document.text(asJSON: YAMLSource.looksLikeJSON(text))
    }

    /// One fix per missing requirement, in finding order, without repeats.
    private var proposedFixes: [ProposedFix] {
        var seen: Set<String> = []
        return findings().compactMap(\.fix).filter { fix in
            seen.insert("\(fix.variant)/\(fix.visit)/\(fix.item.code)/\(fix.item.teeth.label)").inserted
        }
    }

    /// The title of a first visit `--fix` adds, in the case's locale.
    private var newVisitTitle: String {
        ProtocolMessages.diagnosticsTitle[dentalCase.locale] ?? "Diagnostics"
    }
}
