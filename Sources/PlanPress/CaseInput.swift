import DentalModel
import Foundation

/// A case to render, as values: the case document's bytes (YAML or JSON), the name errors call it by, and
/// where the files it names come from. The CLI makes one from a file on disk (`file(atPath:root:)`), the
/// service from a request (its document, and its files in memory).
public struct CaseInput: Sendable {
    /// The case document, YAML or JSON.
    public var document: [UInt8]
    /// The name errors give the document: `full-mouth.yaml`, `case.json`.
    public var name: String
    /// Where the images, the logo and the price list the case names are read from.
    public var files: any FileSource

    /// A case made of `document`, named `name`, its files read from `files`.
    public init(document: [UInt8], name: String, files: any FileSource) {
        self.document = document
        self.name = name
        self.files = files
    }

    /// The case file at `path`, its files read from disk with paths relative to its folder, none outside
    /// `root` (default: the case file's folder).
    public static func file(atPath path: String, root: URL? = nil) throws(PlanPressError) -> CaseInput {
        let url = URL(fileURLWithPath: path)
        do {
            return CaseInput(document: Array(try YAMLSource.readText(url).utf8), name: url.lastPathComponent,
                             files: DiskFileSource(baseDirectory: url.deletingLastPathComponent(), root: root))
        } catch {
            throw .input(error)
        }
    }

    /// The document parsed, or the tree `documents` kept from parsing the same bytes before (a case shown
    /// again: a session's next screen, the render after a validating PUT).
    public func parsedDocument(keptIn documents: DocumentCache) throws(InputError) -> NodeCursor {
        try documents.value(NodeCursor.self, name: name, bytes: document) { () throws(InputError) in
            try YAMLSource.parse(YAMLSource.text(document, fileName: name), fileName: name)
        }
    }
}
