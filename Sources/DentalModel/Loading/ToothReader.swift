import Yams
import Foundation

/// Reads teeth and tooth selections written in a case's notation, normalising them to FDI.
struct ToothReader {
    let notation: ToothNotation

    /// The message every unknown tooth error ends with.
    var help: String {
        switch notation {
        case .fdi: return "(FDI: permanent 11–48, primary 51–85)"
        case .universal: return "(Universal: permanent 1–32, primary A–T)"
        case .palmer: return "(Palmer: UR/UL/LL/LR then 1–8 or A–E, e.g. UR6)"
        }
    }

    func tooth(_ cursor: NodeCursor) throws(InputError) -> ToothNumber {
        try tooth(text: cursor.text(), at: cursor)
    }

    func tooth(text: String, at cursor: NodeCursor) throws(InputError) -> ToothNumber {
        guard let tooth = notation.tooth(text) else {
            throw cursor.error("unknown tooth \(text.trimmingCharacters(in: .whitespaces)) \(help)")
        }
        return tooth
    }

    /// A list of teeth (or one tooth), each possibly a range, flattened in the order written.
    func teeth(_ cursor: NodeCursor) throws(InputError) -> [ToothNumber] {
        var result: [ToothNumber] = []
        for element in cursor.oneOrMany() {
            let text = try element.text()
            if let (from, to) = try range(text, at: element) {
                let row = from.chartRow
                guard let start = row.firstIndex(of: from), let end = row.firstIndex(of: to) else { continue }
                result += row[min(start, end)...max(start, end)]
            } else {
                result.append(try tooth(text: text, at: element))
            }
        }
        return result
    }

    /// The item's `teeth`: a tooth, a list, a range "34-37", `upper`, `lower`, or `all`.
    func selection(_ cursor: NodeCursor) throws(InputError) -> ToothSelection {
        if cursor.node.sequence != nil {
            let teeth = try teeth(cursor)
            guard !teeth.isEmpty else { throw cursor.error("the list of teeth is empty") }
            return .teeth(teeth)
        }
        let text = try cursor.nonEmptyText().trimmingCharacters(in: .whitespaces)
        switch text.lowercased() {
        case "upper", "maxilla": return .jaw(.upper)
        case "lower", "mandible": return .jaw(.lower)
        case "all", "whole-mouth", "mouth": return .wholeMouth
        default: break
        }
        if let (from, to) = try range(text, at: cursor) { return .range(from, to) }
        return .teeth([try tooth(text: text, at: cursor)])
    }

    private func range(_ text: String, at cursor: NodeCursor) throws(InputError) -> (ToothNumber, ToothNumber)? {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "–" }).map(String.init)
        guard parts.count == 2 else { return nil }
        let from = try tooth(text: parts[0], at: cursor), to = try tooth(text: parts[1], at: cursor)
        guard from.chartRow == to.chartRow else {
            throw cursor.error("range \(text) must stay in one jaw and one dentition")
        }
        return (from, to)
    }
}
