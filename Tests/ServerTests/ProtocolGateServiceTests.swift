import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PlanPress
import PlanPressServer
import Testing

/// The service refuses a plan the clinic's protocol forbids (422 problem+json carrying the findings),
/// renders a marked draft on request (`draft=true`), and reports warnings in a header, never on a page.
@Suite(.serialized) struct ProtocolGateServiceTests {
    /// `Fixtures/protocol/no-rubber-dam.yaml` (root canal treatment of 36 without rubber dam) as a
    /// multipart request with its price list and X-ray.
    static func noRubberDamRequest() throws -> (body: [UInt8], headers: HTTPFields) {
        let fixtures = FixturePaths.repository.appendingPathComponent("Fixtures")
        let caseText = try String(contentsOf: fixtures.appendingPathComponent("protocol/no-rubber-dam.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "../prices/", with: "").replacingOccurrences(of: "../images/", with: "")
        let boundary = "planpress-gate-boundary"
        var body: [UInt8] = []
        func part(_ name: String, _ file: String?, _ type: String, _ bytes: [UInt8]) {
            let disposition = file.map { "form-data; name=\"\(name)\"; filename=\"\($0)\"" } ?? "form-data; name=\"\(name)\""
            body += Array("--\(boundary)\r\nContent-Disposition: \(disposition)\r\nContent-Type: \(type)\r\n\r\n".utf8)
                + bytes + Array("\r\n".utf8)
        }
        part("case", nil, "application/yaml", Array(caseText.utf8))
        part("files", "ru-clinic.yaml", "application/yaml",
             Array(try Data(contentsOf: fixtures.appendingPathComponent("prices/ru-clinic.yaml"))))
        part("files", "xray-panoramic.jpg", "image/jpeg",
             Array(try Data(contentsOf: fixtures.appendingPathComponent("images/xray-panoramic.jpg"))))
        body += Array("--\(boundary)--\r\n".utf8)
        return (body, [.contentType: "multipart/form-data; boundary=\(boundary)"])
    }

    static let findingsHeader = HTTPField.Name("X-Protocol-Findings")!

    @Test func aProtocolErrorRefusesTheBookletWithItsFindings() async throws {
        let request = try Self.noRubberDamRequest()
        try await FacadeRenderTests.withFacade { server in
            let refused = try await server.send(.post, "/v1/render?format=pdf", headers: request.headers, body: request.body)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.headers[.contentType] == "application/problem+json")
            #expect((refused.json["type"] as? String)?.hasSuffix("/protocol-errors") == true)
            let findings = refused.json["findings"] as? [[String: Any]] ?? []
            let error = try #require(findings.first { $0["rule"] as? String == "endo-rubber-dam" })
            #expect(error["severity"] as? String == "error")
            #expect(error["visit"] as? Int == 2)
            #expect(error["tooth"] as? Int == 36)
            #expect(error["message"] as? String
                    == "Посещение 2, зуб 36: эндодонтическое лечение проводится только под коффердамом в том же посещении")
        }
    }

    @Test func aDraftIsRenderedOnRequestWithTheFindingsInAHeader() async throws {
        let request = try Self.noRubberDamRequest()
        try await FacadeRenderTests.withFacade { server in
            let draft = try await server.send(.post, "/v1/render?format=png&pages=1&dpi=36&draft=true",
                                              headers: request.headers, body: request.body)
            #expect(draft.status == .ok)
            #expect(draft.headers[.contentType] == "image/png")
            let header = draft.headers[Self.findingsHeader] ?? ""
            #expect(header.contains("error;rule=endo-rubber-dam;variant=1;visit=2;tooth=36;message*=UTF-8''"))
            #expect(header.contains("warning;rule=item-names-its-problem"))
            let ascii = header.unicodeScalars.allSatisfy { $0.isASCII }
            #expect(ascii)
            let bad = try await server.send(.post, "/v1/render?draft=yes", headers: request.headers, body: request.body)
            #expect(bad.status == .badRequest)
            #expect(bad.json["field"] as? String == "draft")
        }
    }

    @Test func warningsOfAValidPlanGoToTheHeader() async throws {
        let body = try FacadeRenderTests.sampleRequest()
        try await FacadeRenderTests.withFacade { server in
            let pdf = try await server.send(.post, "/v1/render?format=png&pages=1&dpi=36",
                                            headers: [.contentType: "application/json"], body: body)
            #expect(pdf.status == .ok)
            let header = pdf.headers[Self.findingsHeader] ?? ""
            #expect(header.contains("warning;rule=metal-quota;variant=1;message*=UTF-8''"))
            #expect(!header.contains("error;"))
        }
    }
}
