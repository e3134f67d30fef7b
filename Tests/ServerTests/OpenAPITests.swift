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

    @Test func everyRouteIsDocumented() async throws {
        let routes = try await LiveServer.with { server in server.server.routes.map { "\($0.method) \($0.path)" } }
        let document = try JSONSerialization.jsonObject(with: Data(contentsOf: FixturePaths.openAPI)) as? [String: Any]
        #expect(document?["openapi"] as? String == "3.1.0")
        let paths = document?["paths"] as? [String: [String: Any]] ?? [:]
        let documented = paths.flatMap { path, operations in operations.keys.map { "\($0.uppercased()) \(path)" } }
        #expect(routes.count == 8)
        #expect(Set(routes) == Set(documented))
    }
}
