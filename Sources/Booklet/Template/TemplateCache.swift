import DentalModel
import Foundation

/// Templates already read, each reused while the files it was read from hold the same bytes.
///
/// Reading a template parses its `template.yaml` and the strings of every locale, a large part of a warm
/// preview's time; a designer's edit still shows at once, because each lookup reads the template's files
/// again (a few kilobytes) and compares them with what the template was made from, an added or removed
/// strings file included. Not thread-safe: one per `Renderer`, like its text engine.
public final class TemplateCache {
    private var entries: [String: (template: Template, sources: [[UInt8]?])] = [:]

    /// An empty cache.
    public init() {}

    /// The template `name` of `loader`'s folder with the wording of `locale`: the one read before if its
    /// files are unchanged, else read now.
    public func template(_ name: String, locale: CaseLocale, from loader: TemplateLoader) throws(InputError) -> Template {
        let key = loader.directory.path + "/" + name + "/" + locale.rawValue
        let sources = loader.sourceFiles(of: name).map { DiskFile(path: $0.path).bytes() }
        if let entry = entries[key], entry.sources == sources { return entry.template }
        let template = try loader.load(name, locales: [locale])
        entries[key] = (template, sources)
        return template
    }
}
