import ArgumentParser
import DentalModel
import Foundation
import Graphics
import Logging
import PlanPress
import PlanPressServer
import Render

/// `planpress watch CASE --template NAME -o OUT.png|OUT.pdf [--serve]`: a live preview for designers.
///
/// Renders once, then polls the modification times of the case, its price list, its images and the
/// template's files every 50 ms and renders again in process (fonts stay loaded) when one changes. Each
/// output is written atomically; an error while editing is printed and the last good output stays.
/// With `--serve`, the service's preview page for the case shows at `/preview/watch`, and each change
/// redraws the open browsers (the page hears of it through Server-Sent Events).
struct WatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Re-render a booklet whenever the case, the price list, an image or the template changes."
    )

    @Argument(help: "The case file (YAML or JSON).")
    var casePath: String

    @Option(name: .shortAndLong, help: "The output file: .pdf for the booklet, .png for pages as images.")
    var output: String?

    @Flag(help: "Serve the preview page at http://HOST:PORT/preview/watch; a save redraws the open browser.")
    var serve = false

    @Option(help: "With --serve: the address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "With --serve: the TCP port to listen on (0 picks a free one).")
    var port = 8080

    @OptionGroup var booklet: BookletOptions

    /// How often modification times are read.
    private static let pollInterval: Duration = .milliseconds(50)

    /// The session `--serve` shows.
    private static let sessionID = "watch"

    func validate() throws {
        guard output != nil || serve else { throw ValidationError("give -o OUT, --serve, or both") }
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0–65535") }
    }

    func run() async throws {
        MallocTuning.applyForRenderService()
        let locator: ResourceLocator, renderer: Renderer, options: RenderOptions
        do {
            locator = try ResourceLocator.locate(explicit: booklet.resources)
            renderer = try Renderer(resources: locator)
            let format = output.flatMap { OutputFormat(fileName: $0) } ?? .pdf
            options = try booklet.renderOptions(format: format, defaultPages: format == .pdf ? .all : try PageSelection(parsing: "1"),
                                                  defaultCompression: 1)
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(2)
        }
        guard serve else {
            try await poll(locator: locator, options: options) { output in
                if let output { render(renderer, options: options, to: output) }
            }
            return
        }
        var logger = Logger(label: "planpress")
        logger.logLevel = .warning
        let server = RenderServer(configuration: ServerConfiguration(host: host, port: port,
                                                                     limits: ServiceLimits(concurrentRenders: 1)),
                                  logger: logger) { try Renderer(resources: locator) }
        let caseURL = URL(fileURLWithPath: casePath).standardizedFileURL
        let root = booklet.imageRoot ?? caseURL.deletingLastPathComponent()
        let (host, template) = (host, options.templateName)
        // The server ends on SIGINT or SIGTERM, once the requests in flight are answered; the command with it.
        Task {
            do {
                try await server.run { port in Self.say("preview at http://\(host):\(port)/preview/\(Self.sessionID)") }
                Foundation.exit(0)
            } catch {
                FileHandle.standardError.write(Data("\(error)\n".utf8))
                Foundation.exit(1)
            }
        }
        try await poll(locator: locator, options: options) { output in
            if let output { render(renderer, options: options, to: output) }
            try await server.sessions.showFile(caseURL, root: root, template: template, as: Self.sessionID)
        }
    }

    /// Calls `changed` with the output path once, then whenever a watched file changes, until cancelled.
    ///
    /// The list of files is worked out again only when something changed (reading the case to find its
    /// images costs more than a poll); the times are taken before `changed`, so an edit saved during a
    /// render is seen by the next poll.
    private func poll(locator: ResourceLocator, options: RenderOptions,
                      changed: (String?) async throws -> Void) async throws {
        var files: [String] = []
        var stamps: [String: Date] = [:]
        while true {
            if files.isEmpty || Self.modificationDates(files) != stamps {
                files = watchedFiles(templates: locator.templates, template: options.templateName)
                stamps = Self.modificationDates(files)
                try await changed(output)
            }
            try await Task.sleep(for: Self.pollInterval)
        }
    }

    /// Renders and writes to `output`; on failure prints the error and leaves the previous output alone.
    private func render(_ renderer: Renderer, options: RenderOptions, to output: String) {
        let start = Date()
        do {
            let rendered = try renderer.render(booklet.caseInput(casePath), options: options)
            for (file, path) in zip(rendered.files, OutputFile.paths(for: rendered, at: output)) {
                try OutputFile.write(file.bytes, to: path)
            }
            let milliseconds = Int(Date().timeIntervalSince(start) * 1000)
            Self.say("rendered \(output) (\(rendered.pageCount) pages) in \(milliseconds) ms, fingerprint \(rendered.fingerprint)")
        } catch {
            Self.say("error: \(error) (kept the last good output)")
        }
    }

    /// Writes a line to standard output at once (unbuffered, so a pipe sees it immediately).
    private static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// The case, its price list and images (when the case can be read), and the template's files.
    private func watchedFiles(templates: URL, template: String) -> [String] {
        var files = [casePath]
        let caseURL = URL(fileURLWithPath: casePath)
        if let dentalCase = try? CaseLoader(imageRoot: booklet.imageRoot).load(caseURL) {
            files += [dentalCase.pricesURL?.path].compactMap { $0 }
            files += dentalCase.imageFiles.map(\.url.path)
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
