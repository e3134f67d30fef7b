import Foundation
import PlanPress
import PlanPressServer
import Testing

/// The façade backend's own limits, called directly: a document over the page limit is refused once it is
/// laid out, before any page is exported, and an image over a size limit is a typed `imageTooLarge`.
@Suite(.serialized) struct FacadeLimitTests {
    static func renderer() throws -> Renderer {
        try Renderer(resources: ResourceLocator(root: FixturePaths.repository))
    }

    static func problem(_ body: () throws -> Void) -> Problem? {
        do {
            try body()
            return nil
        } catch {
            return error as? Problem
        }
    }

    @Test func pageLimitIsCheckedBeforeExport() throws {
        let renderer = try Self.renderer()
        let fixtures = FixturePaths.repository.appendingPathComponent("Fixtures")
        let input = try CaseInput.file(atPath: fixtures.appendingPathComponent("cases/one-variant.json").path, root: fixtures)
        // Page 999 does not exist: exporting would fail with 400 `pages`. The page limit answers first.
        let parameters = RenderParameters(format: "png", pages: "999", maximumPages: 2)
        let refused = Self.problem {
            _ = try renderer.render(input, parameters: parameters)
        }
        #expect(refused?.kind == .tooManyPages)
        #expect(refused?.detail.hasSuffix("the limit is 2") == true)
        let allowed = RenderParameters(format: "png", pages: "1", dpi: 20, maximumPages: 200)
        let page = try renderer.render(input, parameters: allowed)
        #expect(page.pageCount > 2)
    }

    @Test func imageOverTheLimitIsATypedProblem() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planpress-limit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: FixturePaths.bad.appendingPathComponent("bomb-20000.png"),
                                         to: folder.appendingPathComponent("logo.png"))
        try FileManager.default.copyItem(at: FixturePaths.repository.appendingPathComponent("Fixtures/prices/fr-clinic.yaml"),
                                         to: folder.appendingPathComponent("prices.yaml"))
        let caseFile = folder.appendingPathComponent("case.yaml")
        try """
        schemaVersion: 1
        locale: en
        currency: EUR
        date: 2026-11-23
        validUntil: 2027-01-23
        prices: prices.yaml
        clinic: {name: C, address: A, phone: "1", logo: logo.png}
        patient: {name: P, birthDate: 1980-01-01, id: "1"}
        formula: {}
        variants:
          - {name: V, goal: G, visits: [{title: T, duration: 30, items: [{teeth: all, code: DET}]}]}
        """.write(to: caseFile, atomically: true, encoding: .utf8)
        let renderer = try Self.renderer()
        let refused = Self.problem {
            _ = try renderer.render(CaseInput.file(atPath: caseFile.path),
                                    parameters: RenderParameters(format: "pdf", maximumPages: 200))
        }
        #expect(refused?.kind == .imageTooLarge)
        #expect(refused?.detail.contains("logo.png") == true, "\(refused?.detail ?? "")")
        #expect(refused?.detail.hasSuffix("20000×20000 px is over the 50-megapixel limit") == true, "\(refused?.detail ?? "")")
    }
}
