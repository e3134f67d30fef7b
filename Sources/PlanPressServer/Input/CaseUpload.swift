import DentalModel
import Foundation
import PlanPress
import Yams

/// A case as a request carries it: the case document and the files it names (images, price list),
/// all in memory. Nothing is fetched: a file the case names must be in `files`.
///
/// Two request forms are read:
/// - `application/json`: `{"case": {…case v1…}, "files": {"name.jpg": "<base64>", …}}`;
/// - `multipart/form-data`: a part named `case` (JSON or YAML) and one part per file, stored under its
///   `filename`.
///
/// Every file name must be a plain name (no `/`, no `..`), in `files` and wherever the case names a file
/// (`prices`, `clinic.logo`, `imaging.xrays[i].file`, `imaging.photos[i].file`); otherwise the request is
/// refused with 400 naming the field. Where the case names a file, it may instead name one uploaded
/// before, by content: `sha256:HEX` (collected in `references`).
struct CaseUpload: Sendable {
    /// The case document's bytes (JSON or YAML).
    var caseDocument: [UInt8]
    /// `case.json` or `case.yaml`: the name it is written under.
    var caseFileName: String
    /// The files the case may name, by plain file name.
    var files: [String: [UInt8]]
    /// The files the case names by content (`sha256:HEX`), to be found among the uploaded files.
    var references: Set<FileDigest> = []

    /// An upload made by the service itself (the warm-up case).
    init(caseDocument: [UInt8], caseFileName: String, files: [String: [UInt8]]) {
        self.caseDocument = caseDocument
        self.caseFileName = caseFileName
        self.files = files
    }

    /// A case document sent alone (`PUT /v1/sessions/{id}/case` with a YAML body): checked as a form's case
    /// part is, its files named by content only (`sha256:HEX`, from the uploaded files).
    init(caseDocument: [UInt8]) throws(Problem) {
        self.caseDocument = caseDocument
        caseFileName = YAMLSource.looksLikeJSON(String(decoding: caseDocument.prefix(64), as: UTF8.self)) ? "case.json" : "case.yaml"
        files = [:]
        references = try Self.check(caseDocument, fileName: caseFileName)
    }

    /// Reads a request body sent with `contentType`.
    init(body: [UInt8], contentType: String?) throws(Problem) {
        let mediaType = contentType?.split(separator: ";").first.map { $0.trimmingSpaces().lowercased() }
        switch mediaType {
        case "application/json":
            try self.init(json: body)
        case "multipart/form-data":
            try self.init(form: MultipartForm(body: body, contentType: contentType ?? ""))
        default:
            throw Problem(.unsupportedMediaType,
                          "send the case as application/json or multipart/form-data (got \(mediaType ?? "no content type"))")
        }
    }

    private init(json body: [UInt8]) throws(Problem) {
        let envelope: [String: Any]
        do {
            guard let object = try JSONSerialization.jsonObject(with: Data(body)) as? [String: Any] else {
                throw Problem(.badRequest, "the body must be a JSON object with \"case\" and \"files\"")
            }
            envelope = object
        } catch let problem as Problem {
            throw problem
        } catch {
            throw Problem(.badRequest, "the body is not valid JSON")
        }
        if let unknown = envelope.keys.sorted().first(where: { $0 != "case" && $0 != "files" }) {
            throw Problem(.badRequest, "unknown member \"\(unknown)\" (expected \"case\" and \"files\")", field: unknown)
        }
        guard let caseObject = envelope["case"] as? [String: Any] else {
            throw Problem(.badRequest, "\"case\" must be the case document as a JSON object", field: "case")
        }
        var files: [String: [UInt8]] = [:]
        if let filesValue = envelope["files"] {
            guard let encoded = filesValue as? [String: Any] else {
                throw Problem(.badRequest, "\"files\" must map file names to base64 strings", field: "files")
            }
            for (name, value) in encoded {
                let field = "files.\(name)"
                try Self.checkPlainName(name, field: field)
                guard let text = value as? String,
                      let bytes = Data(base64Encoded: text, options: .ignoreUnknownCharacters) else {
                    throw Problem(.badRequest, "not a base64 string", field: field)
                }
                files[name] = [UInt8](bytes)
            }
        }
        // Sorted keys: the same case gives the same file, so what is made from it (a suggested case) is the same bytes.
        guard let document = try? JSONSerialization.data(withJSONObject: caseObject,
                                                         options: [.withoutEscapingSlashes, .sortedKeys]) else {
            throw Problem(.badRequest, "\"case\" cannot be written back as JSON", field: "case")
        }
        caseDocument = [UInt8](document)
        caseFileName = "case.json"
        references = try Self.check(caseDocument, fileName: caseFileName)
        self.files = files
    }

    private init(form: MultipartForm) throws(Problem) {
        var caseDocument: [UInt8]?
        var files: [String: [UInt8]] = [:]
        for part in form.parts {
            if part.name == "case" {
                guard caseDocument == nil else { throw Problem(.badRequest, "more than one \"case\" part", field: "case") }
                caseDocument = Array(part.body)
                continue
            }
            guard let fileName = part.fileName else {
                throw Problem(.badRequest, "the part \"\(part.name)\" is neither \"case\" nor a file with a filename",
                              field: part.name)
            }
            let field = "\(part.name).\(fileName)"
            try Self.checkPlainName(fileName, field: field)
            guard files[fileName] == nil else {
                throw Problem(.invalidCase, "two files are named \"\(fileName)\"", field: field)
            }
            files[fileName] = Array(part.body)
        }
        guard let caseDocument else { throw Problem(.badRequest, "the form has no part named \"case\"", field: "case") }
        self.caseDocument = caseDocument
        caseFileName = YAMLSource.looksLikeJSON(String(decoding: caseDocument.prefix(64), as: UTF8.self))
            ? "case.json" : "case.yaml"
        references = try Self.check(caseDocument, fileName: caseFileName)
        self.files = files
    }

    /// Parses the case document under the input limits the CLI applies (so an alias bomb or a case over a
    /// content limit is refused here, in milliseconds, before a worker is asked) and checks the file names
    /// it holds; returns the files it names by content.
    private static func check(_ document: [UInt8], fileName: String) throws(Problem) -> Set<FileDigest> {
        let root: NodeCursor
        do {
            try InputLimits.standard.check(documentBytes: document.count, file: fileName)
            root = try YAMLSource.parse(String(decoding: document, as: UTF8.self), fileName: fileName)
            try InputLimits.standard.check(case: root)
        } catch {
            throw Problem(.invalidCase, error.description, field: "case")
        }
        guard root.node.mapping != nil else {
            throw Problem(.invalidCase, "\(fileName): the case must be a mapping", field: "case")
        }
        return try checkReferences(root)
    }

    /// Names the service writes itself and a file may not take.
    private static let reservedNames: Set<String> = ["case.json", "case.yaml"]

    /// Refuses anything but a plain file name of 1–63 characters (at most 252 bytes, under the file system's
    /// 255): no path separators, not `.` or `..`, no control characters. `kind` is the problem a bad name is:
    /// a malformed request, or (for a name inside the case) an unusable case.
    static func checkPlainName(_ name: String, field: String, kind: Problem.Kind = .badRequest) throws(Problem) {
        let plain = (1...63).contains(name.unicodeScalars.count) && name != "." && name != ".."
            && !name.contains("/") && !name.contains("\\") && !name.unicodeScalars.contains(where: { $0.value < 0x20 })
        guard plain else {
            throw Problem(kind, "file names must be plain names of 1–63 characters (no \"/\", no \"..\"): \"\(name)\"",
                          field: field)
        }
        guard !reservedNames.contains(name.lowercased()) else {
            throw Problem(kind, "\"\(name)\" is reserved for the case itself", field: field)
        }
    }

    /// Checks every place a case v1 document names a file; returns the files it names by content.
    private static func checkReferences(_ document: NodeCursor) throws(Problem) -> Set<FileDigest> {
        var references: Set<FileDigest> = []
        func check(_ value: NodeCursor, field: String) throws(Problem) {
            if let digest = try checkReference(value, field: field) { references.insert(digest) }
        }
        if let prices = try? document.optional("prices") { try check(prices, field: "case.prices") }
        if let logo = try? document.optional("clinic")?.optional("logo") {
            try check(logo, field: "case.clinic.logo")
        }
        for group in ["xrays", "photos"] {
            guard let entries = try? document.optional("imaging")?.optional(group)?.list() else { continue }
            for (index, entry) in entries.enumerated() {
                guard let file = try? entry.optional("file") else { continue }
                try check(file, field: "case.imaging.\(group)[\(index)].file")
            }
        }
        return references
    }

    /// Checks one file name; returns the digest when it names a file by content.
    private static func checkReference(_ value: NodeCursor, field: String) throws(Problem) -> FileDigest? {
        guard let name = value.node.scalar?.string else {
            throw Problem(.invalidCase, "a file name must be a string", field: field)
        }
        if FileDigest.isReference(name) {
            guard let digest = FileDigest(reference: name) else {
                throw Problem(.invalidCase, "\"\(name)\" is not sha256: followed by 64 hex digits", field: field)
            }
            return digest
        }
        try checkPlainName(name, field: field, kind: .invalidCase)
        return nil
    }

    /// The case as the renderer takes it: its document and its files, those it names by content taken
    /// from `cache`. Throws `.missingFiles` (409) listing every named file the cache does not hold.
    func input(from cache: FileCache) throws(Problem) -> CaseInput {
        var available = files
        var missing: [String] = []
        for digest in references.sorted() {
            if let bytes = cache.bytes(digest) {
                available[digest.reference] = bytes
            } else {
                missing.append(digest.hex)
            }
        }
        guard missing.isEmpty else {
            var problem = Problem(.missingFiles, "\(missing.count) file(s) the case names by sha256 are not held here: "
                                  + "PUT each to /v1/files/{sha256} and retry")
            problem.missing = missing
            throw problem
        }
        return CaseInput(document: caseDocument, name: caseFileName, files: MemoryFileSource(files: available))
    }
}
