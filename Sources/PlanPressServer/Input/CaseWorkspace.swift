import Foundation

/// A private, short-lived folder holding one request's case and files, so the file-based façade can read
/// them with that folder as the only root. Created with `mkdtemp` (mode 0700), files 0600, removed after use.
struct CaseWorkspace {
    /// The folder.
    let directory: URL
    /// The case document inside it.
    let caseFile: URL

    /// Writes `upload` into a fresh folder under the system's temporary directory, runs `body` with it,
    /// and removes the folder whatever happens.
    static func with<Output>(_ upload: CaseUpload, _ body: (CaseWorkspace) throws -> Output) throws -> Output {
        let workspace = try CaseWorkspace(upload)
        defer { try? FileManager.default.removeItem(at: workspace.directory) }
        return try body(workspace)
    }

    private init(_ upload: CaseUpload) throws {
        var template = Array((NSTemporaryDirectory() as NSString).appendingPathComponent("planpress-XXXXXX").utf8CString)
        let created = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.flatMap { mkdtemp($0) }.map { String(cString: $0) }
        }
        guard let path = created else {
            throw Problem(.internalError, "could not create a private working folder")
        }
        directory = URL(fileURLWithPath: path, isDirectory: true)
        caseFile = directory.appendingPathComponent(upload.caseFileName)
        do {
            try Self.write(upload.caseDocument, to: caseFile)
            for (name, bytes) in upload.files {
                try Self.write(bytes, to: directory.appendingPathComponent(name))
            }
        } catch {
            try? FileManager.default.removeItem(at: directory)
            throw Problem(.internalError, "could not write the case to the working folder")
        }
    }

    private static func write(_ bytes: [UInt8], to url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: Data(bytes),
                                             attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteUnknown)
        }
    }
}
