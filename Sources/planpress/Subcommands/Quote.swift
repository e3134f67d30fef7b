import ArgumentParser
import DentalModel
import Foundation
import PlanEngine

/// `planpress quote CASE`: prices every variant exactly, per visit and item.
struct QuoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quote",
        abstract: "Price every variant of a case: visits, items, subtotals, insurer and patient shares, totals.",
        discussion: "Exit status: 0, or 2 when a file is unreadable or invalid (one line on stderr)."
    )

    @OptionGroup var input: CaseFileOptions

    @Option(help: "Output format: table, json or csv.")
    var format: QuoteFormat = .table

    func run() throws {
        let loaded = try input.load()
        let quote = try CaseFileOptions.orExit { () throws(InputError) in try loaded.quote() }
        switch format {
        case .table: print(QuoteReport.table(quote, locale: loaded.dentalCase.locale), terminator: "")
        case .json: print(QuoteReport.json(quote, locale: loaded.dentalCase.locale), terminator: "")
        case .csv: print(QuoteReport.csv(quote), terminator: "")
        }
    }
}

/// `--format` of `quote`.
enum QuoteFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}
