import DentalModel
import Foundation
import Graphics

/// Finds and reads templates in a templates folder (`Templates/`). Every problem is an `InputError`
/// naming the file, the line and the key, like `premium/template.yaml:12:14: palette.text: …`.
public struct TemplateLoader: Sendable {
    /// The folder holding one sub-folder per template and the shared `strings/`.
    public let directory: URL

    /// A loader over `directory`.
    public init(directory: URL) {
        self.directory = directory.standardizedFileURL
    }

    /// The names of the templates in the folder, sorted.
    public func names() -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return entries.filter { name in
            FileManager.default.fileExists(atPath: directory.appendingPathComponent(name)
                .appendingPathComponent("template.yaml").path)
        }.sorted()
    }

    /// Loads the template `name` with the wording of `locales` (every locale unless asked otherwise: a
    /// booklet needs one, and reading the other three was most of reading a template). `files` lists every
    /// file of every locale all the same, so the fingerprint and `planpress watch` see the same template.
    public func load(_ name: String, locales: [CaseLocale] = CaseLocale.allCases) throws(InputError) -> Template {
        guard !name.isEmpty, !name.contains("/"), !name.hasPrefix("."),
              names().contains(name) else {
            throw InputError(file: name, message: "no template \"\(name)\" in \(directory.path) (available: "
                             + names().joined(separator: ", ") + ")")
        }
        let folder = directory.appendingPathComponent(name)
        let url = folder.appendingPathComponent("template.yaml")
        var template = try read(text: YAMLSource.readText(url), name: name)
        for locale in locales {
            template.strings[locale] = try strings(locale, folder: folder)
        }
        template.files = sourceFiles(of: name).filter { FileManager.default.fileExists(atPath: $0.path) }
            + (template.coverImage.map { [$0] } ?? [])
        return template
    }

    /// Every file `load(name)` reads or looks for, in a fixed order: `template.yaml`, then per locale the shared
    /// strings and the template's own (which may be absent). The same bytes here give the same template.
    public func sourceFiles(of name: String) -> [URL] {
        let folder = directory.appendingPathComponent(name)
        return [folder.appendingPathComponent("template.yaml")] + CaseLocale.allCases.flatMap { locale in
            [directory.appendingPathComponent("strings").appendingPathComponent("\(locale.rawValue).yaml"),
             folder.appendingPathComponent("strings").appendingPathComponent("\(locale.rawValue).yaml")]
        }
    }

    /// Reads the `template.yaml` of the template `name` given as `text`, without its wording (the first step
    /// of `load`); a cover picture is looked up in the template's folder.
    public func read(text: String, name: String) throws(InputError) -> Template {
        let fileName = displayName(directory.appendingPathComponent(name).appendingPathComponent("template.yaml"))
        return try read(YAMLSource.parse(text, fileName: fileName), name: name)
    }

    /// Reads the `template.yaml` of the template `name` once parsed (`YAMLSource.parse`), as `read(text:name:)`.
    public func read(_ root: NodeCursor, name: String) throws(InputError) -> Template {
        try TemplateReader(folder: directory.appendingPathComponent(name)).read(root, name: name)
    }

    /// Checks a parsed strings file of `locale`, as `load` checks the shared file and a template's override:
    /// every line known, with its plural forms, placeholders and markup (completeness is checked after the
    /// override is merged, so it is not required here).
    public static func checkStrings(_ root: NodeCursor, locale: CaseLocale) throws(InputError) {
        _ = try StringsReader(locale: locale).read(root)
    }

    private static func lines(text: String, fileName: String,
                              locale: CaseLocale) throws(InputError) -> [StringKey: StringTable.Line] {
        try StringsReader(locale: locale).read(YAMLSource.parse(text, fileName: fileName))
    }

    /// The shared lines of `locale` with the template's overrides applied, checked complete.
    private func strings(_ locale: CaseLocale, folder: URL) throws(InputError) -> StringTable {
        let shared = directory.appendingPathComponent("strings").appendingPathComponent("\(locale.rawValue).yaml")
        let sharedName = displayName(shared)
        var lines = try Self.lines(text: YAMLSource.readText(shared), fileName: sharedName, locale: locale)
        let override = folder.appendingPathComponent("strings").appendingPathComponent("\(locale.rawValue).yaml")
        if FileManager.default.fileExists(atPath: override.path) {
            let own = try Self.lines(text: YAMLSource.readText(override), fileName: displayName(override),
                                     locale: locale)
            lines.merge(own) { _, new in new }
        }
        if let missing = StringKey.allCases.first(where: { lines[$0] == nil }) {
            throw InputError(file: sharedName, path: missing.rawValue, message: "missing line \"\(missing.rawValue)\"")
        }
        return StringTable(locale: locale, lines: lines)
    }

    /// `Templates/premium/template.yaml`: the path from the templates folder's parent, as designers see it.
    private func displayName(_ url: URL) -> String {
        let base = directory.deletingLastPathComponent().path
        let path = url.standardizedFileURL.path
        return path.hasPrefix(base + "/") ? String(path.dropFirst(base.count + 1)) : path
    }
}
