import Foundation

import Yams

/// A position in a parsed YAML/JSON document: the node, the file it came from and its path.
///
/// Every accessor reads scalars as their **source text** (never through `Double`) and throws an
/// `InputError` that carries the node's line and column and its path when the shape or the text
/// is not what the caller expects. Not `Sendable`: it lives only while a file is being read.
public struct NodeCursor {
    /// The parsed node.
    public let node: Node
    /// The file name used in errors.
    public let file: String
    /// The JSON-path-like address of this node, `""` at the root.
    public let path: String

    /// Wraps `node`; loaders get cursors from `YAMLSource` rather than building them.
    public init(node: Node, file: String, path: String) {
        self.node = node
        self.file = file
        self.path = path
    }

    /// An error located at this node.
    public func error(_ message: String) -> InputError {
        InputError(file: file, line: node.mark?.line, column: node.mark?.column, path: path, message: message)
    }

    /// True for an explicit YAML null (`~`, `null`, or nothing after the colon).
    public var isNull: Bool {
        guard let scalar = node.scalar, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// True when the node is a single value (not a mapping or a list).
    public var isScalar: Bool { node.scalar != nil }

    private var kindName: String {
        switch node {
        case .scalar: return "a single value"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    // MARK: Scalars

    /// The scalar's source text; a mapping or list here is a wrong-type error, and so is text no page can
    /// print: a control character (also written as an escape such as `\u0000`), or more than
    /// `maximumCombiningMarks` combining marks on one letter.
    public func text() throws(InputError) -> String {
        guard let scalar = node.scalar else {
            throw error("wrong type: expected a text value, found \(kindName)")
        }
        var run = 0
        for character in scalar.string.unicodeScalars {
            // Printable ASCII is none of what follows (a Unicode property lookup per character).
            if (0x20..<0x7F).contains(character.value) {
                run = 0
                continue
            }
            if RawTextCheck.isForbidden(character) {
                throw error("control character \(Self.codePoint(character)) is not allowed in text")
            }
            let category = character.properties.generalCategory
            if category == .privateUse || category == .unassigned {
                throw error("character \(Self.codePoint(character)) is \(category == .privateUse ? "for private use" : "unassigned"): no font can print it")
            }
            run = category == .nonspacingMark || category == .enclosingMark ? run + 1 : 0
            if run > Self.maximumCombiningMarks {
                throw error("more than \(Self.maximumCombiningMarks) combining marks in a row (from \(Self.codePoint(character)))")
            }
        }
        return scalar.string
    }

    /// The most combining marks one base letter may carry: enough for any script's real text (Vietnamese
    /// uses two, pointed Hebrew and Thai three or four), not for a pile that covers the page.
    public static let maximumCombiningMarks = 6

    /// `U+0000`: a code point as errors write it.
    public static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// Text printed in running prose (a name, a caption, a note): `text()`, with no word longer than
    /// `maximumWordLength` characters, which no column could hold (scripts written without spaces, such as
    /// Chinese or Thai, break between any characters and are not counted). Refused up front, naming the field.
    public func prose() throws(InputError) -> String {
        let value = try text()
        var run = 0
        for character in value.unicodeScalars {
            let breaksAnywhere = character.properties.isIdeographic || (0x0E00...0x0EFF).contains(character.value)
            run = character.properties.isWhitespace || breaksAnywhere ? 0 : run + 1
            if run > Self.maximumWordLength {
                throw error("a word longer than \(Self.maximumWordLength) characters cannot be printed: break it with spaces")
            }
        }
        return value
    }

    /// The longest word `prose()` accepts.
    public static let maximumWordLength = 80

    /// `prose()` that must not be empty after trimming spaces.
    public func nonEmptyProse() throws(InputError) -> String {
        let value = try prose()
        guard !value.isBlank else { throw error("must not be empty") }
        return value
    }

    /// The scalar's text, which must not be empty after trimming spaces.
    public func nonEmptyText() throws(InputError) -> String {
        let value = try text()
        guard !value.isBlank else { throw error("must not be empty") }
        return value
    }

    /// A whole number written in decimal digits (an optional leading `-`), within `range`.
    public func integer(in range: ClosedRange<Int>) throws(InputError) -> Int {
        guard let scalar = node.scalar else {
            throw error("wrong type: expected a whole number, found \(kindName)")
        }
        let source = scalar.string.trimmingCharacters(in: .whitespaces)
        guard scalar.style == .plain, let value = Int(source) else {
            throw error("wrong type: expected a whole number, found \"\(scalar.string)\"")
        }
        guard range.contains(value) else {
            throw error("\(value) is out of range \(range.lowerBound)…\(range.upperBound)")
        }
        return value
    }

    /// `true`/`false` (also `yes`/`no`).
    public func bool() throws(InputError) -> Bool {
        let value = try text().lowercased()
        switch value {
        case "true", "yes": return true
        case "false", "no": return false
        default: throw error("wrong type: expected true or false, found \"\(value)\"")
        }
    }

    /// The text parsed by a `RawRepresentable` enum, listing the allowed values in the error.
    public func choice<T: RawRepresentable & CaseIterable>(_ type: T.Type, what: String) throws(InputError) -> T
    where T.RawValue == String {
        let value = try text()
        if let result = T(rawValue: value) { return result }
        let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
        throw error("unknown \(what) \"\(value)\" (expected one of: \(allowed))")
    }

    // MARK: Collections

    /// The children of a list, each with its `[index]` path.
    public func list() throws(InputError) -> [NodeCursor] {
        guard let sequence = node.sequence else {
            throw error("wrong type: expected a list, found \(kindName)")
        }
        return sequence.enumerated().map { index, child in
            NodeCursor(node: child, file: file, path: "\(path)[\(index)]")
        }
    }

    /// A list, or a single value taken as a list of one.
    public func oneOrMany() -> [NodeCursor] {
        guard let sequence = node.sequence else { return [self] }
        return sequence.enumerated().map { index, child in
            NodeCursor(node: child, file: file, path: "\(path)[\(index)]")
        }
    }

    /// The pairs of a mapping in document order, each value with its `.key` path.
    public func entries() throws(InputError) -> [(key: String, value: NodeCursor)] {
        guard let mapping = node.mapping else {
            throw error("wrong type: expected a mapping, found \(kindName)")
        }
        var result: [(key: String, value: NodeCursor)] = []
        result.reserveCapacity(mapping.count)
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                throw NodeCursor(node: key, file: file, path: path).error("a mapping key must be text")
            }
            result.append((name, NodeCursor(node: value, file: file, path: childPath(name))))
        }
        return result
    }

    /// Checks this node is a mapping whose keys are all in `allowed` (catches typos early).
    public func expectMapping(keys allowed: Set<String>) throws(InputError) {
        for (key, value) in try entries() where !allowed.contains(key) {
            let known = allowed.sorted().joined(separator: ", ")
            throw InputError(file: file, line: value.node.mark?.line, column: value.node.mark?.column,
                             path: value.path, message: "unknown key \"\(key)\" (expected one of: \(known))")
        }
    }

    /// The value under `key`, or `nil` when the key is absent or its value is null.
    public func optional(_ key: String) throws(InputError) -> NodeCursor? {
        guard let mapping = node.mapping else {
            throw error("wrong type: expected a mapping, found \(kindName)")
        }
        guard let value = Self.value(for: key, in: mapping) else { return nil }
        let child = NodeCursor(node: value, file: file, path: childPath(key))
        return child.isNull ? nil : child
    }

    /// `mapping[key]` as Yams finds it (the last pair whose key equals `key` as an implicitly tagged scalar:
    /// the same text and the same resolved tag), with the keys' text compared first: Yams builds and
    /// compares whole nodes for every pair, and a case reads a few thousand keys.
    private static func value(for key: String, in mapping: Node.Mapping) -> Node? {
        var probe: Node?
        for (candidate, value) in mapping.reversed() where candidate.scalar?.string == key {
            let node = probe ?? Node(key, mapping.tag.copy(with: .implicit))
            probe = node
            if candidate == node { return value }
        }
        return nil
    }

    /// The value under `key`; an absent or null value is a "missing key" error at this mapping.
    public func required(_ key: String) throws(InputError) -> NodeCursor {
        guard let value = try optional(key) else {
            throw InputError(file: file, line: node.mark?.line, column: node.mark?.column,
                             path: childPath(key), message: "missing required key \"\(key)\"")
        }
        return value
    }

    private func childPath(_ key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }
}
