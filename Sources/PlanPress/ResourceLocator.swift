import Foundation

/// Finds the folder holding PlanPress's run-time resources, `Fonts/` and `Templates/`.
///
/// In order: an explicit folder (`--resources DIR`), the `PLANPRESS_HOME` environment variable, then the
/// executable's folder and each of its parents until one holds both. That last rule finds the repository
/// for `.build/release/planpress` and the deploy folder for `bin/planpress` beside `Fonts/` and `Templates/`.
public struct ResourceLocator: Sendable, Hashable {
    /// The folder holding `Fonts/` and `Templates/`.
    public let root: URL

    /// The shipped fonts, the only ones PlanPress ever uses.
    public var fonts: URL { root.appendingPathComponent("Fonts") }
    /// The clinical protocol rules the plan engine checks, `Templates/protocol-rules.yaml` under the root
    /// (a `--templates` folder does not move them).
    public var protocolRules: URL { root.appendingPathComponent("Templates/protocol-rules.yaml") }
    /// The treatment strategies `planpress suggest` drafts variants from, `Templates/strategies.yaml` under the root.
    public var strategies: URL { root.appendingPathComponent("Templates/strategies.yaml") }
    /// The booklet templates: `root/Templates`, or the folder given to `withTemplates(_:)`.
    public private(set) var templates: URL

    /// Uses `root` as is, after checking that it holds both folders.
    public init(root: URL) throws(PlanPressError) {
        guard Self.holdsResources(root) else {
            throw .resources("\(root.path) does not hold both Fonts/ and Templates/")
        }
        self.root = root.standardizedFileURL
        templates = self.root.appendingPathComponent("Templates")
    }

    /// The same fonts with the templates read from `folder` instead (`planpress serve --templates DIR`).
    public func withTemplates(_ folder: URL) -> ResourceLocator {
        var located = self
        located.templates = folder.standardizedFileURL
        return located
    }

    /// Finds the resources: `explicit`, else `PLANPRESS_HOME` in `environment`, else upwards from
    /// `executable` (this process's own executable by default).
    public static func locate(explicit: String? = nil,
                              environment: [String: String] = ProcessInfo.processInfo.environment,
                              executable: URL? = Bundle.main.executableURL) throws(PlanPressError) -> ResourceLocator {
        if let explicit { return try ResourceLocator(root: URL(fileURLWithPath: explicit)) }
        if let home = environment["PLANPRESS_HOME"], !home.isEmpty {
            do {
                return try ResourceLocator(root: URL(fileURLWithPath: home))
            } catch {
                throw .resources("PLANPRESS_HOME=\(home) does not hold both Fonts/ and Templates/")
            }
        }
        guard let executable else { throw .resources("cannot tell where the executable is; use --resources DIR") }
        var folder = executable.resolvingSymlinksInPath().deletingLastPathComponent()
        while true {
            if holdsResources(folder) { return try ResourceLocator(root: folder) }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        throw .resources("no folder holding Fonts/ and Templates/ above \(executable.path); "
                         + "use --resources DIR or set PLANPRESS_HOME")
    }

    private static func holdsResources(_ folder: URL) -> Bool {
        ["Fonts", "Templates"].allSatisfy { name in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &isDirectory)
                && isDirectory.boolValue
        }
    }
}
