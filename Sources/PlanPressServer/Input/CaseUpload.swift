import Foundation
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
/// refused with 400 naming the field.
struct CaseUpload: Sendable {
    /// The case document's bytes (JSON or YAML).
    var caseDocument: [UInt8]
    /// `case.json` or `case.yaml`: the name it is written under.
    var caseFileName: String
    /// The files the case may name, by plain file name.
    var files: [String: [UInt8]]

    /// An upload made by the service itself (the warm-up case).
    init(caseDocument: [UInt8], caseFileName: String, files: [String: [UInt8]]) {
        self.caseDocument = caseDocument
        self.caseFileName = caseFileName
        self.files = files
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
        try Self.checkReferences(caseObject)
        // Sorted keys: the same case gives the same file, so what is made from it (a suggested case) is the same bytes.
        guard let document = try? JSONSerialization.data(withJSONObject: caseObject,
                                                         options: [.withoutEscapingSlashes, .sortedKeys]) else {
            throw Problem(.badRequest, "\"case\" cannot be written back as JSON", field: "case")
        }
        caseDocument = [UInt8](document)
        caseFileName = "case.json"
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
            guard files[fileName] == nil else { throw Problem(.badRequest, "the file is sent twice", field: field) }
            files[fileName] = Array(part.body)
        }
        guard let caseDocument else { throw Problem(.badRequest, "the form has no part named \"case\"", field: "case") }
        let parsed: Any?
        do {
            parsed = try Yams.load(yaml: String(decoding: caseDocument, as: UTF8.self))
        } catch {
            throw Problem(.invalidCase, "the case part is neither JSON nor YAML", field: "case")
        }
        guard let caseObject = parsed as? [String: Any] else {
            throw Problem(.invalidCase, "the case part must be a mapping", field: "case")
        }
        try Self.checkReferences(caseObject)
        self.caseDocument = caseDocument
        caseFileName = "case.yaml"
        self.files = files
    }

    /// Names the service writes itself and a file may not take.
    private static let reservedNames: Set<String> = ["case.json", "case.yaml"]

    /// Refuses anything but a plain file name: no path separators, not `.` or `..`, no control characters.
    static func checkPlainName(_ name: String, field: String) throws(Problem) {
        let plain = !name.isEmpty && name.utf8.count <= 255 && name != "." && name != ".."
            && !name.contains("/") && !name.contains("\\") && !name.unicodeScalars.contains(where: { $0.value < 0x20 })
        guard plain else {
            throw Problem(.badRequest, "file names must be plain names (no \"/\", no \"..\"): \"\(name)\"", field: field)
        }
        guard !reservedNames.contains(name.lowercased()) else {
            throw Problem(.badRequest, "\"\(name)\" is reserved for the case itself", field: field)
        }
    }

    /// Checks every place a case v1 document names a file.
    private static func checkReferences(_ document: [String: Any]) throws(Problem) {
        if let prices = document["prices"] { try checkReference(prices, field: "case.prices") }
        if let clinic = document["clinic"] as? [String: Any], let logo = clinic["logo"] {
            try checkReference(logo, field: "case.clinic.logo")
        }
        guard let imaging = document["imaging"] as? [String: Any] else { return }
        for group in ["xrays", "photos"] {
            guard let entries = imaging[group] as? [Any] else { continue }
            for (index, entry) in entries.enumerated() {
                guard let entry = entry as? [String: Any], let file = entry["file"] else { continue }
                try checkReference(file, field: "case.imaging.\(group)[\(index)].file")
            }
        }
    }

    private static func checkReference(_ value: Any, field: String) throws(Problem) {
        guard let name = value as? String else { throw Problem(.badRequest, "a file name must be a string", field: field) }
        try checkPlainName(name, field: field)
    }
}
