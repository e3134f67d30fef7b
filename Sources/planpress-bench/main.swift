/// `planpress-bench MODE`: performance measurements. Modes: `quote` (the plan engine), `odontogram` (the chart).
let mode = CommandLine.arguments.dropFirst().first ?? "quote"
switch mode {
case "quote":
    do {
        try QuoteBenchmark.run()
    } catch {
        print("benchmark failed: \(error)")
    }
case "odontogram":
    do {
        try OdontogramBenchmark.run()
    } catch {
        print("benchmark failed: \(error)")
    }
default:
    print("usage: planpress-bench quote|odontogram")
}
