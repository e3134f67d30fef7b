import Foundation
import Testing

/// End-to-end tests of `planpress outcome`: the per-variant formula and change lines, in JSON and YAML.
@Suite("planpress outcome")
struct OutcomeCommandTests {
    static func run(_ arguments: [String]) throws -> CommandLineRun { try CommandLineRun("planpress", arguments) }

    @Test func jsonHasTheFormulaAndOneEntryPerToothWithAnEffect() throws {
        let result = try Self.run(["outcome", "Fixtures/cases/french.yaml", "--root", "Fixtures", "--locale", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let variants = try #require(object?["variants"] as? [[String: Any]])
        #expect(variants.map { $0["name"] as? String } == ["Composite", "Céramique"])
        let changes = try #require(variants[0]["changes"] as? [[String: Any]])
        #expect(changes.compactMap { $0["tooth"] as? Int } == [14, 26, 47])
        let t26 = try #require(changes.first { $0["tooth"] as? Int == 26 })
        #expect(t26["text"] as? String == "26: filling (amalgam), crack → new filling")
        #expect(t26["visits"] as? [Int] == [2])
        #expect(t26["codes"] as? [String] == ["COMP2"])
        let teeth = (variants[1]["formula"] as? [String: Any])?["teeth"] as? [String: Any]
        let t36 = teeth?["36"] as? [String: Any]
        #expect((t36?["restorations"] as? [[String: Any]])?.compactMap { $0["kind"] as? String }
                == ["root-canal-filled", "post-and-core", "crown"])
        let again = try Self.run(["outcome", "Fixtures/cases/french.yaml", "--root", "Fixtures", "--locale", "en"])
        #expect(again.stdout == result.stdout, "the same bytes every time")
    }

    @Test func yamlIsTheSameOutcome() throws {
        let result = try Self.run(["outcome", "Fixtures/cases/child.yaml", "--root", "Fixtures", "--format", "yaml"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("kind: pulpotomy"))
        #expect(result.stdout.contains("kind: sealant"))
        #expect(result.stdout.contains("LLE: кариес, воспаление у верхушки корня → пломба, нерв удалён в коронке (пульпотомия)"))
    }

    @Test func badInputExitsTwoWithOneLine() throws {
        let result = try Self.run(["outcome", "Fixtures/invalid/unknown-code.yaml", "--root", "Fixtures"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("unknown-code.yaml:20:13: "))
        #expect(result.stdout.isEmpty)
    }
}
