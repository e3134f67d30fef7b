import ArgumentParser
import Booklet
import Foundation
import PlanPress
import Render

/// `planpress fingerprint CASE`: recomputes the fingerprint a booklet of the case carries, from the case,
/// its price list, images and template, to check a signed paper copy against the data.
struct FingerprintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fingerprint",
        abstract: "Print the fingerprint a booklet of the case carries (to check a signed copy).",
        discussion: """
            Prints the short form shown on the acceptance page, then the full SHA-256. What it covers is \
            described in docs/fingerprint.md. Exit status: 0, or 2 when an input is unreadable or invalid.
            """
    )

    @Argument(help: "The case file (YAML or JSON).")
    var casePath: String

    @Option(help: "The template the booklet was rendered in (default: premium).")
    var template: String?

    @Option(help: "The folder holding Fonts/ and Templates/ (default: $PLANPRESS_HOME, else found from the executable).")
    var resources: String?

    @Option(name: .customLong("root"), help: "The directory images may not escape (default: the case file's directory).")
    var rootPath: String?

    func run() throws {
        do {
            let renderer = try Renderer(resources: ResourceLocator.locate(explicit: resources))
            let options = RenderOptions(format: .pdf, pages: .all, dpi: 150, pngCompression: 6, template: template)
            let input = try CaseInput.file(atPath: casePath, root: rootPath.map { URL(fileURLWithPath: $0) })
            let fingerprint = try renderer.fingerprint(input, options: options)
            print("fingerprint \(fingerprint.short)")
            print("sha256 \(fingerprint.hex)")
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(2)
        }
    }
}
