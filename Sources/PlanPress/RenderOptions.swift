import DentalModel
import Foundation
import Graphics
import Render

/// What to make of a case: the format, which pages, and how the booklet is chosen and written.
public struct RenderOptions: Sendable, Hashable {
    /// PDF (the whole document), or PNG/SVG (one file per page).
    public var format: OutputFormat
    /// The pages to output.
    public var pages: PageSelection
    /// PNG resolution, pixels per inch.
    public var dpi: Double
    /// PNG zlib level, 0–9: 1 for fast previews, 9 for the smallest files.
    public var pngCompression: Int
    /// The template's name in `Templates/`; `nil` for `defaultTemplate`.
    public var template: String?
    /// The template used when none is named: the A4 print booklet.
    public static let defaultTemplate = "premium"
    /// The template these options render: `template`, else `defaultTemplate`.
    public var templateName: String { template ?? Self.defaultTemplate }
    /// Show only this variant (1-based); `nil` for all of them.
    public var variant: Int?
    /// The booklet's language; `nil` for the case's own.
    public var locale: CaseLocale?
    /// Render a draft for the clinic even when the protocol finds errors: every page is marked "draft,
    /// not for the patient" and a first page lists the findings. Without it, a protocol error refuses the
    /// booklet (`PlanPressError.protocolErrors`).
    public var draft: Bool
    /// Write the PDF as PDF/A-2b for the medical record, whatever the template says (a template may ask
    /// for it with `pdfa: true`).
    public var archival: Bool
    /// When the render must stop: it is checked between the steps of a render, the sections and blocks of
    /// the layout and the exported pages, and a render past it fails with a `.deadlinePassed` error.
    public var deadline: Deadline

    /// Options; the defaults give the whole booklet as a PDF.
    public init(format: OutputFormat = .pdf, pages: PageSelection = .all, dpi: Double = 150, pngCompression: Int = 6,
                template: String? = nil, variant: Int? = nil, locale: CaseLocale? = nil,
                draft: Bool = false, archival: Bool = false, deadline: Deadline = .never) {
        self.format = format
        self.pages = pages
        self.dpi = dpi
        self.pngCompression = pngCompression
        self.template = template
        self.variant = variant
        self.locale = locale
        self.draft = draft
        self.archival = archival
        self.deadline = deadline
    }
}
