import ArgumentParser
import Booklet
import DentalModel
import Foundation
import PlanPress

/// `planpress outcome CASE`: per variant, the formula after treatment (in the case file's `formula:`
/// schema) and what changes, tooth by tooth, in the booklet's words.
struct OutcomeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outcome",
        abstract: "Print each variant's formula after treatment and its changes, tooth by tooth.",
        discussion: "Each variant's `formula` loads back as a case's `formula:`; each change is "
            + "{tooth, text, visits, codes} with the line the booklet prints (the gums line has `gums` instead of `tooth`). "
            + "Exit status: 0, or 2 when a file is unreadable or invalid (one line on stderr)."
    )

    @OptionGroup var input: CaseFileOptions

    @Option(help: "Output format: json or yaml.")
    var format: OutcomeFormat = .json

    @Option(help: "The language of the change lines: ru, en, fr or sv (default: the case's).")
    var locale: String?

    @Option(help: "The template whose wording is used (default: premium).")
    var template: String?

    func run() throws {
        let loaded = try input.load()
        var chosen: CaseLocale?
        if let locale {
            guard let parsed = CaseLocale(rawValue: locale) else {
                throw ValidationError("unknown locale \"\(locale)\" (expected ru, en, fr or sv)")
            }
            chosen = parsed
        }
        let resources: ResourceLocator
        do {
            resources = try ResourceLocator.locate(explicit: input.resources)
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(2)
        }
        let outcome = try CaseFileOptions.orExit { () throws(InputError) in
            try PlanOutcome(loaded, resources: resources, template: template, locale: chosen)
        }
        print(format == .json ? outcome.json() : outcome.yaml(), terminator: "")
    }
}

/// `--format` of `outcome`.
enum OutcomeFormat: String, ExpressibleByArgument, CaseIterable {
    case json, yaml
}
