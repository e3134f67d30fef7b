import Foundation
import DentalModel

/// Fallback messages per rule kind and locale, used when a rule in the protocol file has no
/// `message` of its own for the case locale. Placeholders as in `ProtocolRule.messages`.
enum ProtocolMessages {
    static let fallback: [String: [CaseLocale: String]] = [
        "requires": [
            .ru: "Посещение {visit}, зуб {tooth}: для «{service}» не хватает обязательной услуги (правило {rule})",
            .en: "Visit {visit}, tooth {tooth}: \"{service}\" lacks a required item (rule {rule})",
            .fr: "Séance {visit}, dent {tooth} : « {service} » exige un acte manquant (règle {rule})",
            .sv: "Besök {visit}, tand {tooth}: ”{service}” saknar en obligatorisk åtgärd (regel {rule})",
        ],
        "forbids": [
            .ru: "Доля металлических конструкций {percent}% превышает допустимые {max}% (правило {rule})",
            .en: "Metal structures make up {percent}%, above the allowed {max}% (rule {rule})",
            .fr: "Les structures métalliques font {percent} %, au-delà des {max} % permis (règle {rule})",
            .sv: "Metallkonstruktioner utgör {percent} %, över tillåtna {max} % (regel {rule})",
        ],
        "order": [
            .ru: "Посещение {visit}, зуб {tooth}: «{service}» стоит раньше, чем допускает протокол (правило {rule})",
            .en: "Visit {visit}, tooth {tooth}: \"{service}\" comes earlier than the protocol allows (rule {rule})",
            .fr: "Séance {visit}, dent {tooth} : « {service} » vient plus tôt que le protocole ne le permet (règle {rule})",
            .sv: "Besök {visit}, tand {tooth}: ”{service}” kommer tidigare än protokollet tillåter (regel {rule})",
        ],
        "insurance": [
            .ru: "Посещение {visit}: услуга {code} не входит в программу «{programme}» — за счёт пациента",
            .en: "Visit {visit}: {code} is not covered by \"{programme}\" — own expense",
            .fr: "Séance {visit} : {code} n'est pas couvert par « {programme} » — à la charge du patient",
            .sv: "Besök {visit}: {code} ingår inte i ”{programme}” — egen bekostnad",
        ],
    ]

    /// The title of a visit `--fix` adds in front of a variant.
    static let diagnosticsTitle: [CaseLocale: String] = [
        .ru: "Диагностика", .en: "Diagnostics", .fr: "Diagnostic", .sv: "Diagnostik",
    ]

    /// The rule's message (or the fallback) in `locale` with placeholders filled.
    static func text(_ rule: ProtocolRule, kind: String, locale: CaseLocale, values: [String: String]) -> String {
        var text = rule.messages[locale] ?? fallback[kind]?[locale] ?? rule.messages[.en] ?? rule.id
        for (key, value) in values.merging(["rule": rule.id], uniquingKeysWith: { first, _ in first }) {
            text = text.replacingOccurrences(of: "{\(key)}", with: value)
        }
        return text
    }
}
