import Foundation
import Testing

/// End-to-end tests of `planpress validate` and `planpress quote`: run the built binary on the
/// fixtures and check exit codes, stdout and the one-line stderr errors.
@Suite("planpress validate and quote")
struct ValidateQuoteTests {
    static let repository = CommandLineRun.repository

    static func run(_ arguments: [String]) throws -> CommandLineRun { try CommandLineRun("planpress", arguments) }

    @Test(arguments: ["full-mouth.yaml", "french.yaml", "swedish.yaml", "child.yaml", "insurance.yaml", "one-variant.json"])
    func fixturesAreValid(name: String) throws {
        let result = try Self.run(["validate", "Fixtures/cases/\(name)", "--root", "Fixtures"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("\(name): valid"))
    }

    /// Each bad input exits 2 with `file:line:column: path: problem` on stderr.
    @Test(arguments: [
        ("unknown-tooth.yaml", "unknown-tooth.yaml:20:21: variants[0].visits[0].items[0].teeth: unknown tooth 19 (FDI: permanent 11–48, primary 51–85)"),
        ("missing-and-filled.yaml", "missing-and-filled.yaml:12:9: formula.teeth.36: tooth 36 is missing but has a filling"),
        ("bad-surface.yaml", "bad-surface.yaml:20:46: variants[0].visits[0].items[0].surfaces: unknown surface X in \"MXD\" (expected M O D B/V L/P I)"),
        ("occlusal-on-incisor.yaml", "occlusal-on-incisor.yaml:20:46: variants[0].visits[0].items[0].surfaces: tooth 11 is an incisor and has no occlusal surface O (its surfaces: M D B L I)"),
        ("unknown-code.yaml", "unknown-code.yaml:20:13: variants[0].visits[0].items[0].code: unknown service code F99 (not in ru-clinic.yaml)"),
        ("four-variants.yaml", "four-variants.yaml:14:3: variants: a case has 1 to 3 variants, found 4"),
        ("negative-quantity.yaml", "negative-quantity.yaml:20:46: variants[0].visits[0].items[0].quantity: quantity must be a whole number of at least 1, found -2"),
        ("malformed.yaml", "malformed.yaml:21:1: malformed YAML: while parsing a flow mapping did not find expected ',' or '}'"),
        ("wrong-type.yaml", "wrong-type.yaml:18:19: variants[0].visits[0].duration: wrong type: expected minutes (90) or text like \"1h 30min\", found a list or mapping"),
        ("wrong-type.json", "wrong-type.json:8:91: variants[0].visits[0].items[0].quantity: wrong type: expected a whole number, found \"two\""),
    ])
    func badInputExitsTwoWithALocatedMessage(name: String, message: String) throws {
        for command in ["validate", "quote"] {
            let result = try Self.run([command, "Fixtures/invalid/\(name)", "--root", "Fixtures"])
            #expect(result.status == 2)
            #expect(result.stderr == message + "\n")
            #expect(result.stdout.isEmpty)
        }
    }

    @Test func imageEscapingTheRootExitsTwo() throws {
        let result = try Self.run(["validate", "Fixtures/invalid/image-escape.yaml", "--root", "Fixtures"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("image-escape.yaml:8:66: clinic.logo: image path \"../../Package.swift\" resolves outside the allowed root"))
    }

    @Test func unreadableFileExitsTwo() throws {
        let result = try Self.run(["quote", "Fixtures/cases/no-such-case.yaml"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("no-such-case.yaml: cannot read"))
    }

    @Test func protocolErrorsExitOneAndFixRepairsThem() throws {
        let rules = Self.repository.appendingPathComponent("Templates/protocol-rules.yaml").path
        let text = """
        schemaVersion: 1
        locale: en
        currency: EUR
        date: 2026-11-23
        validUntil: 2027-01-23
        prices: \(Self.repository.path)/Fixtures/prices/fr-clinic.yaml
        clinic: {name: C, address: A, phone: "1"}
        patient: {name: P, birthDate: 1980-01-01, id: "1"}
        formula: {}
        variants:
          - name: V
            goal: G
            visits:
              - {title: Hygiene, duration: 30, items: [{teeth: all, code: DET, problem: Calculus}]}
              - {title: Endo, duration: 60, interval: 1 week, items: [{teeth: 46, code: ENDO, problem: Pulpitis}]}
        """
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("planpress-cli-\(UUID().uuidString).yaml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let failing = try Self.run(["validate", file.path, "--protocol", rules, "--root", "/"])
        #expect(failing.status == 1)
        #expect(failing.stdout.contains("error [endo-rubber-dam] Visit 2, tooth 46: root canal treatment needs rubber dam isolation in the same visit"))
        let fixed = try Self.run(["validate", file.path, "--protocol", rules, "--fix", "--root", "/"])
        #expect(fixed.status == 0)
        #expect(fixed.stdout.contains("variant 1: visit 2: added DIG 46 €15.00"))
        // --output writes the fixed case, which then validates clean without --fix.
        let output = file.deletingPathExtension().appendingPathExtension("fixed.yaml")
        defer { try? FileManager.default.removeItem(at: output) }
        let written = try Self.run(["validate", file.path, "--protocol", rules, "--fix", "--output", output.path, "--root", "/"])
        #expect(written.status == 0)
        #expect(try String(contentsOf: output, encoding: .utf8).contains("code: DIG"))
        let again = try Self.run(["validate", output.path, "--protocol", rules, "--root", "/"])
        #expect(again.status == 0, "\(again.stdout)\(again.stderr)")
        #expect(again.stdout.contains("valid (0 findings)"))
        let quote = try Self.run(["quote", output.path, "--format", "csv", "--root", "/"])
        #expect(quote.stdout.contains(",DIG,"))
        let withoutFix = try Self.run(["validate", file.path, "--output", output.path])
        #expect(withoutFix.status != 0 && withoutFix.stderr.contains("--output writes the fixed case: pass --fix too"))
        let json = try Self.run(["validate", file.path, "--protocol", rules, "--format", "json", "--root", "/"])
        let report = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(report?["valid"] as? Bool == false)
    }

    /// A JSON case in Universal notation, fixed into another folder: the output is JSON, names the
    /// added tooth in Universal, finds the price list and images from its new folder, and validates clean.
    @Test func fixOutputKeepsJSONNotationAndPaths() throws {
        let source = try String(contentsOf: Self.repository.appendingPathComponent("Fixtures/cases/one-variant.json"),
                                encoding: .utf8)
        // A root canal treatment of 46 added to the hygiene visit, which is made long enough to hold it.
        let broken = source.replacingOccurrences(of: #""duration": 45,"#, with: #""duration": 90,"#)
        let withEndodontics = broken.replacingOccurrences(
            of: #"{"teeth": "all", "code": "DET", "problem": "Tartar and surface staining"}"#,
            with: #"{"teeth": "all", "code": "DET", "problem": "Tartar and surface staining"}, {"teeth": "30", "code": "ENDO", "problem": "Pulpitis"}"#)
        #expect(withEndodontics != broken)
        // A private copy of the fixture layout: cases/, prices/ and images/ side by side.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planpress-fix-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["cases", "out/json"] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(name), withIntermediateDirectories: true)
        }
        for name in ["prices", "images"] {
            try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("Fixtures/\(name)"),
                                             to: folder.appendingPathComponent(name))
        }
        let input = folder.appendingPathComponent("cases/broken.json")
        try withEndodontics.write(to: input, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("out/json/fixed.json")
        let result = try Self.run(["validate", input.path, "--root", folder.path, "--fix", "--output", output.path])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("variant 1: visit 1: added DIG 46 €15.00"))
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: output)) as? [String: Any]
        let variants = try #require(object?["variants"] as? [[String: Any]])
        let items = try #require((variants[0]["visits"] as? [[String: Any]])?.first?["items"] as? [[String: Any]])
        #expect(items.map { $0["code"] as? String } == ["DET", "DIG", "ENDO"])
        #expect("\(items[1]["teeth"] ?? "")" == "30")  // Universal 30 is FDI 46
        #expect(object?["prices"] as? String == "../../prices/fr-clinic.yaml")
        #expect((object?["clinic"] as? [String: Any])?["logo"] as? String == "../../images/clinic-logo.png")
        let again = try Self.run(["validate", output.path, "--root", folder.path])
        #expect(again.status == 0, "\(again.stdout)\(again.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path) == ["fixed.json"])
    }

    @Test func quoteJSONHasExactDecimalStrings() throws {
        let result = try Self.run(["quote", "Fixtures/cases/full-mouth.yaml", "--root", "Fixtures", "--format", "json"])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let variants = try #require(object?["variants"] as? [[String: Any]])
        #expect(variants.count == 3)
        #expect(variants[0]["total"] as? String == "286501.00")
        let visits = try #require(variants[0]["visits"] as? [[String: Any]])
        #expect(visits.compactMap { $0["subtotal"] as? String } == ["8500.00", "50600.00", "8400.00", "190000.00", "29001.00"])
        let items = try #require(visits[4]["items"] as? [[String: Any]])
        #expect(items.first?["amount"] as? String == "29001.00")
        #expect(items.first?["unitPrice"] as? String == "14500.50")
    }

    @Test func quoteTableAndCSV() throws {
        let table = try Self.run(["quote", "Fixtures/cases/insurance.yaml", "--root", "Fixtures"])
        #expect(table.status == 0)
        #expect(table.stdout.contains("Total 82600.00 RUB (insurer 34290.00, patient 48310.00, of it outside the programme 44500.00)"))
        #expect(table.stdout.contains("[own expense]"))
        let csv = try Self.run(["quote", "Fixtures/cases/insurance.yaml", "--root", "Fixtures", "--format", "csv"])
        let lines = csv.stdout.split(separator: "\n")
        #expect(lines.first == "variant,visit,row,code,service,teeth,quantity,unit_price,amount,insurer_share,patient_share,own_expense,declined,own_expense_amount")
        #expect(lines.contains("По программе ДМС,,total,,,,,,82600.00,34290.00,48310.00,,,44500.00"))
        #expect(lines.contains("Без страховки,,total,,,,,,81700.00,0.00,81700.00,,,"))
    }
}
