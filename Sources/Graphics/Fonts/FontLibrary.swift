import CPango
import Foundation

/// The fonts PlanPress may use, loaded from one folder through a private fontconfig configuration.
///
/// No system configuration, cache or font is ever consulted: the configuration starts empty and holds only
/// the files of `directory`. The fallback fonts in `directory/fallback` (other scripts: Arabic, Hebrew,
/// Armenian, Georgian, Devanagari, Thai, CJK, emoji) join a second configuration the first time a text
/// needs a character the main fonts lack, so a Latin or Cyrillic booklet never pays for them. One library
/// serves every thread; each thread makes its own `TextEngine` from it.
public final class FontLibrary: @unchecked Sendable {
    /// The folder the fonts came from.
    public let directory: String
    /// The main font files loaded, sorted by name.
    public let files: [String]
    /// The main fonts' family names ("Inter", "Noto Serif"), in the order of `files`.
    let families: [String]
    /// `FcConfig *` of the main fonts, immutable once built (fontconfig is thread-safe for lookups).
    let config: OpaquePointer
    /// The characters the main fonts draw (`FcCharSet *`, owned).
    private let coverage: OpaquePointer
    /// The fallback font files, sorted by name (none when the folder is absent).
    public let fallbackFiles: [String]
    private let lock = NSLock()
    /// Main and fallback fonts, built on first need under `lock`: the configuration and its coverage.
    private var fallback: (config: OpaquePointer, coverage: OpaquePointer)?

    /// Loads every `.otf`/`.ttf` file in `directory`; those in `directory/fallback` are loaded when needed.
    public init(directory: String) throws(GraphicsError) {
        let fontNames = Self.fontFiles(in: directory)
        guard !fontNames.isEmpty else { throw .fonts("no .otf or .ttf files in \(directory)") }
        Self.installEmptyCurrentConfig
        self.directory = directory
        files = fontNames.map { directory + "/" + $0 }
        fallbackFiles = Self.fontFiles(in: directory + "/fallback").map { directory + "/fallback/" + $0 }
        (config, coverage) = try Self.configuration(files)
        families = Self.families(in: config)
    }

    deinit {
        FcConfigDestroy(config)
        FcCharSetDestroy(coverage)
        if let fallback {
            FcConfigDestroy(fallback.config)
            FcCharSetDestroy(fallback.coverage)
        }
    }

    /// Whether the main fonts draw every visible character of `text` (so the fallbacks are not needed).
    public func mainFontsCover(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.value < 0x80 || Self.isInvisible($0) || FcCharSetHasChar(coverage, $0.value) != 0 }
    }

    /// The distinct visible characters of `text` that no shipped font (main or fallback) draws, in order.
    public func uncovered(in text: String) throws(GraphicsError) -> [Unicode.Scalar] {
        guard !mainFontsCover(text) else { return [] }
        let all = try fallbackConfiguration().coverage
        var seen: Set<Unicode.Scalar> = []
        return text.unicodeScalars.filter { scalar in
            !Self.isInvisible(scalar) && FcCharSetHasChar(all, scalar.value) == 0 && seen.insert(scalar).inserted
        }
    }

    /// Spaces, line breaks and default-ignorable characters (joiners, variation selectors, direction
    /// marks) need no glyph.
    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar.properties.isDefaultIgnorableCodePoint || scalar.value < 0x20
    }

    /// The main and fallback fonts' configuration, built once.
    func fallbackConfiguration() throws(GraphicsError) -> (config: OpaquePointer, coverage: OpaquePointer) {
        lock.lock()
        defer { lock.unlock() }
        if let fallback { return fallback }
        let built = try Self.configuration(files + fallbackFiles)
        fallback = built
        return built
    }

    private static func fontFiles(in directory: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".otf") || $0.hasSuffix(".ttf") }.sorted()
    }

    /// A configuration holding exactly `files`, and the union of their character sets.
    private static func configuration(_ files: [String]) throws(GraphicsError) -> (OpaquePointer, OpaquePointer) {
        guard let config = FcConfigCreate(), let coverage = FcCharSetCreate() else {
            throw .fonts("fontconfig could not create a configuration")
        }
        for file in files where FcConfigAppFontAddFile(config, file) == 0 {
            FcConfigDestroy(config)
            FcCharSetDestroy(coverage)
            throw .fonts("fontconfig could not load \(file)")
        }
        if let set = FcConfigGetFonts(config, FcSetApplication) {
            for index in 0..<Int(set.pointee.nfont) {
                var charset: OpaquePointer?
                if FcPatternGetCharSet(set.pointee.fonts[index], FC_CHARSET, 0, &charset) == FcResultMatch, let charset {
                    FcCharSetMerge(coverage, charset, nil)
                }
            }
        }
        return (config, coverage)
    }

    /// The distinct family names of `config`'s fonts, in the order they were added.
    private static func families(in config: OpaquePointer) -> [String] {
        guard let set = FcConfigGetFonts(config, FcSetApplication) else { return [] }
        var names: [String] = []
        for index in 0..<Int(set.pointee.nfont) {
            var family: UnsafeMutablePointer<FcChar8>?
            if FcPatternGetString(set.pointee.fonts[index], FC_FAMILY, 0, &family) == FcResultMatch, let family {
                let name = String(cString: family)
                if !names.contains(name) { names.append(name) }
            }
        }
        return names
    }

    /// Pango's font map starts fontconfig's default set-up in a thread (`FcInit`: the system configuration
    /// and every system font cache) unless a current configuration exists. An empty current one keeps the
    /// system out, and saves that work at every start.
    private static let installEmptyCurrentConfig: Void = {
        guard let empty = FcConfigCreate() else { return }
        FcConfigSetCurrent(empty)
        FcConfigDestroy(empty)
    }()

    /// A new Pango font map that sees only this library's main fonts (or main and fallback fonts). Owned by
    /// the caller.
    func makeFontMap(withFallback: Bool = false) throws(GraphicsError) -> UnsafeMutablePointer<PangoFontMap> {
        let fontMap = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT)!
        pango_fc_font_map_set_config(OpaquePointer(fontMap), withFallback ? try fallbackConfiguration().config : config)
        pango_cairo_font_map_set_resolution(OpaquePointer(fontMap), 72)
        return fontMap
    }
}
