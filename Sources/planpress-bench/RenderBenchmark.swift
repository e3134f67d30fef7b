import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif
// With swift-nio in the graph, `timespec` and `rusage` resolve to CDispatch's copies of the C headers.
#if canImport(CDispatch)
import CDispatch
#endif
import PlanPress
import Render

/// `planpress-bench render [RUNS]`: how long a booklet takes, as a whole `planpress render` process and
/// in process, against references measured in the same run.
///
/// The document is the peers' 9-page reference (`bench-peers/case/case.json`, converted to a v1 case and
/// price list in a temporary folder), so the Typst figure in `bench-peers/RESULTS.md` (0.090 s) and the
/// raw-pycairo peer (`render_cairo.py`, timed here when `python3`, or `$PLANPRESS_PEER_PYTHON`, imports
/// cairo) drew the same content. The
/// project's own `Fixtures/cases/full-mouth.yaml` is timed too. Each figure is the median of `RUNS`
/// (default 15) after 3 warm-ups.
///
/// `planpress-bench reference-case FOLDER` writes the converted reference case there.
///
/// `planpress-bench render-memory CASE ROOT RENDERS`: renders `CASE` `RENDERS` times in this process
/// after 10 warm-ups and prints the resident memory before and after, for the leak test.
enum RenderBenchmark {
    /// Typst's whole-process median for the reference booklet, from `bench-peers/RESULTS.md`.
    static let typstSeconds = 0.090
    static let warmUps = 3

    static func run(arguments: [String]) throws {
        let runs = arguments.first.flatMap { Int($0) } ?? 15
        let peers = peersFolder
        let resources = try ResourceLocator.locate()
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("planpress-bench-\(getpid())")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let reference = try ReferenceCase.write(from: peers.appendingPathComponent("case"), into: work)
        let planpress = try planpressExecutable()

        print("Rendering benchmark: median of \(runs) runs after \(warmUps) warm-ups")
        print("load average before: \(loadAverage())")
        var rows: [(String, Measurement)] = []
        let cases = [("reference booklet (bench-peers case)", reference, work),
                     ("full-mouth.yaml", resources.root.appendingPathComponent("Fixtures/cases/full-mouth.yaml"),
                      resources.root.appendingPathComponent("Fixtures"))]
        for (name, caseURL, root) in cases {
            let output = work.appendingPathComponent("out.pdf").path
            let process = try measure(runs: runs) {
                try runProcess(planpress, ["render", caseURL.path, "--root", root.path, "-o", output])
            }
            let renderer = try Renderer(resources: resources)
            let options = RenderOptions(format: .pdf)
            let pages = try renderer.render(.file(atPath: caseURL.path, root: root), options: options).pageCount
            rows.append(("\(name), \(pages) pages: `planpress render` whole process", process))
            let inProcess = try measure(runs: runs) { _ = try renderer.render(.file(atPath: caseURL.path, root: root), options: options) }
            rows.append(("\(name): in process (Renderer reused)", inProcess))
            let cold = try measure(runs: runs) {
                _ = try Renderer(resources: resources).render(.file(atPath: caseURL.path, root: root), options: options)
            }
            rows.append(("\(name): in process, a new Renderer each time (fonts loaded and shaped afresh)", cold))
            let png = RenderOptions(format: .png, pages: try PageSelection(parsing: "1"), dpi: 150, pngCompression: 1)
            let pngPage = try measure(runs: runs) { _ = try renderer.render(.file(atPath: caseURL.path, root: root), options: png) }
            rows.append(("\(name): in process, page 1 as PNG at 150 dpi, level 1", pngPage))
        }
        let peerMeasurement = try measurePeer(runs: runs, output: work.appendingPathComponent("peer.pdf"))
        if let peerMeasurement {
            rows.append(("raw pycairo peer (`render_cairo.py`), 9 pages, whole process", peerMeasurement))
        }
        print("")
        print("| what | median wall (ms) | median CPU (ms) |")
        print("|---|---:|---:|")
        for (name, measurement) in rows {
            print("| \(name) | \(milliseconds(measurement.wall)) | \(milliseconds(measurement.cpu)) |")
        }
        let ours = rows[0].1
        print("")
        print("Reference booklet, whole process: Typst \(typstSeconds) s (RESULTS.md) / ours \(seconds(ours.wall)) s = "
              + "\(ratio(typstSeconds, ours.wall))× faster than Typst (goal 4×)")
        if let peer = peerMeasurement {
            print("Raw pycairo peer measured now: \(seconds(peer.wall)) s / ours \(seconds(ours.wall)) s = \(ratio(peer.wall, ours.wall))×")
        } else {
            print("Raw pycairo peer: not measured (\(peerPython) cannot import cairo; set PLANPRESS_PEER_PYTHON)")
        }
        print("load average after: \(loadAverage())")
    }

    /// The peers' benchmark folder: `$PLANPRESS_PEERS`, else `/work/shared/bench-peers`.
    static var peersFolder: URL {
        URL(fileURLWithPath: ProcessInfo.processInfo.environment["PLANPRESS_PEERS"] ?? "/work/shared/bench-peers")
    }

    /// The Python that runs the raw-pycairo peer: `$PLANPRESS_PEER_PYTHON`, else `python3`.
    static var peerPython: String { ProcessInfo.processInfo.environment["PLANPRESS_PEER_PYTHON"] ?? "python3" }

    /// The raw-pycairo peer (`render_cairo.py`) drawing the reference case into `output`, as a whole
    /// process; `nil` when `peerPython` cannot import cairo.
    static func measurePeer(runs: Int, output: URL) throws -> Measurement? {
        let env = URL(fileURLWithPath: "/usr/bin/env")
        guard (try? runProcess(env, [peerPython, "-c", "import cairo"])) != nil else { return nil }
        return try measure(runs: runs) {
            try runProcess(env, [peerPython, peersFolder.appendingPathComponent("render_cairo.py").path,
                                 peersFolder.appendingPathComponent("case").path, output.path])
        }
    }

    /// Writes the converted reference case into the folder `arguments[0]`, to look at or render by hand.
    static func writeReference(arguments: [String]) throws {
        guard let folder = arguments.first else {
            print("usage: planpress-bench reference-case FOLDER")
            return
        }
        let peers = peersFolder
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        print(try ReferenceCase.write(from: peers.appendingPathComponent("case"), into: URL(fileURLWithPath: folder)).path)
    }

    /// Renders a case many times in this process and prints resident memory after warm-up and at the end.
    static func memory(arguments: [String]) throws {
        guard arguments.count == 3, let renders = Int(arguments[2]) else {
            print("usage: planpress-bench render-memory CASE ROOT RENDERS")
            return
        }
        let renderer = try Renderer(resources: try ResourceLocator.locate())
        let options = RenderOptions(format: .pdf)
        let root = URL(fileURLWithPath: arguments[1])
        for _ in 0..<10 { _ = try renderer.render(.file(atPath: arguments[0], root: root), options: options) }
        let before = residentKiB()
        for _ in 0..<renders { _ = try renderer.render(.file(atPath: arguments[0], root: root), options: options) }
        print("renders=\(renders) rss-before-kib=\(before) rss-after-kib=\(residentKiB())")
    }

    // MARK: Measuring

    /// The medians of a timed action.
    struct Measurement {
        var wall: Double = 0
        /// CPU time: of the child process when the action ran one, else of this process.
        var cpu: Double = 0
    }

    /// Runs `action` `warmUps` times, then `runs` times, and keeps the medians.
    static func measure(runs: Int, _ action: () throws -> Void) throws -> Measurement {
        for _ in 0..<warmUps { try action() }
        var walls: [Double] = [], cpus: [Double] = []
        let clock = ContinuousClock()
        for _ in 0..<max(1, runs) {
            let (childBefore, ownBefore) = (childCPU(), processCPU())
            let elapsed = try clock.measure { try action() }
            walls.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
            let child = childCPU() - childBefore
            cpus.append(child > 0 ? child : processCPU() - ownBefore)
        }
        return Measurement(wall: median(walls), cpu: median(cpus))
    }

    /// `part` as a percentage of `whole`, one decimal.
    static func percent(_ part: Double, of whole: Double) -> String {
        whole > 0 ? "\((part / whole * 1000).rounded() / 10) %" : "–"
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    /// User plus system time of this process so far, in seconds.
    static func processCPU() -> Double { cpuSeconds(CLOCK_PROCESS_CPUTIME_ID) }

    /// User plus system time of the calling thread so far, in seconds: on a machine others share, it moves
    /// far less than the wall time.
    static func threadCPU() -> Double { cpuSeconds(CLOCK_THREAD_CPUTIME_ID) }

    private static func cpuSeconds(_ clock: clockid_t) -> Double {
        var time = timespec()
        clock_gettime(clock, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// User plus system time of every waited-for child so far, in seconds.
    static func childCPU() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    static func residentKiB() -> Int {
        let fields = (try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8))?.split(separator: " ") ?? []
        return fields.count > 1 ? (Int(fields[1]) ?? 0) * Int(sysconf(Int32(_SC_PAGESIZE))) / 1024 : 0
    }

    static func loadAverage() -> String {
        (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ") ?? "?"
    }

    // MARK: Processes

    struct ProcessFailed: Error, CustomStringConvertible {
        let command: String
        let status: Int32
        var description: String { "\(command) exited with status \(status)" }
    }

    static func runProcess(_ executable: URL, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ProcessFailed(command: ([executable.lastPathComponent] + arguments).joined(separator: " "),
                                status: process.terminationStatus)
        }
    }

    /// `planpress`, built beside this benchmark.
    static func planpressExecutable() throws -> URL {
        let url = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0]))
            .resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("planpress")
        guard FileManager.default.isExecutableFile(atPath: url.path) else {
            throw ProcessFailed(command: "\(url.path) (build it: swift build -c release --product planpress)", status: -1)
        }
        return url
    }

    static func milliseconds(_ value: Double) -> String { String(format: "%.1f", value * 1000) }
    static func seconds(_ value: Double) -> String { String(format: "%.4f", value) }
    static func ratio(_ a: Double, _ b: Double) -> String { b > 0 ? String(format: "%.2f", a / b) : "–" }
}

/// The peers' reference case (`bench-peers/case/case.json`) as a PlanPress v1 case and price list: the
/// same patient, formula, images, variants, visits and items, each peer code a service at its price.
enum ReferenceCase {
    /// Writes `reference.json`, `prices.json` and the images into `folder`; returns the case's URL.
    static func write(from peerCase: URL, into folder: URL) throws -> URL {
        let data = try Data(contentsOf: peerCase.appendingPathComponent("case.json"))
        guard let peer = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw RenderBenchmark.ProcessFailed(command: "reading \(peerCase.path)/case.json", status: -1)
        }
        for name in ["xray.jpg", "p1.jpg", "p2.jpg", "p3.jpg", "p4.jpg"] {
            let target = folder.appendingPathComponent(name)
            try? FileManager.default.removeItem(at: target)
            try FileManager.default.copyItem(at: peerCase.appendingPathComponent(name), to: target)
        }
        let variants = peer["variants"] as? [[String: Any]] ?? []
        let formula = peer["formula"] as? [[String: Any]] ?? []
        try json(prices(variants)).write(to: folder.appendingPathComponent("prices.json"))
        let url = folder.appendingPathComponent("reference.json")
        try json(dentalCase(peer, formula: formula, variants: variants)).write(to: url)
        return url
    }

    static func json(_ object: Any) throws -> Data {
        try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
    }

    static func items(_ variants: [[String: Any]]) -> [[String: Any]] {
        variants.flatMap { ($0["visits"] as? [[String: Any]] ?? []).flatMap { $0["items"] as? [[String: Any]] ?? [] } }
    }

    /// One service per peer code, priced per item; the item's `result` becomes the service's effect.
    static func prices(_ variants: [[String: Any]]) -> [String: Any] {
        var services: [String: [String: Any]] = [:]
        let effects = ["missing": "extraction", "implant": "implant", "crown": "crown", "filling": "filling", "clean": "hygiene"]
        for item in items(variants) {
            guard let code = item["code"] as? String, services[code] == nil else { continue }
            var service: [String: Any] = ["code": code, "name": ["ru": item["solution"] as? String ?? code],
                                          "category": "treatment", "unit": "item", "price": item["unit_price"] as? String ?? "0"]
            if let result = item["result"] as? String, let effect = effects[result] { service["effect"] = effect }
            services[code] = service
        }
        return ["schemaVersion": 1, "currency": "RUB", "services": services.keys.sorted().compactMap { services[$0] }]
    }

    static func dentalCase(_ peer: [String: Any], formula: [[String: Any]], variants: [[String: Any]]) -> [String: Any] {
        let patient = peer["patient"] as? [String: Any] ?? [:]
        let date = peer["date"] as? String ?? "2026-11-23"
        let images = peer["images"] as? [String: Any] ?? [:]
        let views = ["smile", "upper-occlusal", "lower-occlusal", "right"]
        let photos = (images["photos"] as? [[String: Any]] ?? []).enumerated().map { index, photo in
            ["view": views[min(index, views.count - 1)], "file": photo["file"] ?? "", "caption": photo["caption"] ?? "",
             "date": date] as [String: Any]
        }
        return [
            "schemaVersion": 1, "notation": "fdi", "locale": "ru", "currency": "RUB", "date": date,
            "validUntil": "2027-02-23", "prices": "prices.json",
            "clinic": peer["clinic"] ?? [:],
            "patient": ["name": patient["name"] ?? "", "birthDate": patient["birth_date"] ?? "", "id": patient["card"] ?? ""],
            "formula": ["dentition": "permanent", "teeth": teeth(formula), "sextants": sextants(formula)],
            // The peers' plans place implants, which the clinic's protocol allows only with a CBCT on file.
            "imaging": ["xrays": [["kind": "panoramic", "file": images["xray"] ?? "xray.jpg", "date": date,
                                   "caption": "Ортопантомограмма"],
                                  ["kind": "cbct", "file": images["xray"] ?? "xray.jpg", "date": date,
                                   "caption": "КЛКТ"]],
                        "photos": photos],
            "variants": variants.map(variant),
        ]
    }

    static func teeth(_ formula: [[String: Any]]) -> [String: Any] {
        var teeth: [String: Any] = [:]
        for tooth in formula {
            guard let number = tooth["fdi"] as? Int else { continue }
            let surfaces = (tooth["surfaces"] as? String).flatMap { $0.isEmpty ? nil : $0 }
            let defaultSurface = number % 10 <= 3 ? "B" : "O"
            switch tooth["state"] as? String {
            case "missing": teeth["\(number)"] = "missing"
            case "implant": teeth["\(number)"] = ["state": "implant"]
            case "root-remnant": teeth["\(number)"] = ["state": "root-remnant"]
            case "filling": teeth["\(number)"] = ["restorations": [["kind": "filling", "surfaces": surfaces ?? defaultSurface]]]
            case "crown": teeth["\(number)"] = ["restorations": [["kind": "crown"]]]
            case "caries": teeth["\(number)"] = ["findings": [["kind": "caries", "surfaces": surfaces ?? defaultSurface]]]
            default: break
            }
        }
        return teeth
    }

    /// Per-tooth plaque and gum flags, gathered into sextants.
    static func sextants(_ formula: [[String: Any]]) -> [String: Any] {
        func sextant(_ tooth: Int) -> String {
            let quadrant = tooth / 10, position = tooth % 10
            switch (quadrant, position) {
            case (1, 4...): return "S1"
            case (1, _), (2, ...3): return "S2"
            case (2, _): return "S3"
            case (3, 4...): return "S4"
            case (3, _), (4, ...3): return "S5"
            default: return "S6"
            }
        }
        var flags: [String: (plaque: Bool, inflammation: Bool)] = [:]
        for tooth in formula {
            guard let number = tooth["fdi"] as? Int else { continue }
            var flag = flags[sextant(number)] ?? (false, false)
            flag.plaque = flag.plaque || tooth["plaque"] as? Bool == true
            flag.inflammation = flag.inflammation || tooth["gum_inflammation"] as? Bool == true
            flags[sextant(number)] = flag
        }
        return flags.mapValues { ["plaque": $0.plaque, "inflammation": $0.inflammation, "bleeding": $0.inflammation, "pocketDepth": 3] }
    }

    /// The peer's visits as v1 visits. The clinic's protocol wants an implant to wait 8 weeks after an
    /// extraction, which the peers' plans do not say: an implant visit gets that interval, and implants
    /// planned in the visit that extracts are moved into a visit of their own after it.
    static func variant(_ variant: [String: Any]) -> [String: Any] {
        let visits = (variant["visits"] as? [[String: Any]] ?? []).flatMap { visit -> [[String: Any]] in
            let items = visit["items"] as? [[String: Any]] ?? []
            let isImplant = { (item: [String: Any]) in item["result"] as? String == "implant" }
            let extracts = items.contains { $0["result"] as? String == "missing" }
            let parts = extracts ? [items.filter { !isImplant($0) }, items.filter(isImplant)] : [items]
            return parts.filter { !$0.isEmpty }.map { items in
                var converted: [String: Any] = ["title": visit["title"] ?? "", "duration": visit["duration_min"] ?? 60,
                                                "specialists": specialists(items), "items": items.map(item)]
                if items.contains(where: isImplant) { converted["interval"] = "8 weeks" }
                return converted
            }
        }
        return ["name": variant["name"] ?? "", "goal": variant["summary"] ?? "", "visits": visits]
    }

    /// The specialists the items name ("Хирург Иванов И. И."), one per role.
    static func specialists(_ items: [[String: Any]]) -> [[String: Any]] {
        var specialists: [[String: Any]] = []
        for text in items.compactMap({ $0["specialist"] as? String }) {
            let words = text.split(separator: " ", maxSplits: 1)
            let specialist = ["role": String(words.first ?? "врач").lowercased(), "name": words.count > 1 ? String(words[1]) : ""]
            if !specialists.contains(where: { $0["role"] as? String == specialist["role"] }) { specialists.append(specialist) }
        }
        return specialists
    }

    static func item(_ item: [String: Any]) -> [String: Any] {
        var result: [String: Any] = ["code": item["code"] ?? "", "quantity": item["qty"] ?? 1,
                                     "problem": item["problem"] ?? "", "solution": item["solution"] ?? ""]
        result["teeth"] = (item["tooth"] as? Int).map { $0 as Any } ?? "all"
        return result
    }
}
