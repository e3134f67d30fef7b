import PlanPressServer

/// `planpress-bench MODE`: performance measurements. Modes: `quote` (the plan engine), `odontogram` (the chart),
/// `render` (whole booklets against the peers), `pdf-export` (a PDF render's parts), `scale` (a plan grown ×1, ×10, ×100), `watch` (a designer's
/// save-to-preview latency), `suggest` (drafting variants from a 32-tooth chart), `chairside` (an edited
/// case to one chairside screen), `http` (the same over HTTP, through a session and files by hash), `service-memory`
/// (the service's resident set against its budget).
let mode = CommandLine.arguments.dropFirst().first ?? "quote"
// What is measured in process is measured with the render service's malloc settings.
MallocTuning.applyForRenderService()
switch mode {
case "quote":
    do {
        try QuoteBenchmark.run()
    } catch {
        print("benchmark failed: \(error)")
    }
case "suggest":
    do {
        try SuggestBenchmark.run()
    } catch {
        print("benchmark failed: \(error)")
    }
case "odontogram":
    do {
        try OdontogramBenchmark.run()
    } catch {
        print("benchmark failed: \(error)")
    }
case "render", "render-memory", "reference-case":
    do {
        let arguments = Array(CommandLine.arguments.dropFirst(2))
        switch mode {
        case "render": try RenderBenchmark.run(arguments: arguments)
        case "render-memory": try RenderBenchmark.memory(arguments: arguments)
        default: try RenderBenchmark.writeReference(arguments: arguments)
        }
    } catch {
        print("benchmark failed: \(error)")
    }
case "pdf-export":
    do {
        try PDFExportBenchmark.run(arguments: Array(CommandLine.arguments.dropFirst(2)))
    } catch {
        print("benchmark failed: \(error)")
    }
case "scale":
    do {
        try ScaleBenchmark.run(arguments: Array(CommandLine.arguments.dropFirst(2)))
    } catch {
        print("benchmark failed: \(error)")
    }
case "chairside":
    do {
        try ChairsideBenchmark.run(arguments: Array(CommandLine.arguments.dropFirst(2)))
    } catch {
        print("benchmark failed: \(error)")
    }
case "http", "service-memory":
    do {
        let arguments = Array(CommandLine.arguments.dropFirst(2))
        if mode == "http" {
            try await ServiceBenchmark.http(arguments: arguments)
        } else {
            try await ServiceBenchmark.memory(arguments: arguments)
        }
    } catch {
        print("benchmark failed: \(error)")
    }
case "watch":
    do {
        try WatchBenchmark.run(arguments: Array(CommandLine.arguments.dropFirst(2)))
    } catch {
        print("benchmark failed: \(error)")
    }
default:
    print("usage: planpress-bench quote|suggest|odontogram|render [RUNS]|render-memory CASE ROOT RENDERS|pdf-export [RUNS] [CASE ROOT]|reference-case FOLDER|scale [RUNS]|watch [ROUNDS]|chairside [RUNS]|http [RUNS [SERVE OPTIONS…]]|service-memory [SERVE OPTIONS…]")
}
