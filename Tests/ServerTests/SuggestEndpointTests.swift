import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PlanPressServer
import Testing

/// `POST /v1/suggest` through the real façade: the sample case with its variants dropped comes back with
/// three drafted variants that the service's own validator accepts.
@Suite struct SuggestEndpointTests {
    @Test func suggestsThreeVariantsThatValidate() async throws {
        let sample = try JSONSerialization.jsonObject(with: Data(FacadeRenderTests.sampleRequest())) as? [String: Any] ?? [:]
        let files = sample["files"] as? [String: String] ?? [:]
        try await FacadeRenderTests.withFacade { server in
            let json: HTTPFields = [.contentType: "application/json"]
            let body = try FacadeRenderTests.sampleRequest()
            let response = try await server.send(.post, "/v1/suggest?replace=true", headers: json, body: body)
            #expect(response.status == .ok, "\(response.text)")
            #expect(response.headers[.contentType] == "application/json")
            let suggested = response.json
            #expect((suggested["variants"] as? [[String: Any]])?.count == 3)
            let again = try await server.send(.post, "/v1/suggest?replace=true", headers: json, body: body)
            #expect(again.text == response.text)
            let envelope = Array(try JSONSerialization.data(withJSONObject: ["case": suggested, "files": files]))
            let validated = try await server.send(.post, "/v1/validate", headers: json, body: envelope)
            #expect(validated.status == .ok, "\(validated.text)")
            let unknown = try await server.send(.post, "/v1/suggest?replace=yes", headers: json, body: body)
            #expect(unknown.status == .badRequest)
            #expect(unknown.json["field"] as? String == "replace")
        }
    }
}
