import DentalModel
import Foundation

/// Reads a strategies file (YAML or JSON); `Templates/strategies.yaml` explains the format.
public enum SuggestionRulesLoader {
    /// Loads the file at `url`.
    public static func load(_ url: URL) throws(InputError) -> SuggestionRules {
        try read(YAMLSource.load(url))
    }

    /// Reads a parsed strategies document.
    public static func read(_ root: NodeCursor) throws(InputError) -> SuggestionRules {
        try root.expectMapping(keys: ["schemaVersion", "roles", "child", "visits", "maxVisitMinutes", "roundMinutes",
                                      "pocketDepth", "problems", "plans", "strategies"])
        var roles: [String: [CaseLocale: String]] = [:]
        for (key, value) in try root.required("roles").entries() { roles[key] = try texts(value) }
        let childNode = try root.required("child")
        try childNode.expectMapping(keys: ["underAge", "avoid"])
        let child = ChildPolicy(underAge: try childNode.required("underAge").integer(in: 0...30),
                                avoid: try ProtocolRulesLoader.selector(childNode.required("avoid")))
        var visits: [VisitGroup] = []
        for node in try root.required("visits").list() { visits.append(try visitGroup(node)) }
        var problems: [NeedKind: [CaseLocale: String]] = [:]
        for (key, value) in try root.required("problems").entries() {
            problems[try need(key, value)] = try texts(value)
        }
        for kind in NeedKind.allCases where problems[kind] == nil {
            throw try root.required("problems").error("no problem text for \(kind.rawValue)")
        }
        var plans: [String: TreatmentPlan] = [:]
        for (name, value) in try root.required("plans").entries() {
            plans[name] = try plan(name, value, groups: Set(visits.map(\.id)))
        }
        var strategies: [Strategy] = []
        for node in try root.required("strategies").list() {
            let strategy = try strategy(node, plans: plans)
            guard !strategies.contains(where: { $0.id == strategy.id }) else {
                throw try node.required("id").error("duplicate strategy id \(strategy.id)")
            }
            strategies.append(strategy)
        }
        guard (1...DentalCase.maxVariants).contains(strategies.count) else {
            throw try root.required("strategies").error("a file has 1 to \(DentalCase.maxVariants) strategies")
        }
        return SuggestionRules(
            roles: roles, child: child, visits: visits,
            maxVisitMinutes: try root.optional("maxVisitMinutes")?.integer(in: 30...1440) ?? 180,
            roundMinutes: try root.optional("roundMinutes")?.integer(in: 1...60) ?? 15,
            pocketDepth: try root.optional("pocketDepth")?.integer(in: 1...20) ?? 4,
            problems: problems, plans: plans, strategies: strategies)
    }

    private static func visitGroup(_ node: NodeCursor) throws(InputError) -> VisitGroup {
        try node.expectMapping(keys: ["id", "title", "interval", "waits"])
        var waits: [HealingWait] = []
        for wait in try node.optional("waits")?.list() ?? [] {
            try wait.expectMapping(keys: ["after", "interval", "reason"])
            waits.append(HealingWait(after: try wait.required("after").choice(TreatmentAction.self, what: "effect"),
                                     interval: try interval(wait.required("interval")),
                                     reasons: try texts(wait.required("reason"))))
        }
        return VisitGroup(id: try node.required("id").nonEmptyText(), titles: try texts(node.required("title")),
                          interval: try node.optional("interval").map(interval), waits: waits)
    }

    private static func plan(_ name: String, _ node: NodeCursor, groups: Set<String>) throws(InputError) -> TreatmentPlan {
        try node.expectMapping(keys: ["maxTeeth", "steps"])
        var steps: [TreatmentStep] = []
        for element in try node.required("steps").list() {
            try element.expectMapping(keys: ["service", "visit", "on", "if", "optional", "prefer", "unlessImaged", "solution"])
            var selectors: [ServiceSelector] = []
            for selector in try element.required("service").oneOrMany() {
                selectors.append(try ProtocolRulesLoader.selector(selector))
            }
            let visitNode = try element.required("visit")
            let visit = try visitNode.nonEmptyText()
            guard groups.contains(visit) else {
                throw visitNode.error("unknown visit \"\(visit)\" (expected one of: \(groups.sorted().joined(separator: ", ")))")
            }
            steps.append(TreatmentStep(
                services: selectors, visit: visit,
                target: try element.optional("on")?.choice(StepTarget.self, what: "target") ?? .teeth,
                condition: try element.optional("if")?.choice(StepCondition.self, what: "condition"),
                optional: try element.optional("optional")?.bool() ?? false,
                prefer: try element.optional("prefer")?.choice(PricePreference.self, what: "preference"),
                unlessImaged: try element.optional("unlessImaged")?.choice(XRayKind.self, what: "x-ray kind"),
                solutions: try element.optional("solution").map(texts) ?? [:]))
        }
        return TreatmentPlan(name: name, maxTeeth: try node.optional("maxTeeth")?.integer(in: 1...16), steps: steps)
    }

    private static func strategy(_ node: NodeCursor, plans: [String: TreatmentPlan]) throws(InputError) -> Strategy {
        try node.expectMapping(keys: ["id", "name", "goal", "warranty", "materials", "prefer", "treat"])
        var materials: Set<ServiceMaterial> = []
        for element in try node.required("materials").oneOrMany() {
            materials.insert(try element.choice(ServiceMaterial.self, what: "material"))
        }
        var treat: [NeedKind: [String]] = [:]
        for (key, value) in try node.required("treat").entries() {
            var names: [String] = []
            for element in value.oneOrMany() {
                let name = try element.nonEmptyText()
                guard plans[name] != nil else { throw element.error("unknown plan \"\(name)\"") }
                names.append(name)
            }
            treat[try need(key, value)] = names
        }
        return Strategy(id: try node.required("id").nonEmptyText(), names: try texts(node.required("name")),
                        goals: try texts(node.required("goal")),
                        warranties: try node.optional("warranty").map(texts) ?? [:],
                        materials: materials,
                        prefer: try node.required("prefer").choice(PricePreference.self, what: "preference"),
                        treat: treat)
    }

    private static func need(_ key: String, _ node: NodeCursor) throws(InputError) -> NeedKind {
        guard let kind = NeedKind(rawValue: key) else {
            throw node.error("unknown finding \"\(key)\" (expected one of: "
                             + NeedKind.allCases.map(\.rawValue).joined(separator: ", ") + ")")
        }
        return kind
    }

    private static func interval(_ node: NodeCursor) throws(InputError) -> VisitInterval {
        guard let parsed = VisitInterval.parse(try node.text()) else {
            throw node.error("interval must read like \"3 months\", \"2 weeks\" or \"10 days\"")
        }
        return VisitInterval(count: parsed.count, unit: parsed.unit)
    }

    /// A text in every locale: `{ru: …, en: …, fr: …, sv: …}`.
    private static func texts(_ node: NodeCursor) throws(InputError) -> [CaseLocale: String] {
        var result: [CaseLocale: String] = [:]
        for (key, value) in try node.entries() {
            guard let locale = CaseLocale(rawValue: key) else {
                throw value.error("unknown locale \"\(key)\" (expected ru, en, fr or sv)")
            }
            result[locale] = try value.nonEmptyText()
        }
        for locale in CaseLocale.allCases where result[locale] == nil {
            throw node.error("missing the \(locale.rawValue) text")
        }
        return result
    }
}
