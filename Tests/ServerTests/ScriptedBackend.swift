import DentalModel
import Foundation
import Graphics
import PlanPress
import PlanPressServer

/// A test double for the façade: it reads instructions from the uploaded case's `script` member
/// (`sleepMs`, `pages`) and answers with a description of what it was given, so tests can see exactly
/// which case and files reached the backend.
final class ScriptedBackend: RenderBackend {
    let warmUpDelay: Duration

    init(warmUpDelay: Duration = .zero) { self.warmUpDelay = warmUpDelay }

    func warmUp() throws { Thread.sleep(forTimeInterval: Self.seconds(warmUpDelay)) }

    func templates() throws -> [TemplateSummary] {
        [TemplateSummary(name: "premium", summary: "The full booklet")]
    }

    func render(_ input: CaseInput, parameters: RenderParameters) throws -> RenderedDocument {
        let script = Self.script(input)
        Thread.sleep(forTimeInterval: Double(script["sleepMs"] as? Int ?? 0) / 1000)
        if let overrun = script["overrunMs"] as? Int {
            // A render that notices its deadline late: it stops `overrunMs` after it.
            while !parameters.deadline.hasPassed { Thread.sleep(forTimeInterval: 0.002) }
            Thread.sleep(forTimeInterval: Double(overrun) / 1000)
            throw Problem(.renderTimeout, "the render took longer than its deadline", retryAfterSeconds: 1)
        }
        let pages = script["pages"] as? Int ?? 3
        guard pages <= parameters.maximumPages else {
            throw Problem(.tooManyPages, "\(pages) pages is over \(parameters.maximumPages)")
        }
        let files = ([input.name] + ((input.files as? MemoryFileSource)?.files.keys.map { $0 } ?? [])).sorted()
        let text = "\(parameters.format)|\(parameters.template ?? "-")|\(input.name)|\(files.joined(separator: ","))"
        let types = ["pdf": "application/pdf", "png": "image/png", "svg": "image/svg+xml"]
        return RenderedDocument(bytes: Array(text.utf8), contentType: types[parameters.format] ?? "", pageCount: pages)
    }

    func validate(_ input: CaseInput) throws -> PlanReport {
        let valid = Self.script(input)["valid"] as? Bool ?? true
        return PlanReport(json: Array(#"{"valid":\#(valid)}"#.utf8), isAcceptable: valid)
    }

    func quote(_ input: CaseInput) throws -> PlanReport {
        PlanReport(json: Array(#"{"variants":[]}"#.utf8), isAcceptable: true)
    }

    func outcome(_ input: CaseInput) throws -> PlanReport {
        PlanReport(json: Array(#"{"variants":[]}"#.utf8), isAcceptable: true)
    }

    /// Three screens, the second before and the third after; the PNG's bytes describe the request.
    func screen(_ input: CaseInput, request: ScreenRequest) throws -> Screen {
        guard request.page <= 3 else { throw Problem(.notFound, "the booklet has 3 screens; there is no screen \(request.page)") }
        let text = "screen|\(request.page)|\(request.width)|\(request.variant.map(String.init) ?? "-")|\(request.template ?? "-")"
        return Screen(png: Array(text.utf8), pageCount: 3, beforePage: 2, afterPage: 3)
    }

    private static func script(_ input: CaseInput) -> [String: Any] {
        let object = (try? JSONSerialization.jsonObject(with: Data(input.document))) as? [String: Any]
        return object?["script"] as? [String: Any] ?? [:]
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
