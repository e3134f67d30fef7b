import DentalModel
import Testing
import Yams

/// `NodeCursor` finds a key's value as Yams' `mapping[key]` does — the last pair whose key has the same
/// text and the same resolved tag — while comparing the keys' text first, for speed.
@Suite struct NodeCursorLookupTests {
    static let document = """
        name: first
        "5": quoted five
        5: plain five
        true: yes-key
        [a, b]: a sequence as key
        empty: ~
        """

    @Test(arguments: ["name", "5", "true", "empty", "absent", "[a, b]", "a"])
    func aKeyIsFoundAsYamsFindsIt(key: String) throws {
        let root = try #require(try Yams.compose(yaml: Self.document))
        let mapping = try #require(root.mapping)
        let cursor = NodeCursor(node: root, file: "test.yaml", path: "")
        let expected = mapping[key].flatMap { NodeCursor(node: $0, file: "test.yaml", path: key).isNull ? nil : $0 }
        #expect(try cursor.optional(key)?.node == expected)
    }

    /// Yams' parser refuses a repeated key, but a tree built otherwise (JSON) may hold one.
    @Test func theLastOfTwoEqualKeysWins() throws {
        let root = Node([(Node("name"), Node("first")), (Node("name"), Node("last"))])
        #expect(root.mapping?["name"]?.string == "last")
        #expect(try NodeCursor(node: root, file: "test.json", path: "").optional("name")?.node.string == "last")
    }
}
