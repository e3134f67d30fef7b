import ArgumentParser
import DentalModel
import Foundation
import Graphics
import PlanEngine
import PlanPress
import Render

/// `planpress render CASE -o OUT`: the booklet of a case as PDF, PNG or SVG.
///
/// Everything is rendered in memory first and written only when complete, each file atomically, so a
/// failure leaves no output and never damages a previous file. Errors are one line on stderr, naming the
/// file and the problem, with a non-zero exit status.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render a case as a treatment-plan booklet (PDF, PNG or SVG).",
        discussion: """
            PNG and SVG hold one page a file: with one page selected, -o out.png is written as is; with \
            several, the page number goes before the extension (out-1.png, out-3.png, …).
            The clinic's protocol is checked first, as validate checks it: an error-level finding refuses the \
            patient's booklet (exit 1, the findings on stderr exactly as validate prints them). --draft \
            renders anyway, for the clinic: every page is marked "draft, not for the patient" and the first \
            page lists the findings. Warnings never block and never reach the patient's pages; they are \
            printed on stderr.
            Exit status: 0 when written; 1 when the protocol finds errors (without --draft) or the output \
            cannot be made or written; 2 when an input is unreadable or invalid (the case, an image, an \
            option). Other errors are one line on stderr that names the file and the problem; nothing is \
            written then.
            """
    )

    @Argument(help: "The case file (YAML or JSON).")
    var casePath: String

    @Option(name: .shortAndLong, help: "The output file.")
    var output: String

    @Option(help: "pdf, png or svg (default: from the output's extension, else pdf).")
    var format: OutputFormat?

    @OptionGroup var booklet: BookletOptions

    @Flag(help: "Render even when the protocol finds errors: a draft for the clinic, marked on every page, the findings first.")
    var draft = false

    func run() throws {
        do {
            let renderer = try Renderer(resources: ResourceLocator.locate(explicit: booklet.resources))
            var options = try booklet.renderOptions(format: format ?? OutputFormat(fileName: output) ?? .pdf)
            options.draft = draft
            let rendered = try renderer.render(booklet.caseInput(casePath), options: options)
            for (file, path) in zip(rendered.files, OutputFile.paths(for: rendered, at: output)) {
                try OutputFile.write(file.bytes, to: path)
            }
            FileHandle.standardError.write(Data(rendered.findings.report(draft ? [.error, .warning] : [.warning]).utf8))
            print("fingerprint \(rendered.fingerprint)")
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(error.isBadInput ? 2 : 1)
        }
    }
}

extension OutputFormat: ExpressibleByArgument {}

extension PlanPressError {
    /// Whether the user's input is at fault (exit status 2) rather than the machine (exit status 1).
    fileprivate var isBadInput: Bool {
        switch self {
        case .input, .option, .graphics(.image), .graphics(.imageTooLarge), .graphics(.invalidOutput): true
        case .graphics, .layout, .resources, .output, .protocolErrors: false
        }
    }
}
