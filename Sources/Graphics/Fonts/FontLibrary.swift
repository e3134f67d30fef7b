import CPango
import Foundation

/// The fonts PlanPress may use, loaded from one folder through a private fontconfig configuration.
///
/// No system configuration, cache or font is ever consulted: the configuration starts empty and holds only
/// the files of `directory`. One library serves every thread; each thread makes its own `TextEngine` from it.
public final class FontLibrary: @unchecked Sendable {
    /// The folder the fonts came from.
    public let directory: String
    /// The font files loaded, sorted by name.
    public let files: [String]
    /// `FcConfig *`, immutable once built (fontconfig is thread-safe for lookups).
    let config: OpaquePointer

    /// Loads every `.otf`/`.ttf` file in `directory`.
    public init(directory: String) throws(GraphicsError) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw .fonts("cannot read the font folder \(directory)")
        }
        let fontNames = names.filter { $0.hasSuffix(".otf") || $0.hasSuffix(".ttf") }.sorted()
        guard !fontNames.isEmpty else { throw .fonts("no .otf or .ttf files in \(directory)") }
        Self.installEmptyCurrentConfig
        guard let config = FcConfigCreate() else { throw .fonts("fontconfig could not create a configuration") }
        self.config = config
        self.directory = directory
        files = fontNames.map { directory + "/" + $0 }
        for file in files where FcConfigAppFontAddFile(config, file) == 0 {
            FcConfigDestroy(config)
            throw .fonts("fontconfig could not load \(file)")
        }
    }

    deinit { FcConfigDestroy(config) }

    /// Pango's font map starts fontconfig's default set-up in a thread (`FcInit`: the system configuration
    /// and every system font cache) unless a current configuration exists. An empty current one keeps the
    /// system out, and saves that work at every start.
    private static let installEmptyCurrentConfig: Void = {
        guard let empty = FcConfigCreate() else { return }
        FcConfigSetCurrent(empty)
        FcConfigDestroy(empty)
    }()

    /// A new Pango font map that sees only this library's fonts. Owned by the caller.
    func makeFontMap() -> UnsafeMutablePointer<PangoFontMap> {
        let fontMap = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT)!
        pango_fc_font_map_set_config(OpaquePointer(fontMap), config)
        pango_cairo_font_map_set_resolution(OpaquePointer(fontMap), 72)
        return fontMap
    }
}
