import Foundation
import PlanPress
import Render

/// `planpress-bench scale [RUNS]`: how a booklet's cost grows with the plan. One variant of 5 visits and
/// 10 items (a filling on a tooth and one more service each visit, on teeth in turn) is grown ×10 and ×100
/// (500 visits, the most a variant may have); each size is rendered to PDF in process, median of `RUNS`
/// (default 3) after 3 warm-ups. Linear growth shows as a time ratio to ×1 near the size ratio, and as a
/// steady time per visit.
enum ScaleBenchmark {
    static let baseVisits = 5

    static func run(arguments: [String]) throws {
        let runs = arguments.first.flatMap { Int($0) } ?? 3
        let resources = try ResourceLocator.locate()
        let fixtures = resources.root.appendingPathComponent("Fixtures")
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("planpress-scale-\(getpid())")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let renderer = try Renderer(resources: resources)
        let options = RenderOptions(format: .pdf)

        print("Scale benchmark: PDF in process, median of \(runs) runs after \(RenderBenchmark.warmUps) warm-ups")
        print("load average before: \(RenderBenchmark.loadAverage())")
        print("")
        print("| size | visits | items | pages | median wall (ms) | ratio to ×1 | ms per visit |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        var reference: Double?
        for factor in [1, 10, 100] {
            let visits = baseVisits * factor
            let caseURL = work.appendingPathComponent("scale-\(factor).yaml")
            try caseText(visits: visits, prices: fixtures.appendingPathComponent("prices/ru-clinic.yaml"))
                .write(to: caseURL, atomically: true, encoding: .utf8)
            let pages = try renderer.render(.file(atPath: caseURL.path, root: fixtures), options: options).pageCount
            let measured = try RenderBenchmark.measure(runs: runs) {
                _ = try renderer.render(.file(atPath: caseURL.path, root: fixtures), options: options)
            }
            let ratio = measured.wall / (reference ?? measured.wall)
            reference = reference ?? measured.wall
            print("| ×\(factor) | \(visits) | \(visits * 2) | \(pages) | \(RenderBenchmark.milliseconds(measured.wall)) | "
                  + String(format: "%.1f", ratio) + " | " + String(format: "%.2f", measured.wall * 1000 / Double(visits)) + " |")
        }
    }

    /// A case of one variant with `visits` visits of two items each.
    static func caseText(visits: Int, prices: URL) -> String {
        let teeth = [11, 12, 13, 14, 15, 16, 17, 21, 22, 23, 24, 25, 26, 27, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 47]
        let second = ["{teeth: all, code: H01}", "{teeth: 36, code: X03}", "{teeth: 14, code: AN1}"]
        var text = """
            schemaVersion: 1
            locale: en
            currency: RUB
            date: 2026-11-23
            validUntil: 2026-12-31
            prices: \(prices.path)
            clinic: {name: "Clinic", address: "1 Main Street", phone: "+7 495 123-45-67"}
            patient: {name: "Patient", birthDate: 1985-01-20, id: "B-1"}
            formula: {teeth: {}}
            variants:
              - name: "Everything"
                goal: "A plan grown for the benchmark"
                visits:

            """
        for index in 0..<visits {
            text += """
                      - title: "Visit \(index + 1)"
                        duration: 60
                        items:
                          - {teeth: \(teeth[index % teeth.count]), code: F01, surfaces: M}
                          - \(second[index % second.count])

                """
        }
        return text
    }
}
