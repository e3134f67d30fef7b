import Foundation

/// `planpress-bench watch [ROUNDS]`: how long a designer waits between saving a file and seeing the page.
///
/// Starts the built `planpress watch` on `Fixtures/cases/full-mouth.yaml` with a private copy of
/// `Templates/`, then, round after round, touches the template's `template.yaml` and times until `watch`
/// reports the new output written (its poll, the render and the atomic write). The reference measured in the
/// same run is the render alone, as `watch` itself reports it; the budget is the issue's 200 ms.
enum WatchBenchmark {
    static let budget = 0.200

    static func run(arguments: [String]) throws {
        let rounds = arguments.first.flatMap(Int.init) ?? 20
        let workspace = FileManager.default.temporaryDirectory.appendingPathComponent("planpress-watch-\(getpid())")
        try prepare(workspace)
        defer { try? FileManager.default.removeItem(at: workspace) }
        print("watch latency, \(rounds) rounds after 2 warm-ups, load average \(RenderBenchmark.loadAverage())")
        print("output                      | save → written p50 / max (ms) | render alone p50 (ms) | p50 / 200 ms budget")
        for (template, output) in [("premium", "preview.png"), ("chairside", "preview.png"), ("premium", "preview.pdf")] {
            let result = try measure(template: template, output: workspace.appendingPathComponent(output),
                                     resources: workspace, rounds: rounds)
            let name = "\(template) → \(output)".padding(toLength: 27, withPad: " ", startingAt: 0)
            print("\(name) | \(RenderBenchmark.milliseconds(result.latency)) / \(RenderBenchmark.milliseconds(result.worst))"
                + " | \(RenderBenchmark.milliseconds(result.render)) | \(RenderBenchmark.ratio(result.latency, budget))")
        }
    }

    /// A resources folder holding a copy of the templates and a link to the fonts.
    static func prepare(_ workspace: URL) throws {
        let files = FileManager.default
        try files.createDirectory(at: workspace, withIntermediateDirectories: true)
        let repository = URL(fileURLWithPath: files.currentDirectoryPath)
        try files.copyItem(at: repository.appendingPathComponent("Templates"), to: workspace.appendingPathComponent("Templates"))
        try files.createSymbolicLink(at: workspace.appendingPathComponent("Fonts"),
                                     withDestinationURL: repository.appendingPathComponent("Fonts"))
    }

    /// Median and worst save-to-written latency, and the median render time `watch` reported, in seconds.
    static func measure(template: String, output: URL, resources: URL, rounds: Int) throws
        -> (latency: Double, worst: Double, render: Double) {
        let process = Process()
        process.executableURL = try RenderBenchmark.planpressExecutable()
        process.arguments = ["watch", "Fixtures/cases/full-mouth.yaml", "--root", "Fixtures", "--resources", resources.path,
                             "--template", template, "-o", output.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        defer { process.terminate(); process.waitUntilExit() }
        var reader = LineReader(handle: pipe.fileHandleForReading)
        _ = try reader.line()
        let touched = resources.appendingPathComponent("Templates/\(template)/template.yaml").path
        var latencies: [Double] = [], renders: [Double] = []
        for round in 0..<(rounds + 2) {
            Thread.sleep(forTimeInterval: 0.3)
            let start = Date()
            try FileManager.default.setAttributes([.modificationDate: start], ofItemAtPath: touched)
            let line = try reader.line()
            guard round >= 2 else { continue }
            latencies.append(Date().timeIntervalSince(start))
            renders.append(reportedMilliseconds(line) / 1000)
        }
        return (RenderBenchmark.median(latencies), latencies.max() ?? 0, RenderBenchmark.median(renders))
    }

    /// The render time in "rendered OUT (N pages) in 73 ms, …", or 0 for any other line.
    static func reportedMilliseconds(_ line: String) -> Double {
        guard let range = line.range(of: #" in \d+ ms"#, options: .regularExpression) else { return 0 }
        return Double(line[range].dropFirst(4).dropLast(3)) ?? 0
    }
}

/// Reads standard output of a child process a line at a time.
struct LineReader {
    let handle: FileHandle
    private var buffer = Data()

    init(handle: FileHandle) { self.handle = handle }

    mutating func line() throws -> String {
        while true {
            if let end = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: buffer[buffer.startIndex..<end], as: UTF8.self)
                buffer.removeSubrange(buffer.startIndex...end)
                return line
            }
            let chunk = handle.availableData
            guard !chunk.isEmpty else { throw CocoaError(.fileReadUnknown) }
            buffer.append(chunk)
        }
    }
}
