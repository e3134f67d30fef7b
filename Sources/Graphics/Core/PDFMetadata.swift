/// The PDF Info entries PlanPress writes, and the document's language. Dates are ISO 8601 (for example
/// `2026-11-23T00:00:00Z`), taken from the input, never the clock, so output bytes are reproducible.
public struct PDFMetadata: Sendable, Equatable {
    public var title: String?
    public var author: String?
    public var subject: String?
    public var keywords: String?
    public var creator: String?
    public var creationDate: String?
    /// The language of the text (BCP 47: `ru`, `en`), written as the document's language for screen readers.
    public var language: String?

    public init(title: String? = nil, author: String? = nil, subject: String? = nil, keywords: String? = nil,
                creator: String? = "PlanPress", creationDate: String? = nil, language: String? = nil) {
        self.title = title; self.author = author; self.subject = subject
        self.keywords = keywords; self.creator = creator; self.creationDate = creationDate; self.language = language
    }
}
