import Foundation

/// Writes output files so that a reader never sees half a file: the bytes go to a temporary file beside
/// the target, which is renamed over it only when complete. A failure removes the temporary file and
/// leaves any previous file at the target untouched.
///
/// Several pages of PNG or SVG go to numbered files: `-o out.png` with pages 1, 3 and 4 writes
/// `out-1.png`, `out-3.png` and `out-4.png`; a single page writes `out.png` itself.
public enum OutputFile {
    /// Where each of `output`'s files goes when the user asked for `path`.
    public static func paths(for output: RenderedOutput, at path: String) -> [String] {
        guard output.files.count > 1 else { return output.files.map { _ in path } }
        let url = URL(fileURLWithPath: path)
        let ext = url.pathExtension
        let stem = ext.isEmpty ? path : String(path.dropLast(ext.count + 1))
        return output.files.map { file in
            let suffix = "-\(file.page ?? 0)"
            return ext.isEmpty ? stem + suffix : stem + suffix + "." + ext
        }
    }

    /// Writes `bytes` to `path` atomically (same folder, then rename). The file gets mode 0644.
    public static func write(_ bytes: [UInt8], to path: String) throws(PlanPressError) {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure(path) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: false)
        let complete = (try? handle.write(contentsOf: bytes)) != nil
        let closed = close(descriptor) == 0
        guard complete, closed, rename(temporary, path) == 0 else {
            let error = failure(path)
            unlink(temporary)
            throw error
        }
    }

    private static func failure(_ path: String) -> PlanPressError {
        .output(path: path, problem: "cannot write: \(String(cString: strerror(errno)))")
    }
}
