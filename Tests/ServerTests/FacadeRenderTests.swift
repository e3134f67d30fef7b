import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PlanPress
import PlanPressServer
import Testing

/// The service over the real façade: the ready request in Samples/requests renders, validates and quotes.
@Suite(.serialized) struct FacadeRenderTests {
    static func sampleRequest() throws -> [UInt8] {
        Array(try Data(contentsOf: FixturePaths.repository.appendingPathComponent("Samples/requests/full-mouth.json")))
    }

    static func withFacade<Value: Sendable>(_ body: @Sendable (LiveServer) async throws -> Value) async throws -> Value {
        let resources = try ResourceLocator(root: FixturePaths.repository)
        let limits = ServiceLimits(renderTimeout: .seconds(60), concurrentRenders: 1)
        return try await LiveServer.with(limits: limits, makeBackend: { try Renderer(resources: resources) }) { server in
            try await server.waitUntilReady()
            return try await body(server)
        }
    }

    @Test func rendersTheSampleAsPDFAndAsOneChairsidePNGPage() async throws {
        let body = try Self.sampleRequest()
        try await Self.withFacade { server in
            let json: HTTPFields = [.contentType: "application/json"]
            let pdf = try await server.send(.post, "/v1/render?format=pdf", headers: json, body: body)
            #expect(pdf.status == .ok)
            #expect(pdf.headers[.contentType] == "application/pdf")
            #expect(pdf.text.hasPrefix("%PDF-"))
            let pageCount = Int(pdf.headers[HTTPField.Name("X-Page-Count")!] ?? "") ?? 0
            #expect(pageCount > 5)
            let png = try await server.send(.post, "/v1/render?format=png&template=chairside&pages=1&dpi=48",
                                            headers: json, body: body)
            #expect(png.status == .ok)
            #expect(png.headers[.contentType] == "image/png")
            #expect(png.body.map { Array($0.readableBytesView.prefix(4)) } == [0x89, 0x50, 0x4E, 0x47])
            let beyond = try await server.send(.post, "/v1/render?format=png&pages=999", headers: json, body: body)
            #expect(beyond.status == .unprocessableContent)
            #expect(beyond.json["field"] as? String == "pages")
            let unknownTemplate = try await server.send(.post, "/v1/render?template=nosuch", headers: json, body: body)
            #expect(unknownTemplate.status == .notFound)
            #expect(unknownTemplate.json["field"] as? String == "template")
            let detail = unknownTemplate.json["detail"] as? String ?? FixturePaths.repository.path
            #expect(!detail.contains(FixturePaths.repository.path) && !detail.contains("Templates/"))
        }
    }

    @Test func validatesQuotesAndListsTemplatesAsTheCLIDoes() async throws {
        let body = try Self.sampleRequest()
        try await Self.withFacade { server in
            let json: HTTPFields = [.contentType: "application/json"]
            let validation = try await server.send(.post, "/v1/validate", headers: json, body: body)
            #expect(validation.status == .ok)
            #expect(validation.json["valid"] as? Bool == true)
            let quote = try await server.send(.post, "/v1/quote", headers: json, body: body)
            #expect(quote.status == .ok)
            #expect(quote.json["currency"] as? String == "RUB")
            #expect((quote.json["variants"] as? [Any])?.count == 3)
            let templates = try await server.send(.get, "/v1/templates").json["templates"] as? [[String: String]]
            let names = Set(templates?.compactMap { $0["name"] } ?? [])
            #expect(names.isSuperset(of: ["premium", "chairside", "compact"]))
        }
    }

    @Test func theOutcomeIsTheCLIsPerVariantFormulaAndChanges() async throws {
        let body = try Self.sampleRequest()
        try await Self.withFacade { server in
            let response = try await server.send(.post, "/v1/outcome", headers: [.contentType: "application/json"], body: body)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/json")
            let variants = response.json["variants"] as? [[String: Any]] ?? []
            #expect(variants.count == 3)
            for variant in variants {
                let changes = variant["changes"] as? [[String: Any]] ?? []
                let t16 = changes.first { $0["tooth"] as? Int == 16 }
                #expect((t16?["text"] as? String)?.hasPrefix("16: ") == true, "the re-treated 16 is listed")
                #expect(((variant["formula"] as? [String: Any])?["teeth"] as? [String: Any])?["16"] != nil)
            }
        }
    }

    @Test func aBrokenCaseIs422NamingTheProblemWithoutTheWorkingFolder() async throws {
        var request = try JSONSerialization.jsonObject(with: Data(Self.sampleRequest())) as? [String: Any] ?? [:]
        var caseObject = request["case"] as? [String: Any] ?? [:]
        caseObject["currency"] = "XXX"
        request["case"] = caseObject
        let body = Array(try JSONSerialization.data(withJSONObject: request))
        try await Self.withFacade { server in
            let response = try await server.send(.post, "/v1/render", headers: [.contentType: "application/json"], body: body)
            #expect(response.status == .unprocessableContent)
            let detail = response.json["detail"] as? String ?? ""
            #expect(detail.contains("XXX"))
            #expect(!detail.contains("planpress-"))
        }
    }
}
