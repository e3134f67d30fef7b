import Yams
import Foundation

/// Reads `variants:` — variants, their visits and items.
struct PlanReader {
    let teeth: ToothReader
    let currency: Currency

    func variants(_ cursor: NodeCursor) throws(InputError) -> [PlanVariant] {
        let list = try cursor.list()
        guard (1...DentalCase.maxVariants).contains(list.count) else {
            throw cursor.error("a case has 1 to \(DentalCase.maxVariants) variants, found \(list.count)")
        }
        var result: [PlanVariant] = []
        for element in list { result.append(try variant(element)) }
        return result
    }

    private func variant(_ cursor: NodeCursor) throws(InputError) -> PlanVariant {
        try cursor.expectMapping(keys: ["name", "goal", "warranty", "insurance", "visits"])
        let visitsNode = try cursor.required("visits")
        let visitList = try visitsNode.list()
        guard !visitList.isEmpty else { throw visitsNode.error("a variant needs at least one visit") }
        var visits: [Visit] = []
        for element in visitList { visits.append(try visit(element)) }
        return PlanVariant(
            name: try cursor.required("name").nonEmptyProse(),
            goal: try cursor.required("goal").nonEmptyProse(),
            warranty: try cursor.optional("warranty")?.text(),
            insurance: try cursor.optional("insurance")?.nonEmptyText(),
            visits: visits
        )
    }

    private func visit(_ cursor: NodeCursor) throws(InputError) -> Visit {
        try cursor.expectMapping(keys: ["title", "specialists", "specialistOrder", "duration",
                                        "interval", "intervalReason", "items"])
        var specialists: [Specialist] = []
        if let list = try cursor.optional("specialists") {
            for element in try list.list() {
                try element.expectMapping(keys: ["role", "name"])
                specialists.append(Specialist(role: try element.required("role").nonEmptyText(),
                                              name: try element.optional("name")?.text()))
            }
        }
        var interval: VisitInterval?
        if let node = try cursor.optional("interval") {
            guard let parsed = VisitInterval.parse(try node.text()) else {
                throw node.error("interval must read like \"3 months\", \"2 weeks\" or \"10 days\"")
            }
            interval = VisitInterval(count: parsed.count, unit: parsed.unit,
                                     reason: try cursor.optional("intervalReason")?.text())
        }
        var items: [PlanItem] = []
        for element in try cursor.required("items").list() {
            let item = try item(element)
            if let who = item.specialist, !specialists.contains(where: { $0.name == who || $0.role == who }) {
                throw try element.required("specialist").error("\"\(who)\" is not one of the visit's specialists "
                                                               + "(give the role or the name of one of them)")
            }
            items.append(item)
        }
        return Visit(
            title: try cursor.required("title").nonEmptyProse(),
            specialists: specialists,
            specialistOrder: try cursor.optional("specialistOrder")?.choice(SpecialistOrder.self,
                                                                            what: "specialist order") ?? .together,
            durationMinutes: try Self.minutes(cursor.required("duration")),
            interval: interval,
            items: items
        )
    }

    private func item(_ cursor: NodeCursor) throws(InputError) -> PlanItem {
        try cursor.expectMapping(keys: ["teeth", "problem", "solution", "code", "quantity", "surfaces",
                                        "material", "priceOverride", "declined", "specialist"])
        var quantity: Int?
        if let node = try cursor.optional("quantity") {
            let value = try node.integer(in: Int.min...Int.max)
            guard value >= 1 else { throw node.error("quantity must be a whole number of at least 1, found \(value)") }
            guard value <= 100_000 else { throw node.error("quantity \(value) is more than 100000") }
            quantity = value
        }
        var override: PriceOverride?
        if let node = try cursor.optional("priceOverride") {
            try node.expectMapping(keys: ["price", "reason"])
            let priceNode = try node.required("price")
            let text = try priceNode.text()
            guard let price = Money(text, currency: currency), price.minorUnits >= 0 else {
                throw priceNode.error("price \"\(text)\" is not an amount in \(currency.code) "
                                      + "(a decimal string with at most \(currency.minorUnitDigits) decimals)")
            }
            let reason = try node.optional("reason")
            guard let reason, let text = try? reason.nonEmptyText() else {
                throw node.error("a price override needs its reason")
            }
            override = PriceOverride(unitPrice: price, reason: text)
        }
        var justification: String?
        if let node = try cursor.optional("declined") {
            try node.expectMapping(keys: ["justification"])
            justification = try node.required("justification").nonEmptyProse()
        }
        let selection = try teeth.selection(cursor.required("teeth"))
        let surfaces = try cursor.optional("surfaces").map { (node: NodeCursor) throws(InputError) in
            try FormulaReader.surfaces(node, on: selection.namedTeeth)
        } ?? []
        return PlanItem(
            teeth: selection,
            problem: try cursor.optional("problem")?.prose(),
            solution: try cursor.optional("solution")?.prose(),
            code: try cursor.required("code").nonEmptyText().trimmingCharacters(in: .whitespaces),
            quantity: quantity,
            surfaces: surfaces,
            material: try cursor.optional("material")?.material(),
            priceOverride: override,
            declinedJustification: justification,
            specialist: try cursor.optional("specialist")?.nonEmptyText(),
            source: cursor.node.mark.map { SourcePosition(line: $0.line, column: $0.column) }
        )
    }

    /// Minutes from `90`, `"90 min"`, `"1h 30min"`, `"2 h"`.
    static func minutes(_ cursor: NodeCursor) throws(InputError) -> Int {
        guard cursor.isScalar else {
            throw cursor.error("wrong type: expected minutes (90) or text like \"1h 30min\", found a list or mapping")
        }
        let text = try cursor.text().lowercased().replacingOccurrences(of: " ", with: "")
        let failure = cursor.error("duration must be minutes (90) or read like \"1h 30min\", found \"\(text)\"")
        if text.count <= 6, let plain = Int(text) {
            guard (1...1440).contains(plain) else { throw failure }
            return plain
        }
        var total = 0, number = "", unit = ""
        func flush() -> Bool {
            guard number.count <= 4, let value = Int(number) else { return false }
            switch unit {
            case "h": total += value * 60
            case "min", "m": total += value
            default: return false
            }
            number = ""; unit = ""
            return true
        }
        for character in text {
            if character.isNumber {
                if !unit.isEmpty { guard flush() else { throw failure } }
                number.append(character)
            } else {
                unit.append(character)
            }
        }
        guard flush(), (1...1440).contains(total) else { throw failure }
        return total
    }
}
