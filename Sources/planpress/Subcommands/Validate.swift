import ArgumentParser
import DentalModel
import Foundation
import PlanEngine
import PlanPress

/// `planpress validate CASE`: loads a case with its price list and protocol and reports findings;
/// `--fix` adds the missing required items and `--output` writes the case with them.
/// Exit codes: 0 valid, 1 protocol errors (or `--output` not writable), 2 unreadable or invalid input.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a case against its price list and the clinic's protocol rules.",
        discussion: "Exit status: 0 when valid (warnings allowed), 1 when a protocol rule reports an error "
            + "(after fixing, with --fix) or --output cannot be written, "
            + "2 when a file is unreadable or invalid (one line on stderr: file:line:column: path: problem). "
            + "--fix reports the items it adds and checks the fixed case; with --output FILE it also writes "
            + "that case to FILE (atomically, in the input's format, YAML or JSON; YAML comments are not kept; "
            + "relative paths are rewritten to resolve from FILE's folder). "
            + "Images must resolve inside --root (default: the case file's directory); pass --root Fixtures "
            + "for the fixture cases, whose images are in Fixtures/images."
    )

    @OptionGroup var input: CaseFileOptions

    @Option(help: "Output format: text or json.")
    var format: ValidateFormat = .text

    @Flag(help: "Add the missing required items (priced from the price list), then report what is left.")
    var fix = false

    @Option(name: .customLong("output"), help: "With --fix: write the fixed case to this file (may be the case file itself).")
    var outputPath: String?

    func validate() throws {
        if outputPath != nil && !fix { throw ValidationError("--output writes the fixed case: pass --fix too") }
    }

    func run() throws {
        let loaded = try input.load()
        var findings = loaded.findings()
        var added: [ProposedFix] = []
        if fix {
            let result = try CaseFileOptions.orExit { () throws(InputError) in try loaded.fixed() }
            added = result.added
            findings = result.fixed.findings()
            if let outputPath { try write(loaded, to: outputPath) }
        }
        switch format {
        case .text:
            for fix in added {
                let visit = fix.visit < 0 ? "new visit 1" : "visit \(fix.visit + 1)"
                print("\(loaded.caseFile): variant \(fix.variant + 1): \(visit): added \(fix.item.code) "
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

extension ValidateCommand {
    /// Writes the case file with the items `--fix` adds to `path`; a failure is one line on stderr, exit 1.
    private func write(_ loaded: LoadedCase, to path: String) throws {
        let text = try CaseFileOptions.orExit { () throws(InputError) in
            try loaded.fixedCaseFile(URL(fileURLWithPath: input.casePath), writtenTo: URL(fileURLWithPath: path))
        }
        do {
            try OutputFile.write(Array(text.utf8), to: path)
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}

/// `--format` of `validate`.
enum ValidateFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// The arguments `validate` and `quote` share: the case and the files that override its defaults.
struct CaseFileOptions: ParsableArguments {
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

    /// Loads everything, or prints the one-line error to stderr and exits 2. With `requiresVariants`
    /// false a case without `variants:` loads with none (the input of `suggest`).
    func load(requiresVariants: Bool = true) throws -> LoadedCase {
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
                                protocolURL: rules, imageRoot: rootPath.map(url), requiresVariants: requiresVariants)
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
