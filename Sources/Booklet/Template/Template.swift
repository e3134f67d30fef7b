import DentalModel
import Foundation

/// A booklet design a designer edits without touching Swift: `Templates/<name>/template.yaml` plus the
/// shared wording in `Templates/strings/<locale>.yaml` (which the template may override line by line).
/// Load one with `TemplateLoader`.
public struct Template: Sendable {
    /// The folder name, e.g. `premium`.
    public var name: String
    /// One line for `planpress templates`.
    public var description: String
    /// Paper, margins, bleed and crop marks.
    public var page: PageSetup
    /// Colours.
    public var palette: Palette
    /// Families, sizes and the baseline grid.
    public var typography: Typography
    /// The sections to print, in order.
    public var sections: [BookletSection]
    /// Everything on as many pages as needed, or one screen per idea.
    public var layout: SectionLayout
    /// Whether every section (and every variant) starts on a new page; `false` lets them follow on.
    public var newPagePerSection: Bool
    /// Whether the clinic's logo is printed.
    public var showsLogo: Bool
    /// The cover picture, if the template has one.
    public var coverImage: URL?
    /// Columns of the visit tables, in order.
    public var columns: [VisitColumn]
    /// Itemised lines or totals only.
    public var priceMode: PriceMode
    /// Whether the PDF is written as PDF/A-2b, for the medical record (`pdfa: true`).
    public var archival: Bool = false
    /// The wording, per locale.
    public var strings: [CaseLocale: StringTable]
    /// Every file the template was read from (for the fingerprint and for `planpress watch`).
    public var files: [URL]

    /// The wording for `locale`.
    public func strings(for locale: CaseLocale) -> StringTable {
        strings[locale] ?? strings[.en] ?? StringTable(locale: locale, lines: [:])
    }
}
