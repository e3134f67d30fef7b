import DentalModel
import Foundation
import Testing

/// Every input limit refuses a document over it with an error naming the limit, before the document is read.
@Suite struct InputLimitsTests {
    private func error(in text: String, file: String = "case.yaml") -> InputError? {
        do {
            _ = try CaseLoader().read(text: text, fileName: file, directory: URL(fileURLWithPath: "/nonexistent"))
            return nil
        } catch {
            return error
        }
    }

    /// 500 bytes of nested aliases standing for 9⁹ (387 million) values.
    static let aliasBomb = ([#"a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]"#]
                            + (1...9).map { level in
                                "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ",") + "]"
                            } + ["notes: *a9"]).joined(separator: "\n")

    @Test func aliasesAreCountedAsWhatTheyRepeat() throws {
        let failure = try #require(error(in: Self.aliasBomb))
        #expect(failure.message.contains("maximumValues"))
        #expect(failure.file == "case.yaml" && failure.line != nil)
    }

    @Test func deepNestingIsRefused() throws {
        let deep = "notes: " + String(repeating: "[", count: 40) + String(repeating: "]", count: 40)
        #expect(try #require(error(in: deep)).message.contains("maximumDepth"))
    }

    @Test func aLongTextIsRefused() throws {
        let failure = try #require(error(in: "notes: \"" + String(repeating: "x", count: 10_001) + "\""))
        #expect(failure.message.contains("maximumTextLength"))
    }

    @Test func aLongNameIsRefusedAtItsPath() throws {
        let text = CaseLoaderTests.caseText().replacingOccurrences(of: "name: P,", with: "name: \(String(repeating: "P", count: 201)),")
        let failure = try #require(error(in: text))
        #expect(failure.path == "patient.name")
        #expect(failure.message.contains("maximumShortTextLength"))
    }

    @Test func aLargeDocumentIsRefusedBeforeParsing() throws {
        let failure = try #require(error(in: "notes: x\n" + String(repeating: "#\n", count: 500_001)))
        #expect(failure.message.contains("maximumDocumentBytes"))
    }

    @Test func tooManyVisitsAreRefusedAtTheVariant() throws {
        let visit = "      - {title: T, items: [{teeth: 36, code: F01}]}\n"
        let text = CaseLoaderTests.header + "formula: {}\nvariants:\n  - name: V\n    goal: G\n    visits:\n"
            + String(repeating: visit, count: 501)
        let failure = try #require(error(in: text))
        #expect(failure.path == "variants[0].visits")
        #expect(failure.message.contains("501 visits") && failure.message.contains("maximumVisitsPerVariant"))
        let withinLimit = CaseLoaderTests.header + "formula: {}\nvariants:\n  - name: V\n    goal: G\n    visits:\n"
            + String(repeating: visit, count: 500)
        #expect(error(in: withinLimit)?.message.contains("maximum") != true)
    }

    @Test func tooManyItemsInAVisitAreRefused() throws {
        let items = Array(repeating: "{teeth: 36, code: F01}", count: 201).joined(separator: ", ")
        let text = CaseLoaderTests.header + "formula: {}\nvariants:\n  - name: V\n    goal: G\n    visits:\n"
            + "      - title: T\n        items: [\(items)]\n"
        let failure = try #require(error(in: text))
        #expect(failure.path == "variants[0].visits[0].items")
        #expect(failure.message.contains("maximumItemsPerVisit"))
    }
}
