import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PlanPressServer
import Testing

/// The OpenAPI document is served as kept in the repository and describes every route.
@Suite struct OpenAPITests {
    @Test func servesTheRepositoryDocumentAsIs() async throws {
        let kept = try Data(contentsOf: FixturePaths.openAPI)
        try await LiveServer.with { server in
            let response = try await server.send(.get, "/openapi.json")
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/json")
            #expect(response.body.map { Data($0.readableBytesView) } == kept)
        }
    }

    /// The request's case is described by the repository's case schema, kept in the document as is.
    @Test func theCaseSchemaIsTheRepositorys() throws {
        let document = try JSONSerialization.jsonObject(with: Data(contentsOf: FixturePaths.openAPI)) as? [String: Any]
        let schemas = (document?["components"] as? [String: Any])?["schemas"] as? [String: Any]
        var embedded = try #require(schemas?["Case"] as? [String: Any])
        var kept = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: FixturePaths.repository.appendingPathComponent("docs/case.schema.json"))) as? [String: Any])
        // The document names the schema Case (the class a generated client gets); it has no $schema or $id.
        for key in ["$schema", "$id", "title"] { kept[key] = nil }
        embedded["title"] = nil
        func text(_ object: [String: Any]) throws -> Data { try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) }
        #expect(try text(embedded) == text(kept))
    }

    @Test func everyRouteIsDocumented() async throws {
        let routes = try await LiveServer.with { server in server.server.routes.map { "\($0.method) \($0.path)" } }
        let document = try JSONSerialization.jsonObject(with: Data(contentsOf: FixturePaths.openAPI)) as? [String: Any]
        #expect(document?["openapi"] as? String == "3.1.0")
        let paths = document?["paths"] as? [String: [String: Any]] ?? [:]
        let documented = paths.flatMap { path, operations in operations.keys.map { "\($0.uppercased()) \(path)" } }
        #expect(routes.count == 19)
        #expect(Set(routes) == Set(documented))
    }
}
