import DentalModel
import Foundation
import Graphics
import Layout
import PlanEngine

/// Jargon explained in plain words where the patient reads it: each term the strings files explain
/// (`glossary.*`) is listed under a variant when one of the words that name it (`glossary.*Words`, a
/// comma-separated list of word beginnings, any case) appears in that variant's goal, visit titles, waits,
/// service names, problems or solutions.
struct Glossary {
    let context: BookletContext

    /// Each explained term with the key of the words that name it.
    private static let terms: [(explanation: StringKey, words: StringKey)] = [
        (.glossaryCurettage, .glossaryCurettageWords),
        (.glossaryOsseointegration, .glossaryOsseointegrationWords),
        (.glossaryCBCT, .glossaryCBCTWords),
        (.glossaryRetreatment, .glossaryRetreatmentWords),
    ]

    /// The explanations variant `index` needs, in the strings files' order.
    func explanations(variant index: Int) -> [StringKey] {
        let text = Self.searchable(variantText(index))
        return Self.terms.filter { term in
            context.plain(term.words).split(separator: ",").contains { word in
                let word = Self.searchable(word.trimmingCharacters(in: .whitespaces))
                return !word.isEmpty && Self.contains(text, word)
            }
        }.map(\.explanation)
    }

    /// `text` in lower case and composed (NFC), as UTF-8: two such texts contain each other as bytes where
    /// they do as words, so the search is a byte search. Foundation's `contains` folded every character
    /// cluster at each position, and a generic search over the bytes was no better: a sixth of composing a
    /// booklet, for a dozen terms.
    private static func searchable(_ text: some StringProtocol) -> [UInt8] {
        Array(text.lowercased().precomposedStringWithCanonicalMapping.utf8)
    }

    /// Whether `text` holds `word`: each place of its first byte (`memchr`) compared whole (`memcmp`).
    private static func contains(_ text: [UInt8], _ word: [UInt8]) -> Bool {
        guard let first = word.first, word.count <= text.count else { return word.isEmpty }
        return text.withUnsafeBufferPointer { text in
            word.withUnsafeBufferPointer { word in
                let start = text.baseAddress!, lastStart = start + (text.count - word.count)
                var place = start
                while place <= lastStart,
                      let found = memchr(place, Int32(first), lastStart - place + 1)?.assumingMemoryBound(to: UInt8.self) {
                    if memcmp(found, word.baseAddress!, word.count) == 0 { return true }
                    place = UnsafePointer(found) + 1
                }
                return false
            }
        }
    }

    /// The explanations under their heading, kept together; nil when the variant uses no such term.
    func block(variant index: Int) -> Block? {
        let explanations = explanations(variant: index)
        guard !explanations.isEmpty else { return nil }
        let type = context.typography
        return .keepTogether([context.heading(.glossaryTitle)]
                             + explanations.map { context.line($0, context.styles.body) }, spacing: type.lines(0.5))
    }

    /// Everything the variant's pages say about it, in one string to search.
    private func variantText(_ index: Int) -> String {
        let variant = context.dentalCase.variants[index], quote = context.input.quote.variants[index]
        var parts = [variant.goal, variant.warranty ?? ""]
        for visit in variant.visits { parts += [visit.title, visit.interval?.reason ?? ""] }
        for item in quote.visits.flatMap(\.items) {
            parts += [item.serviceName, item.item.problem ?? "", item.item.solution ?? ""]
        }
        return parts.joined(separator: "\n")
    }
}
