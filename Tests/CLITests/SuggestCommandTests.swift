import Foundation
import Testing

/// `planpress suggest` as a coordinator runs it: the full-mouth case with its variants replaced by three
/// drafted ones, written atomically, validating clean, the same bytes twice; bad strategies exit 2.
@Suite("planpress suggest")
struct SuggestCommandTests {
    static func run(_ arguments: [String]) throws -> CommandLineRun { try CommandLineRun("planpress", arguments) }

    @Test func fullMouthGetsThreeVariantsThatValidate() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planpress-suggest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("suggested.yaml").path
        let result = try Self.run(["suggest", "Fixtures/cases/full-mouth.yaml", "--root", "Fixtures", "--replace", "-o", output])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let written = try String(contentsOfFile: output, encoding: .utf8)
        #expect(written.components(separatedBy: "\n- name: ").count == 4)
        let validated = try Self.run(["validate", output, "--root", "/"])
        #expect(validated.status == 0, "\(validated.stdout)\(validated.stderr)")
        #expect(validated.stdout.contains("suggested.yaml: valid (0 findings)"))
        let printed = try Self.run(["suggest", "Fixtures/cases/full-mouth.yaml", "--root", "Fixtures", "--replace"])
        let again = try Self.run(["suggest", "Fixtures/cases/full-mouth.yaml", "--root", "Fixtures", "--replace"])
        #expect(printed.status == 0)
        #expect(printed.stdout == again.stdout)
        #expect(printed.stdout.contains("prices: \"../prices/ru-clinic.yaml\"") || printed.stdout.contains("prices: ../prices/ru-clinic.yaml"))
    }

    @Test func aCaseWithThreeVariantsGetsNoneAndExitsOne() throws {
        let result = try Self.run(["suggest", "Fixtures/cases/full-mouth.yaml", "--root", "Fixtures"])
        #expect(result.status == 1)
        #expect(result.stderr.hasSuffix("full-mouth.yaml: no variant could be suggested\n"))
    }

    @Test func unknownFindingInStrategiesExitsTwoNamingIt() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("strategies-\(UUID().uuidString).yaml")
        defer { try? FileManager.default.removeItem(at: file) }
        let shipped = try String(contentsOf: CommandLineRun.repository.appendingPathComponent("Templates/strategies.yaml"),
                                 encoding: .utf8)
        try shipped.replacingOccurrences(of: "      caries: filling\n", with: "      cavities: filling\n", options: [], range: nil)
            .write(to: file, atomically: true, encoding: .utf8)
        let result = try Self.run(["suggest", "Fixtures/cases/full-mouth.yaml", "--root", "Fixtures", "--replace",
                                   "--strategies", file.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("strategies[0].treat.cavities: unknown finding \"cavities\""), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }
}
