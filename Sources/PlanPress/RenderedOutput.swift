import Render

/// The result of a render: the files' bytes, in memory, ready to be written or sent.
public struct RenderedOutput: Sendable {
    /// One output file: a whole PDF, or one page of PNG or SVG.
    public struct File: Sendable {
        /// The page it shows (1-based), or `nil` for a PDF of the selected pages.
        public var page: Int?
        /// The encoded file.
        public var bytes: [UInt8]

        /// A file showing `page` (`nil` for a PDF).
        public init(page: Int?, bytes: [UInt8]) {
            self.page = page
            self.bytes = bytes
        }
    }

    /// The format of every file.
    public var format: OutputFormat
    /// The pages of the whole laid-out document (not only the selected ones).
    public var pageCount: Int
    /// One file for PDF; one per selected page, in page order, for PNG and SVG.
    public var files: [File]
    /// The short fingerprint of the case, price list and template files (printed on the acceptance page).
    public var fingerprint: String

    /// An output of `files` in `format` from a document of `pageCount` pages.
    public init(format: OutputFormat, pageCount: Int, files: [File], fingerprint: String) {
        self.format = format
        self.pageCount = pageCount
        self.files = files
        self.fingerprint = fingerprint
    }

    /// The MIME type of the files.
    public var contentType: String { format.contentType }
}
