import DentalModel
import Foundation

/// What `planpress suggest` made of a case.
public struct Suggestion: Sendable {
    /// The case with its variants: the ones it had (unless replaced), then the suggested ones.
    public let loaded: LoadedCase
    /// How many of the case's own variants were kept, first.
    public let kept: Int
    /// The ids of the strategies whose variants were added, in order.
    public let strategies: [String]
    /// What was not suggested, one line each: needs no plan could treat, strategies left out.
    public let notes: [String]

    /// The case file at `caseURL` with the suggested variants, in its own format (or JSON with
    /// `asJSON`), relative paths rewritten to resolve from `output`'s folder.
    public func caseFile(_ caseURL: URL, writtenTo output: URL, asJSON: Bool? = nil) throws(InputError) -> String {
        try caseText(YAMLSource.readText(caseURL), asJSON: asJSON,
                     rebasing: (from: caseURL.deletingLastPathComponent(), to: output.deletingLastPathComponent()))
    }

    /// The case document `text` with the suggested variants, in its own format (or JSON with `asJSON`);
    /// relative paths rewritten to resolve from `rebasing.to` instead of `rebasing.from` when given.
    public func caseText(_ text: String, asJSON: Bool? = nil,
                         rebasing: (from: URL, to: URL)? = nil) throws(InputError) -> String {
        var document = CaseDocument(root: try YAMLSource.parse(text, fileName: loaded.caseFile).node,
                                    notation: loaded.dentalCase.notation, file: loaded.caseFile)
        document.setVariants(keeping: kept, adding: Array(loaded.dentalCase.variants.dropFirst(kept)))
        if let rebasing { document.rebasePaths(from: rebasing.from, to: rebasing.to) }
        return try document.text(asJSON: asJSON ?? YAMLSource.looksLikeJSON(text))
    }
}

/// Suggests up to three variants for a case from its chart, one per strategy of a strategies file.
public enum Suggester {
    /// Adds a variant per strategy to `loaded` (keeping its own variants unless `replacing`) until it has
    /// three. A variant is left out when it treats nothing, repeats an earlier one, or breaks an
    /// error-level protocol rule; structures turn metal-free, need by need, until the metal quota holds.
    public static func suggest(_ loaded: LoadedCase, rules: SuggestionRules,
                               replacing: Bool = false) throws(InputError) -> Suggestion {
        var dentalCase = loaded.dentalCase
        if replacing { dentalCase.variants = [] }
        let kept = dentalCase.variants.count
        let needs = NeedFinder.needs(of: dentalCase.formula, pocketDepth: rules.pocketDepth)
        let isChild = dentalCase.patient.age(on: dentalCase.date) < rules.child.underAge
        let quotaRules = Set(loaded.rules.rules.filter {
            if case .forbids = $0.kind { return true } else { return false }
        }.map(\.id))
        var strategies: [String] = [], notes: [String] = []
        for strategy in rules.strategies where dentalCase.variants.count < DentalCase.maxVariants {
            let planner = VariantPlanner(dentalCase: dentalCase, prices: loaded.prices, rules: rules, strategy: strategy,
                                         needs: needs, avoid: isChild ? rules.child.avoid : nil)
            var metalFree: Set<Int> = []
            while true {
                let (items, untreated) = planner.plan(metalFree: metalFree)
                let visits = VisitScheduler(rules: rules, locale: dentalCase.locale).visits(items)
                guard !visits.isEmpty else {
                    notes.append("\(strategy.id): nothing to treat")
                    break
                }
                let locale = dentalCase.locale
                let variant = PlanVariant(name: strategy.names[locale] ?? strategy.id, goal: strategy.goals[locale] ?? strategy.id,
                                          warranty: strategy.warranties[locale], visits: visits)
                var trial = dentalCase
                trial.variants = [variant]
                let findings = try LoadedCase(dentalCase: trial, prices: loaded.prices, rules: loaded.rules,
                                              caseFile: loaded.caseFile).findings()
                if findings.contains(where: { quotaRules.contains($0.ruleID) }),
                   let next = items.first(where: { $0.service.material == .metal && !metalFree.contains($0.need) })?.need {
                    metalFree.insert(next)
                    continue
                }
                if let error = findings.first(where: { $0.severity == .error || quotaRules.contains($0.ruleID) }) {
                    notes.append("\(strategy.id): left out: \(error.message)")
                } else if dentalCase.variants.contains(where: { $0.visits == visits }) {
                    notes.append("\(strategy.id): the same as an earlier variant")
                } else {
                    dentalCase.variants.append(variant)
                    strategies.append(strategy.id)
                    notes += untreated.map { "\(strategy.id): not planned: \($0.kind.rawValue) \(Self.label($0, dentalCase.notation))" }
                }
                break
            }
        }
        let result = try LoadedCase(dentalCase: dentalCase, prices: loaded.prices, rules: loaded.rules, caseFile: loaded.caseFile)
        return Suggestion(loaded: result, kept: kept, strategies: strategies, notes: notes)
    }

    private static func label(_ need: Need, _ notation: ToothNotation) -> String {
        need.teeth.isEmpty ? "(mouth)" : need.teeth.map(notation.format).joined(separator: ", ")
    }
}
