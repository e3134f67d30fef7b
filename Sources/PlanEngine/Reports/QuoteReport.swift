import DentalModel
import Foundation

/// Renders a `Quote` as the `planpress quote` formats: an aligned text table, JSON and CSV.
/// Amounts are plain decimal strings ("12500.00") in JSON and CSV, so nothing goes through `Double`.
public enum QuoteReport {
    /// JSON: `{"currency","variants":[{"name","total","insurerShare","patientShare","visits":[{"subtotal","items":[{"amount",…}]}]}]}`,
    /// keys sorted, pretty-printed, byte-deterministic. In an insured variant every level also has
    /// `programmeAmount` and `ownExpenseAmount`, and a covered item its `tariff` and `coveredUnits`.
    public static func json(_ quote: Quote, locale: CaseLocale) -> String {
        let report = QuoteJSON(currency: quote.currency.code, variants: quote.variants.map { variant in
            QuoteJSON.Variant(
                name: variant.name, insurance: variant.insurance?.id, total: variant.total.decimalString,
                insurerShare: variant.insurerShare.decimalString, patientShare: variant.patientShare.decimalString,
                programmeAmount: variant.insurance == nil ? nil : variant.programmeAmount.decimalString,
                ownExpenseAmount: variant.insurance == nil ? nil : variant.ownExpenseAmount.decimalString,
                durationMinutes: variant.durationMinutes,
                visits: variant.visits.map { visit in
                    QuoteJSON.Visit(
                        number: visit.number, title: visit.title, durationMinutes: visit.durationMinutes,
                        interval: visit.interval.map { "\($0.count) \($0.unit.rawValue)" },
                        subtotal: visit.subtotal.decimalString, insurerShare: visit.insurerShare.decimalString,
                        patientShare: visit.patientShare.decimalString,
                        programmeAmount: variant.insurance == nil ? nil : visit.programmeAmount.decimalString,
                        ownExpenseAmount: variant.insurance == nil ? nil : visit.ownExpenseAmount.decimalString,
                        items: visit.items.map { item in
                            QuoteJSON.Item(
                                code: item.code, service: item.serviceName, teeth: item.teeth.map(\.fdi),
                                quantity: item.quantity, unit: item.unit.rawValue,
                                unitPrice: item.unitPrice.decimalString, amount: item.amount.decimalString,
                                insurerShare: item.insurerShare.decimalString,
                                patientShare: item.patientShare.decimalString, ownExpense: item.ownExpense,
                                coveredUnits: item.tariff == nil ? nil : item.coveredUnits,
                                tariff: item.tariff?.decimalString,
                                ownExpenseAmount: variant.insurance == nil ? nil : item.ownExpenseAmount.decimalString,
                                declined: item.isDeclined, overrideReason: item.item.priceOverride?.reason,
                                addedByProtocol: item.item.addedByProtocol ? true : nil)
                        })
                })
        })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(report), let text = String(data: data, encoding: .utf8) else { return "{}" }
        return text + "\n"
    }

    /// CSV, one row per item plus a `subtotal` row per visit and a `total` row per variant;
    /// `own_expense_amount` is the part outside an insured variant's programme (empty without insurance).
    public static func csv(_ quote: Quote) -> String {
        var lines = ["variant,visit,row,code,service,teeth,quantity,unit_price,amount,insurer_share,patient_share,own_expense,declined,own_expense_amount"]
        for variant in quote.variants {
            for visit in variant.visits {
                for item in visit.items {
                    lines.append([variant.name, String(visit.number), "item", item.code, item.serviceName,
                                  item.teeth.map(\.description).joined(separator: " "), String(item.quantity),
                                  item.unitPrice.decimalString, item.amount.decimalString,
                                  item.insurerShare.decimalString, item.patientShare.decimalString,
                                  String(item.ownExpense), String(item.isDeclined),
                                  outside(variant, item.ownExpenseAmount)].map(field).joined(separator: ","))
                }
                lines.append([variant.name, String(visit.number), "subtotal", "", visit.title, "", "", "",
                              visit.subtotal.decimalString, visit.insurerShare.decimalString,
                              visit.patientShare.decimalString, "", "",
                              outside(variant, visit.ownExpenseAmount)].map(field).joined(separator: ","))
            }
            lines.append([variant.name, "", "total", "", "", "", "", "", variant.total.decimalString,
                          variant.insurerShare.decimalString, variant.patientShare.decimalString, "", "",
                          outside(variant, variant.ownExpenseAmount)]
                .map(field).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A text table per variant: visits with their items, subtotals, durations, shares and the total.
    public static func table(_ quote: Quote, locale: CaseLocale) -> String {
        var out = ""
        for (index, variant) in quote.variants.enumerated() {
            out += "Variant \(index + 1): \(variant.name)"
            if let programme = variant.insurance { out += " — insured: \(programme.name(locale))" }
            out += "\n"
            for visit in variant.visits {
                var heading = "  Visit \(visit.number): \(visit.title) (\(visit.durationMinutes) min"
                if let interval = visit.interval { heading += ", after \(interval.count) \(interval.count == 1 ? String(interval.unit.rawValue.dropLast()) : interval.unit.rawValue)" }
                out += heading + ")\n"
                for item in visit.items {
                    var flags: [String] = []
                    if item.ownExpense { flags.append("own expense") }
                    if item.unitsBeyondLimit > 0 { flags.append("\(item.unitsBeyondLimit) beyond the programme's limit") }
                    if item.isAboveTariff, let tariff = item.tariff { flags.append("above tariff \(tariff.decimalString)") }
                    if item.isDeclined { flags.append("declined") }
                    if item.item.priceOverride != nil { flags.append("override") }
                    if item.item.addedByProtocol { flags.append("added by protocol") }
                    let teeth = item.teeth.count > 8 ? "\(item.teeth.count) teeth"
                        : item.teeth.map(\.description).joined(separator: " ")
                    out += "    " + pad(item.code, 6) + pad(teeth, 14) + pad("×\(item.quantity)", 6)
                        + pad(item.unitPrice.decimalString, 12, right: true) + pad(item.amount.decimalString, 13, right: true)
                        + (flags.isEmpty ? "" : "  [" + flags.joined(separator: ", ") + "]") + "\n"
                }
                out += "    " + pad("subtotal", 38) + pad(visit.subtotal.decimalString, 13, right: true) + "\n"
            }
            out += "  Total \(variant.total.decimalString) \(quote.currency.code)"
            out += " (insurer \(variant.insurerShare.decimalString), patient \(variant.patientShare.decimalString)"
            if variant.insurance != nil { out += ", of it outside the programme \(variant.ownExpenseAmount.decimalString)" }
            out += ");"
            out += " \(variant.visits.count) visits, \(variant.durationMinutes) min in the chair\n"
            if index < quote.variants.count - 1 { out += "\n" }
        }
        return out
    }

    /// The part outside the programme in an insured variant; empty without insurance.
    private static func outside(_ variant: VariantQuote, _ amount: Money) -> String {
        variant.insurance == nil ? "" : amount.decimalString
    }

    private static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(1, width - text.count))
        return right ? padding + text : text + padding
    }

    private static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// The JSON shape of `QuoteReport.json`.
private struct QuoteJSON: Encodable {
    struct Item: Encodable {
        let code: String, service: String, teeth: [Int], quantity: Int, unit: String
        let unitPrice: String, amount: String, insurerShare: String, patientShare: String
        let ownExpense: Bool, coveredUnits: Int?, tariff: String?, ownExpenseAmount: String?
        let declined: Bool, overrideReason: String?, addedByProtocol: Bool?
    }
    struct Visit: Encodable {
        let number: Int, title: String, durationMinutes: Int, interval: String?
        let subtotal: String, insurerShare: String, patientShare: String
        let programmeAmount: String?, ownExpenseAmount: String?, items: [Item]
    }
    struct Variant: Encodable {
        let name: String, insurance: String?, total: String, insurerShare: String, patientShare: String
        let programmeAmount: String?, ownExpenseAmount: String?
        let durationMinutes: Int, visits: [Visit]
    }
    let currency: String
    let variants: [Variant]
}
