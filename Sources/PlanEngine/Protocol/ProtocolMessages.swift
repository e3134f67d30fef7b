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
            .ru: "Доля металлических конструкций {percent} превышает допустимые {max} (правило {rule})",
            .en: "Metal structures make up {percent}, above the allowed {max} (rule {rule})",
            .fr: "Les structures métalliques font {percent}, au-delà des {max} permis (règle {rule})",
            .sv: "Metallkonstruktioner utgör {percent}, över tillåtna {max} (regel {rule})",
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
        "tooth-state": [
            .ru: "Посещение {visit}, зуб {tooth}: «{service}» не подходит для зуба в его состоянии на этом этапе (правило {rule})",
            .en: "Visit {visit}, tooth {tooth}: \"{service}\" does not suit the tooth as it stands at this point (rule {rule})",
            .fr: "Séance {visit}, dent {tooth} : « {service} » ne convient pas à la dent dans son état à ce stade (règle {rule})",
            .sv: "Besök {visit}, tand {tooth}: ”{service}” passar inte tanden i dess skick vid det här laget (regel {rule})",
        ],
        "age": [
            .ru: "Посещение {visit}, зуб {tooth}: «{service}» — только с {minAge} лет, пациенту {age} (правило {rule})",
            .en: "Visit {visit}, tooth {tooth}: \"{service}\" is for patients aged {minAge} or over; the patient is {age} (rule {rule})",
            .fr: "Séance {visit}, dent {tooth} : « {service} » à partir de {minAge} ans ; le patient a {age} ans (règle {rule})",
            .sv: "Besök {visit}, tand {tooth}: ”{service}” från {minAge} års ålder; patienten är {age} år (regel {rule})",
        ],
        "pontic-abutments": [
            .ru: "Посещение {visit}, зуб {tooth}: у промежуточной части моста нет опоры с одной из сторон (правило {rule})",
            .en: "Visit {visit}, tooth {tooth}: the bridge pontic lacks a retainer on one side (rule {rule})",
            .fr: "Séance {visit}, dent {tooth} : l'intermédiaire de bridge n'a pas de pilier d'un côté (règle {rule})",
            .sv: "Besök {visit}, tand {tooth}: brons mellanled saknar stödtand på ena sidan (regel {rule})",
        ],
        "bridge-over-extraction": [
            .ru: "Посещение {visit}, зуб {tooth}: мост {span} в том же посещении, что и удаление зуба в его пролёте (правило {rule})",
            .en: "Visit {visit}, tooth {tooth}: bridge {span} in the same visit as an extraction in its span (rule {rule})",
            .fr: "Séance {visit}, dent {tooth} : bridge {span} dans la séance de l'extraction d'une dent de sa portée (règle {rule})",
            .sv: "Besök {visit}, tand {tooth}: bro {span} vid samma besök som en extraktion i dess spann (regel {rule})",
        ],
        "surfaces": [
            .ru: "Посещение {visit}, зуб {tooth}: код {code} — на {expected} поверхн., а пломба на {count} ({surfaces}) (правило {rule})",
            .en: "Visit {visit}, tooth {tooth}: {code} is billed for {expected} surfaces, the filling covers {count} ({surfaces}) (rule {rule})",
            .fr: "Séance {visit}, dent {tooth} : {code} vaut pour {expected} faces, la restauration en couvre {count} ({surfaces}) (règle {rule})",
            .sv: "Besök {visit}, tand {tooth}: {code} gäller {expected} ytor, fyllningen täcker {count} ({surfaces}) (regel {rule})",
        ],
        "chair-time": [
            .ru: "Посещение {visit}: запланировано {duration} мин, а услуги требуют не меньше {minutes} мин (правило {rule})",
            .en: "Visit {visit}: {duration} min planned, its services need at least {minutes} min (rule {rule})",
            .fr: "Séance {visit} : {duration} min prévues, ses actes demandent au moins {minutes} min (règle {rule})",
            .sv: "Besök {visit}: {duration} min planerade, åtgärderna kräver minst {minutes} min (regel {rule})",
        ],
        "problem": [
            .ru: "Посещение {visit}: у услуги {code} «{service}» не указана проблема, которую она решает (правило {rule})",
            .en: "Visit {visit}: {code} \"{service}\" names no problem it treats (rule {rule})",
            .fr: "Séance {visit} : {code} « {service} » ne dit pas quel problème il traite (règle {rule})",
            .sv: "Besök {visit}: {code} ”{service}” anger inget problem som den behandlar (regel {rule})",
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
