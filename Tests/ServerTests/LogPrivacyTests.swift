import Foundation
import HTTPTypes
import HummingbirdTesting
import Logging
import PlanPress
import PlanPressServer
import Synchronization
import Testing

/// The service's logs never carry patient data: every line at every level, over renders, reports and
/// refused cases whose problem quotes the patient's details.
@Suite(.serialized) struct LogPrivacyTests {
    static let name = "Quillfeather Zanzibarova"
    static let birthDate = "1911-03-17"

    @Test func noLogLineNamesThePatient() async throws {
        let lines = CapturedLines()
        var logger = Logger(label: "planpress.privacy") { _ in CapturingLogHandler(lines: lines) }
        logger.logLevel = .trace
        var request = try JSONSerialization.jsonObject(with: Data(FacadeRenderTests.sampleRequest())) as? [String: Any] ?? [:]
        var caseObject = request["case"] as? [String: Any] ?? [:]
        caseObject["patient"] = ["name": Self.name, "birthDate": Self.birthDate, "id": "ZQ-1911"]
        request["case"] = caseObject
        let body = Array(try JSONSerialization.data(withJSONObject: request))
        // The same case with the birth date in the wrong place: the refusal quotes it (and the name) back.
        caseObject["validUntil"] = Self.birthDate
        caseObject["notes"] = Self.name
        caseObject["schemaVersion"] = Self.name
        request["case"] = caseObject
        let refusedBody = Array(try JSONSerialization.data(withJSONObject: request))

        let resources = try ResourceLocator(root: FixturePaths.repository)
        let limits = ServiceLimits(renderTimeout: .seconds(60), concurrentRenders: 1)
        try await LiveServer.with(limits: limits, makeBackend: { try Renderer(resources: resources) },
                                  logger: logger) { server in
            try await server.waitUntilReady()
            let json: HTTPFields = [.contentType: "application/json"]
            let page = try await server.send(.post, "/v1/render?format=png&pages=1&dpi=36", headers: json, body: body)
            #expect(page.status == .ok)
            #expect(try await server.send(.post, "/v1/validate", headers: json, body: body).status == .ok)
            #expect(try await server.send(.post, "/v1/quote", headers: json, body: body).status == .ok)
            let refused = try await server.send(.post, "/v1/render", headers: json, body: refusedBody)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains(Self.name))
        }
        let text = lines.all.joined(separator: "\n")
        #expect(text.contains("route=/v1/render") && text.contains("problem=invalid-case"))
        #expect(!text.contains(Self.name) && !text.contains("Quillfeather") && !text.contains("Zanzibarova"))
        #expect(!text.contains(Self.birthDate) && !text.contains("ZQ-1911"))
    }
}

/// Every line logged, as `message key=value…`.
final class CapturedLines: Sendable {
    private let storage = Mutex<[String]>([])
    func append(_ line: String) { storage.withLock { $0.append(line) } }
    var all: [String] { storage.withLock { $0 } }
}

/// A log handler writing into `CapturedLines` with its metadata and any error.
struct CapturingLogHandler: LogHandler {
    let lines: CapturedLines
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let all = metadata.merging(event.metadata ?? [:]) { $1 }
        let fields = all.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        lines.append(([event.message.description] + fields + [event.error.map { "error=\($0)" } ?? ""]).joined(separator: " "))
    }
}
