import DentalModel
import Foundation

/// Reads a protocol rules file (YAML or JSON); see `Templates/protocol-rules.yaml` for the format.
public enum ProtocolRulesLoader {
    /// Loads the rules at `url`; with a `cache`, rules read before from the same bytes are reused.
    public static func load(_ url: URL, cache: DocumentCache? = nil) throws(InputError) -> ProtocolRules {
        guard let cache else { return try read(YAMLSource.load(url)) }
        let text = try YAMLSource.readText(url)
        return try cache.value(ProtocolRules.self, name: url.path, bytes: Array(text.utf8)) { () throws(InputError) in
            try read(YAMLSource.parse(text, fileName: url.lastPathComponent))
        }
    }

    /// Reads rules from a parsed document.
    public static func read(_ root: NodeCursor) throws(InputError) -> ProtocolRules {
        try root.expectMapping(keys: ["schemaVersion", "rules"])
        var rules: [ProtocolRule] = []
        var ids: Set<String> = []
        for node in try root.required("rules").list() {
            try node.expectMapping(keys: ["id", "kind", "severity", "when", "if", "require", "timing", "scope", "imaging",
                                          "what", "of", "maxPercent", "before", "after", "minWeeks", "message",
                                          "only", "never", "minAge"])
            let idNode = try node.required("id")
            let id = try idNode.nonEmptyText()
            guard ids.insert(id).inserted else { throw idNode.error("duplicate rule id \(id)") }
            let kindNode = try node.required("kind")
            let kind: RuleKind
            switch try kindNode.text() {
            case "requires":
                kind = .requires(
                    when: try selector(node.required("when")),
                    condition: try node.optional("if")?.choice(ToothCondition.self, what: "tooth condition"),
                    require: try selector(node.required("require")),
                    timing: try node.required("timing").choice(RuleTiming.self, what: "timing"),
                    scope: try node.optional("scope")?.choice(RuleScope.self, what: "scope") ?? .tooth,
                    imaging: try imagingKinds(node.optional("imaging")))
            case "forbids":
                let maxNode = try node.optional("maxPercent")
                var max = Percentage.zero
                if let maxNode {
                    let text = try maxNode.text()
                    guard let value = Percentage(text) else { throw maxNode.error("\"\(text)\" is not a percentage 0–100") }
                    max = value
                }
                kind = .forbids(what: try selector(node.required("what")),
                                of: try node.optional("of").map(selector)
                                    ?? ServiceSelector(materials: Set(ServiceMaterial.allCases)),
                                maxPercent: max)
            case "order":
                kind = .order(before: try selector(node.required("before")), after: try selector(node.required("after")),
                              scope: try node.optional("scope")?.choice(RuleScope.self, what: "scope") ?? .mouth,
                              minWeeks: try node.optional("minWeeks")?.integer(in: 0...520) ?? 0)
            case "insurance":
                kind = .insurance
            case "tooth-state":
                let only = try facts(node.optional("only")), never = try facts(node.optional("never"))
                guard !only.isEmpty || !never.isEmpty else { throw node.error("a tooth-state rule needs only or never") }
                kind = .toothState(when: try selector(node.required("when")), only: only, never: never)
            case "age":
                kind = .minimumAge(when: try selector(node.required("when")),
                                   years: try node.required("minAge").integer(in: 1...120))
            case "pontic-abutments":
                kind = .ponticAbutments
            case "bridge-over-extraction":
                kind = .bridgeOverExtraction
            case "surfaces":
                kind = .surfaces
            case "chair-time":
                kind = .chairTime
            case "problem":
                kind = .problem
            default:
                throw kindNode.error("unknown rule kind \"\(try kindNode.text())\" (expected one of: "
                                     + Self.kinds.joined(separator: ", ") + ")")
            }
            var messages: [CaseLocale: String] = [:]
            if let messageNode = try node.optional("message") {
                for (key, value) in try messageNode.entries() {
                    guard let locale = CaseLocale(rawValue: key) else {
                        throw value.error("unknown locale \"\(key)\" (expected ru, en, fr or sv)")
                    }
                    messages[locale] = try value.nonEmptyText()
                }
            }
            rules.append(ProtocolRule(
                id: id,
                severity: try node.optional("severity")?.choice(Severity.self, what: "severity") ?? .error,
                kind: kind, messages: messages))
        }
        return ProtocolRules(rules: rules)
    }

    /// Every rule kind a protocol file may name.
    static let kinds = ["requires", "forbids", "order", "insurance", "tooth-state", "age", "pontic-abutments",
                        "bridge-over-extraction", "surfaces", "chair-time", "problem"]

    /// The tooth facts of a `tooth-state` rule's `only:` or `never:` (one or a list), empty when absent.
    private static func facts(_ node: NodeCursor?) throws(InputError) -> Set<ToothFact> {
        var facts: Set<ToothFact> = []
        for element in node?.oneOrMany() ?? [] { facts.insert(try element.choice(ToothFact.self, what: "tooth fact")) }
        return facts
    }

    /// The radiograph kinds of a `requires` rule's `imaging:` (one or a list), empty when absent.
    private static func imagingKinds(_ node: NodeCursor?) throws(InputError) -> Set<XRayKind> {
        var kinds: Set<XRayKind> = []
        for element in node?.oneOrMany() ?? [] { kinds.insert(try element.choice(XRayKind.self, what: "x-ray kind")) }
        return kinds
    }

    /// A `{codes, categories, effects, materials}` selector (also read by the strategies file).
    static func selector(_ node: NodeCursor) throws(InputError) -> ServiceSelector {
        try node.expectMapping(keys: ["codes", "categories", "effects", "materials"])
        func texts(_ key: String) throws(InputError) -> Set<String>? {
            guard let list = try node.optional(key) else { return nil }
            var result: Set<String> = []
            for element in list.oneOrMany() { result.insert(try element.nonEmptyText()) }
            return result
        }
        var effects: Set<TreatmentAction>?
        if let list = try node.optional("effects") {
            var set: Set<TreatmentAction> = []
            for element in list.oneOrMany() { set.insert(try element.choice(TreatmentAction.self, what: "effect")) }
            effects = set
        }
        var materials: Set<ServiceMaterial>?
        if let list = try node.optional("materials") {
            var set: Set<ServiceMaterial> = []
            for element in list.oneOrMany() { set.insert(try element.choice(ServiceMaterial.self, what: "material")) }
            materials = set
        }
        let selector = ServiceSelector(codes: try texts("codes"), categories: try texts("categories"),
                                       effects: effects, materials: materials)
        guard selector.codes != nil || selector.categories != nil || effects != nil || materials != nil else {
            throw node.error("a selector needs codes, categories, effects or materials")
        }
        return selector
    }
}
