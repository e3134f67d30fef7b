import ArgumentParser
import Foundation

/// `planpress`: renders dental treatment-plan booklets and checks the plans behind them.
@main
struct PlanPressCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "planpress",
        abstract: "Turn a dental case into a treatment-plan booklet (PDF, PNG, SVG).",
        subcommands: [RenderCommand.self, ValidateCommand.self, QuoteCommand.self, OutcomeCommand.self, SuggestCommand.self,
                      ServeCommand.self, TemplatesCommand.self, WatchCommand.self, FingerprintCommand.self]
    )

    /// Runs the command line. A mistake in the options is one line on stderr and exit status 2, like every
    /// other bad input (ArgumentParser's default is the whole usage text and 64); `--help` is unchanged.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var command = command as? any AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            let message = self.message(for: error).split(separator: "\n").first.map(String.init) ?? "invalid options"
            FileHandle.standardError.write(Data("planpress: \(message) (see planpress help)\n".utf8))
            Foundation.exit(2)
        }
    }
}
