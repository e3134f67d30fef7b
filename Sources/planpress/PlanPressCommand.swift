import ArgumentParser

/// `planpress`: renders dental treatment-plan booklets and checks the plans behind them.
@main
struct PlanPressCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "planpress",
        abstract: "Turn a dental case into a treatment-plan booklet (PDF, PNG, SVG).",
        subcommands: [RenderCommand.self, ValidateCommand.self, QuoteCommand.self, SuggestCommand.self, ServeCommand.self, TemplatesCommand.self, WatchCommand.self]
    )
}
