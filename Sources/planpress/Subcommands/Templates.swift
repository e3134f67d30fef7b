import ArgumentParser
import Booklet
import Foundation
import PlanPress

/// `planpress templates`: the booklet templates in `Templates/`, each with its one-line description.
struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "List the booklet templates, with a one-line description each."
    )

    @Option(help: "The folder holding Fonts/ and Templates/ (default: $PLANPRESS_HOME, else found from the executable).")
    var resources: String?

    func run() throws {
        do {
            let loader = TemplateLoader(directory: try ResourceLocator.locate(explicit: resources).templates)
            let names = loader.names()
            let width = names.map(\.count).max() ?? 0
            for name in names {
                let template = try loader.load(name)
                print(name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + template.description)
            }
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(2)
        }
    }
}
