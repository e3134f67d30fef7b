import ArgumentParser
import DentalModel
import Foundation
import PlanEngine
import PlanPress

/// `planpress validate CASE`: loads a case with its price list and protocol and reports findings.
/// Exit codes: 0 valid, 1 protocol errors, 2 unreadable or invalid input.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a case against its price list and the clinic's protocol rules.",
        discussion: "Exit status: 0 when valid (warnings allowed), 1 when a protocol rule reports an error, "
            + "2 when a file is unreadable or invalid (one line on stderr: file:line:column: path: problem). "
            + "Images must resolve inside --root (default: the case file's directory); pass --root Fixtures "
            + "for the fixture cases, whose images are in Fixtures/images."
    )

    @OptionGroup var input: CaseInput

    @Option(help: "Output format: text or json.")
    var format: ValidateFormat = .text

    @Flag(help: "Add the missing required items (priced from the price list), then report what is left.")
    var fix = false

    func run() throws {
        let loaded = try input.load()
        var findings = loaded.findings()
        var added: [ProposedFix] = []
        if fix {
            let result = try CaseInput.orExit { () throws(InputError) in try loaded.fixed() }
            added = result.added
            findings = result.fixed.findings()
        }
        switch format {
        case .text:
            for fix in added {
                print("\(loaded.caseFile): variant \(fix.variant + 1): visit \(fix.visit + 1): added \(fix.item.code) "
                      + "\(fix.item.teeth.label) \(fix.amount.formatted(loaded.dentalCase.locale))")
            }
            print(FindingsReport.text(findings, loaded: loaded), terminator: "")
            let errors = findings.filter { $0.severity == .error }.count
            print(errors == 0 ? "\(loaded.caseFile): valid (\(findings.count) findings)"
                              : "\(loaded.caseFile): \(errors) protocol errors")
        case .json:
            print(FindingsReport.json(findings, added: added), terminator: "")
        }
        if findings.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }
}

/// `--format` of `validate`.
enum ValidateFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// The arguments `validate` and `quote` share: the case and the files that override its defaults.
struct CaseInput: ParsableArguments {
    @Argument(help: "The case file (YAML or JSON, format v1).")
    var casePath: String

    @Option(name: .customLong("prices"), help: "A price list (YAML or CSV) instead of the case's `prices:`.")
    var pricesPath: String?

    @Option(name: .customLong("protocol"), help: "Protocol rules instead of the shipped Templates/protocol-rules.yaml.")
    var protocolPath: String?

    @Option(name: .customLong("resources"), help: "The folder holding Fonts/ and Templates/ (default: found from the executable).")
    var resources: String?

    @Option(name: .customLong("root"),
            help: "The directory images may not escape (default: the case file's directory).")
    var rootPath: String?

    /// Loads everything, or prints the one-line error to stderr and exits 2.
    func load() throws -> LoadedCase {
        let url = { (path: String) in URL(fileURLWithPath: path) }
        let rules: URL
        do {
            rules = try protocolPath.map(url) ?? ResourceLocator.locate(explicit: resources).protocolRules
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(2)
        }
        return try Self.orExit { () throws(InputError) in
            try PlanEngine.load(caseURL: url(casePath), pricesURL: pricesPath.map(url),
                                protocolURL: rules, imageRoot: rootPath.map(url))
        }
    }

    /// Runs `body`; an `InputError` becomes one line on stderr and exit status 2.
    static func orExit<T>(_ body: () throws(InputError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(2)
        }
    }
}
