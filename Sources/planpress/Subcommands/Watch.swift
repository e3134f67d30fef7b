import ArgumentParser
import DentalModel
import Foundation
import Graphics
import PlanPress
import Render

/// `planpress watch CASE --template NAME -o OUT.png|OUT.pdf`: a live preview for designers.
///
/// Renders once, then polls the modification times of the case, its price list, its images and the
/// template's files every 50 ms and renders again in process (fonts stay loaded) when one changes. Each
/// output is written atomically; an error while editing is printed and the last good output stays.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Re-render a booklet whenever the case, the price list, an image or the template changes."
    )

    @Argument(help: "The case file (YAML or JSON).")
    var casePath: String

    @Option(name: .shortAndLong, help: "The output file: .pdf for the booklet, .png for pages as images.")
    var output: String

    @OptionGroup var booklet: BookletOptions

    /// How often modification times are read.
    private static let pollInterval: TimeInterval = 0.05

    func run() throws {
        let locator: ResourceLocator, renderer: Renderer, options: RenderOptions
        do {
            locator = try ResourceLocator.locate(explicit: booklet.resources)
            renderer = try Renderer(resources: locator)
            let format = OutputFormat(fileName: output) ?? .pdf
            options = try booklet.renderOptions(format: format, defaultPages: format == .pdf ? .all : try PageSelection(parsing: "1"),
                                                  defaultCompression: 1)
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(2)
        }
        // The list of files is worked out again only when something changed (reading the case to find its
        // images costs more than a poll); the times are taken before rendering, so an edit saved during a
        // render is seen by the next poll.
        var files: [String] = []
        var stamps: [String: Date] = [:]
        while true {
            if files.isEmpty || Self.modificationDates(files) != stamps {
                files = watchedFiles(templates: locator.templates, template: options.templateName)
                stamps = Self.modificationDates(files)
                render(renderer, options: options)
            }
            Thread.sleep(forTimeInterval: Self.pollInterval)
        }
    }

    /// Renders and writes; on failure prints the error and leaves the previous output alone.
    private func render(_ renderer: Renderer, options: RenderOptions) {
        let start = Date()
        do {
            let rendered = try renderer.render(booklet.caseInput(casePath), options: options)
            for (file, path) in zip(rendered.files, OutputFile.paths(for: rendered, at: output)) {
                try OutputFile.write(file.bytes, to: path)
            }
            let milliseconds = Int(Date().timeIntervalSince(start) * 1000)
            say("rendered \(output) (\(rendered.pageCount) pages) in \(milliseconds) ms, fingerprint \(rendered.fingerprint)")
        } catch {
            say("error: \(error) (kept the last good output)")
        }
    }

    /// Writes a line to standard output at once (unbuffered, so a pipe sees it immediately).
    private func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// The case, its price list and images (when the case can be read), and the template's files.
    private func watchedFiles(templates: URL, template: String) -> [String] {
        var files = [casePath]
        let caseURL = URL(fileURLWithPath: casePath)
        if let dentalCase = try? CaseLoader(imageRoot: booklet.imageRoot).load(caseURL) {
            files += [dentalCase.pricesURL?.path].compactMap { $0 }
            files += ([dentalCase.clinic.logo].compactMap { $0 } + dentalCase.imaging.xrays.map(\.file)
                + dentalCase.imaging.photos.map(\.file)).map(\.url.path)
        }
        for folder in [templates.appendingPathComponent(template), templates.appendingPathComponent("strings")] {
            let names = (try? FileManager.default.subpathsOfDirectory(atPath: folder.path)) ?? []
            files += names.map { folder.appendingPathComponent($0).path }
        }
        return files
    }

    private static func modificationDates(_ files: [String]) -> [String: Date] {
        var dates: [String: Date] = [:]
        for file in files {
            dates[file] = (try? FileManager.default.attributesOfItem(atPath: file)[.modificationDate] as? Date) ?? .distantPast
        }
        return dates
    }
}
