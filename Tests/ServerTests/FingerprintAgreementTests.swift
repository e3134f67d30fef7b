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
    /// The short fingerprint a PDF carries in its Keywords, as poppler's `pdfinfo` reads it (the document
    /// information may sit in a compressed object stream, so the raw bytes are not searched).
    static func keywords(_ response: TestClient.Response) throws -> String? {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("fingerprint-\(UUID().uuidString).pdf")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(response.body.map { Array($0.readableBytesView) } ?? []).write(to: file)
        let pdfinfo = Process(), output = Pipe()
        pdfinfo.executableURL = URL(fileURLWithPath: "/usr/bin/pdfinfo")
        pdfinfo.arguments = [file.path]
        pdfinfo.standardOutput = output
        try pdfinfo.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        pdfinfo.waitUntilExit()
        return text.split(separator: "\n").first { $0.hasPrefix("Keywords:") }
            .map { $0.dropFirst("Keywords:".count).trimmingCharacters(in: .whitespaces) }
    }

    @Test func serviceAndCommandLineAgreeAndOnePhotoChangesIt() async throws {
        let resources = try ResourceLocator(root: FixturePaths.repository)
        let fromFiles = try Renderer(resources: resources).fingerprint(
            .file(atPath: FixturePaths.repository.appendingPathComponent("Fixtures/cases/full-mouth.yaml").path,
                  root: FixturePaths.repository.appendingPathComponent("Fixtures")),
            options: RenderOptions())
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
            #expect(try Self.keywords(first) == short, "service and CLI")
            #expect(try Self.keywords(second) == short, "identical requests")
            let changedKeywords = try Self.keywords(other)
            #expect(changedKeywords != nil && changedKeywords != short, "one photo changed")
        }
    }
}
