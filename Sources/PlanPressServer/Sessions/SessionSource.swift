import Foundation
import Yams

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
    /// cannot be read (the screen then says why).
    func variantNames() -> [String] {
        let document: [UInt8]
        switch self {
        case let .upload(upload): document = upload.caseDocument
        case let .disk(caseFile, _, _): document = (try? Data(contentsOf: caseFile)).map(Array.init) ?? []
        }
        // YAML reads JSON too.
        guard let text = String(bytes: document, encoding: .utf8),
              let root = try? Yams.load(yaml: text) as? [String: Any],
              let variants = root["variants"] as? [[String: Any]] else { return [] }
        return variants.enumerated().map { index, variant in (variant["name"] as? String) ?? "\(index + 1)" }
    }
}
