import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PlanPress
import PlanPressServer
import Render
import Testing

/// The fingerprint on the acceptance page proves what the patient signed: the service's booklet of a case
/// carries the one `planpress fingerprint` computes from the case's files, on every identical request, and
/// another one as soon as one photo changes.
@Suite(.serialized) struct FingerprintAgreementTests {
    /// The short fingerprint a PDF carries in its Keywords.
    static func keywords(_ pdf: String) -> String? {
        pdf.range(of: #"/Keywords \(([0-9a-f ]+)\)"#, options: .regularExpression)
            .map { String(pdf[$0].dropFirst(11).dropLast()) }
    }

    @Test func serviceAndCommandLineAgreeAndOnePhotoChangesIt() async throws {
        let resources = try ResourceLocator(root: FixturePaths.repository)
        let fromFiles = try Renderer(resources: resources).fingerprint(
            casePath: FixturePaths.repository.appendingPathComponent("Fixtures/cases/full-mouth.yaml").path,
            options: RenderOptions(imageRoot: FixturePaths.repository.appendingPathComponent("Fixtures")))
        let short = "\(fromFiles)"  // the short form, as printed
        var request = try #require(try JSONSerialization.jsonObject(with: Data(FacadeRenderTests.sampleRequest())) as? [String: Any])
        let same = Array(try JSONSerialization.data(withJSONObject: request))
        var files = try #require(request["files"] as? [String: String])
        files["photo-smile.jpg"] = files["photo-frontal.jpg"]  // another photo under the same name
        request["files"] = files
        let changed = Array(try JSONSerialization.data(withJSONObject: request))
        try await FacadeRenderTests.withFacade { server in
            let json: HTTPFields = [.contentType: "application/json"]
            let first = try await server.send(.post, "/v1/render?format=pdf", headers: json, body: same)
            let second = try await server.send(.post, "/v1/render?format=pdf", headers: json, body: same)
            let other = try await server.send(.post, "/v1/render?format=pdf", headers: json, body: changed)
            #expect(first.status == .ok && second.status == .ok && other.status == .ok, "\(other.text.prefix(300))")
            #expect(Self.keywords(first.text) == short, "service and CLI")
            #expect(Self.keywords(second.text) == short, "identical requests")
            #expect(Self.keywords(other.text) != nil && Self.keywords(other.text) != short, "one photo changed")
        }
    }
}
