import DentalModel
import Foundation
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

    private static func script(_ input: CaseInput) -> [String: Any] {
        let object = (try? JSONSerialization.jsonObject(with: Data(input.document))) as? [String: Any]
        return object?["script"] as? [String: Any] ?? [:]
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
