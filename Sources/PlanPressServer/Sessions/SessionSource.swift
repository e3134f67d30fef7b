import DentalModel
import Foundation

/// Where a session's case comes from: what a clinic system put into it, or a case file on disk that a
/// designer edits (`planpress watch --serve`).
enum SessionSource: Sendable {
    /// A case (and the files it names) sent with `PUT /v1/sessions/{id}/case`.
    case upload(CaseUpload)
    /// A case file on disk shown in `template` (`nil`: the default); its files may come only from `root`.
    case disk(caseFile: URL, root: URL, template: String?)

    /// The template its screens are drawn in: a clinic's session is shown chairside.
    var template: String? {
        switch self {
        case .upload: "chairside"
        case let .disk(_, _, template): template
        }
    }

    /// Bytes the source holds in memory.
    var byteCount: Int {
        switch self {
        case let .upload(upload): upload.caseDocument.count + upload.files.values.reduce(0) { $0 + $1.count }
        case .disk: 0
        }
    }

    /// The names of the case's variants, in order, for the preview's variant switcher; empty when the case
    /// cannot be read (the screen then says why). Read as the loader reads (`YAMLSource`, no regular
    /// expression per scalar): Yams' typed load here was 2 ms of every session PUT.
    func variantNames() -> [String] {
        let root: NodeCursor
        do {
            switch self {
            case let .upload(upload):
                root = try YAMLSource.parse(YAMLSource.text(upload.caseDocument, fileName: upload.caseFileName),
                                            fileName: upload.caseFileName)
            case let .disk(caseFile, _, _):
                root = try YAMLSource.load(caseFile)
            }
        } catch {
            return []
        }
        guard let variants = try? root.optional("variants")?.list() else { return [] }
        return variants.enumerated().map { index, variant in (try? variant.optional("name")?.text()) ?? "\(index + 1)" }
    }
}
