import DentalModel
import Foundation
import Graphics
import PlanEngine

/// Everything a booklet is composed from: the priced case, its template and language, which variants to
/// show, the images already read, and the fingerprint of the files it came from.
public struct BookletInput {
    /// The case joined with its price list and protocol.
    public var loaded: LoadedCase
    /// The exact quote of every variant.
    public var quote: Quote
    /// The formula after each variant.
    public var afterState: AfterState
    /// The design and wording.
    public var template: Template
    /// The language of every line the reader sees.
    public var locale: CaseLocale
    /// The variants to show, as 0-based indices into the case's variants, in order.
    public var variants: [Int]
    /// Images read once per render, by their resolved file URL (logo, X-rays, photos, cover picture).
    public var images: [URL: Image]
    /// The short fingerprint printed on the acceptance page.
    public var fingerprint: String
    /// The protocol's findings when the booklet is a draft for the clinic, `nil` for the patient's booklet.
    /// A draft opens with a page listing them, and `DraftMarks` marks its every page.
    public var draftFindings: [ProtocolFinding]?

    /// Creates an input; `variants` defaults to every variant of the case.
    public init(loaded: LoadedCase, quote: Quote, afterState: AfterState, template: Template, locale: CaseLocale,
                variants: [Int]? = nil, images: [URL: Image], fingerprint: String,
                draftFindings: [ProtocolFinding]? = nil) {
        self.loaded = loaded; self.quote = quote; self.afterState = afterState; self.template = template
        self.locale = locale; self.variants = variants ?? Array(loaded.dentalCase.variants.indices)
        self.images = images; self.fingerprint = fingerprint; self.draftFindings = draftFindings
    }

    /// The case.
    var dentalCase: DentalCase { loaded.dentalCase }
}
