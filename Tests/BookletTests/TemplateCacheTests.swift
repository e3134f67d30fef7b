import Booklet
import DentalModel
import Foundation
import Testing

/// A designer edits a template while a preview runs: the next render must show the edit, and an unchanged
/// template must not be read again.
@Suite struct TemplateCacheTests {
    @Test func anEditedOrAddedStringsFileIsSeenAtTheNextLookup() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("template-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: RepositoryPaths.templates.resolvingSymlinksInPath(), to: folder)
        let loader = TemplateLoader(directory: folder), cache = TemplateCache()
        #expect(try cache.template("premium", locale: .en, from: loader).strings(for: .en).plain(.coverKicker) != "Your smile plan")

        // A template's own strings file that did not exist before.
        let strings = folder.appendingPathComponent("premium/strings")
        try FileManager.default.createDirectory(at: strings, withIntermediateDirectories: true)
        let override = strings.appendingPathComponent("en.yaml")
        try "cover:\n  kicker: \"Your smile plan\"\n".write(to: override, atomically: true, encoding: .utf8)
        #expect(try cache.template("premium", locale: .en, from: loader).strings(for: .en).plain(.coverKicker) == "Your smile plan")

        // The same file edited, then removed.
        try "cover:\n  kicker: \"Your new smile\"\n".write(to: override, atomically: true, encoding: .utf8)
        #expect(try cache.template("premium", locale: .en, from: loader).strings(for: .en).plain(.coverKicker) == "Your new smile")
        try FileManager.default.removeItem(at: override)
        #expect(try cache.template("premium", locale: .en, from: loader).strings(for: .en).plain(.coverKicker) != "Your new smile")
    }

    @Test func aBrokenEditIsAnErrorAndTheFixedFileLoadsAgain() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("template-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: RepositoryPaths.templates.resolvingSymlinksInPath(), to: folder)
        let loader = TemplateLoader(directory: folder), cache = TemplateCache()
        let file = folder.appendingPathComponent("premium/template.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        _ = try cache.template("premium", locale: .en, from: loader)
        try text.replacingOccurrences(of: "size: A4", with: "size: A9").write(to: file, atomically: true, encoding: .utf8)
        #expect(throws: InputError.self) { try cache.template("premium", locale: .en, from: loader) }
        try text.write(to: file, atomically: true, encoding: .utf8)
        #expect(try cache.template("premium", locale: .en, from: loader).sections == BookletSection.allCases)
    }

    /// A booklet reads the wording of its own locale only; the template still lists every locale's files, so
    /// its fingerprint does not depend on the locale read, and an edit to another locale's file is seen.
    @Test func aBookletReadsItsOwnLocalesWordingOnly() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("template-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: RepositoryPaths.templates.resolvingSymlinksInPath(), to: folder)
        let loader = TemplateLoader(directory: folder), cache = TemplateCache()
        let russian = try cache.template("premium", locale: .ru, from: loader)
        #expect(Set(russian.strings.keys) == [.ru])
        #expect(russian.files == (try loader.load("premium")).files)
        #expect(russian.files.contains { $0.path.hasSuffix("strings/sv.yaml") })

        // A broken Swedish file stops a Swedish booklet, not a Russian one.
        let swedish = folder.appendingPathComponent("strings/sv.yaml")
        try "cover: [".write(to: swedish, atomically: true, encoding: .utf8)
        #expect(try cache.template("premium", locale: .ru, from: loader).strings(for: .ru).plain(.coverKicker)
                == russian.strings(for: .ru).plain(.coverKicker))
        #expect(throws: InputError.self) { try cache.template("premium", locale: .sv, from: loader) }
        #expect(throws: InputError.self) { try loader.load("premium") }
    }
}
