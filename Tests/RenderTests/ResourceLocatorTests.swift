import Foundation
import PlanPress
import Testing

@Suite struct ResourceLocatorTests {
    /// A deploy folder: `bin/planpress` beside `Fonts/` and `Templates/`.
    static func deployFolder() throws -> URL {
        let root = try TestRepository.temporaryFolder()
        for folder in ["bin", "Fonts", "Templates"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        _ = FileManager.default.createFile(atPath: root.appendingPathComponent("bin/planpress").path, contents: Data())
        return root
    }

    @Test func walksUpFromTheExecutable() throws {
        let root = try Self.deployFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let found = try ResourceLocator.locate(environment: [:], executable: root.appendingPathComponent("bin/planpress"))
        #expect(found.root.resolvingSymlinksInPath().path == root.resolvingSymlinksInPath().path)
        #expect(found.fonts.lastPathComponent == "Fonts" && found.templates.lastPathComponent == "Templates")
        let repository = try ResourceLocator.locate(environment: [:], executable: TestRepository.root
            .appendingPathComponent(".build/release/planpress"))
        #expect(repository.root.path == TestRepository.root.standardizedFileURL.path)
    }

    @Test func anExplicitFolderWinsOverTheEnvironmentWhichWinsOverTheExecutable() throws {
        let root = try Self.deployFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let fromEnvironment = try ResourceLocator.locate(environment: ["PLANPRESS_HOME": root.path],
                                                         executable: TestRepository.root.appendingPathComponent("x/planpress"))
        #expect(fromEnvironment.root.path == root.standardizedFileURL.path)
        let explicit = try ResourceLocator.locate(explicit: TestRepository.root.path, environment: ["PLANPRESS_HOME": root.path])
        #expect(explicit.root.path == TestRepository.root.standardizedFileURL.path)
    }

    @Test func aFolderWithoutTheResourcesIsAClearError() throws {
        let empty = try TestRepository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: empty) }
        do {
            _ = try ResourceLocator.locate(environment: ["PLANPRESS_HOME": empty.path])
            Issue.record("an empty PLANPRESS_HOME was accepted")
        } catch {
            #expect(error.description == "resources: PLANPRESS_HOME=\(empty.path) does not hold both Fonts/ and Templates/")
        }
        do {
            _ = try ResourceLocator.locate(environment: [:], executable: empty.appendingPathComponent("planpress"))
            Issue.record("no resources above an empty folder were accepted")
        } catch {
            #expect(error.description.hasPrefix("resources: no folder holding Fonts/ and Templates/ above "))
        }
    }
}
