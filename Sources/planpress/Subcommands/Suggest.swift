import ArgumentParser
import DentalModel
import Foundation
import PlanEngine
import PlanPress

/// `planpress suggest CASE`: drafts up to three variants from the chart with the clinic's strategies and
/// writes the case with them. Exit codes: 0 written, 1 nothing to suggest or the output cannot be written,
/// 2 unreadable or invalid input.
struct SuggestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest",
        abstract: "Draft treatment variants from the case's chart with the clinic's strategies.",
        discussion: "Reads a case with its formula (with no variants, or some) and writes it with up to three "
            + "variants, one per strategy of Templates/strategies.yaml (or --strategies FILE), each passing the "
            + "protocol. The case's own variants are kept first unless --replace. The output is the input's format "
            + "(YAML or JSON; YAML comments are not kept), written atomically to -o FILE (relative paths rewritten "
            + "to resolve from its folder) or printed. What could not be planned is listed on stderr. "
            + "Exit status: 0 written, 1 no variant could be suggested or the output cannot be written, "
            + "2 a file is unreadable or invalid."
    )

    @OptionGroup var input: CaseFileOptions

    @Option(name: .customLong("strategies"), help: "A strategies file instead of the shipped Templates/strategies.yaml.")
    var strategiesPath: String?

    @Option(name: [.customShort("o"), .customLong("output")], help: "Write the case here instead of printing it.")
    var outputPath: String?

    @Flag(help: "Drop the case's own variants instead of keeping them first.")
    var replace = false

    func run() throws {
        let loaded = try input.load(requiresVariants: false)
        let strategiesURL: URL
        do {
            strategiesURL = try strategiesPath.map { URL(fileURLWithPath: $0) }
                ?? ResourceLocator.locate(explicit: input.resources).strategies
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(2)
        }
        let caseURL = URL(fileURLWithPath: input.casePath)
        let output = outputPath.map { URL(fileURLWithPath: $0) } ?? caseURL
        let (suggestion, text) = try CaseFileOptions.orExit { () throws(InputError) in
            let rules = try SuggestionRulesLoader.load(strategiesURL)
            let suggestion = try Suggester.suggest(loaded, rules: rules, replacing: replace)
            return (suggestion, try suggestion.caseFile(caseURL, writtenTo: output))
        }
        for note in suggestion.notes { FileHandle.standardError.write(Data("\(loaded.caseFile): \(note)\n".utf8)) }
        guard !suggestion.strategies.isEmpty else {
            FileHandle.standardError.write(Data("\(loaded.caseFile): no variant could be suggested\n".utf8))
            throw ExitCode(1)
        }
        guard let outputPath else { print(text, terminator: ""); return }
        do {
            try OutputFile.write(Array(text.utf8), to: outputPath)
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}
