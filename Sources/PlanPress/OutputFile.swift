import Foundation

/// Writes output files so that a reader never sees half a file: the bytes go to a temporary file beside
/// the target, which is renamed over it only when complete. A failure removes the temporary file and
/// leaves any previous file at the target untouched.
///
/// A target that exists and is not a regular file is never replaced: a character device (`/dev/null`,
/// `/dev/stdout`) or a FIFO with a reader is written in place; a FIFO without a reader, a directory, a
/// block device or a socket is refused.
///
/// Several pages of PNG or SVG go to numbered files: `-o out.png` with pages 1, 3 and 4 writes
/// `out-1.png`, `out-3.png` and `out-4.png`; a single page writes `out.png` itself (and so does every page
/// when `out.png` is a device or FIFO).
public enum OutputFile {
    /// Where each of `output`'s files goes when the user asked for `path`.
    public static func paths(for output: RenderedOutput, at path: String) -> [String] {
        guard output.files.count > 1, !isStream(path) else { return output.files.map { _ in path } }
        let url = URL(fileURLWithPath: path)
        let ext = url.pathExtension
        let stem = ext.isEmpty ? path : String(path.dropLast(ext.count + 1))
        return output.files.map { file in
            let suffix = "-\(file.page ?? 0)"
            return ext.isEmpty ? stem + suffix : stem + suffix + "." + ext
        }
    }

    /// Writes `bytes` to `path` atomically (same folder, then rename). The file gets mode 0644. A
    /// character device or a FIFO at `path` is written in place instead.
    public static func write(_ bytes: [UInt8], to path: String) throws(PlanPressError) {
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & S_IFMT != S_IFREG {
            return try writeInPlace(bytes, to: path, kind: status.st_mode & S_IFMT)
        }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure(path) }
        let complete = writeAll(bytes, to: descriptor)
        let closed = close(descriptor) == 0
        guard complete, closed, rename(temporary, path) == 0 else {
            let error = failure(path)
            unlink(temporary)
            throw error
        }
    }

    /// True when `path` exists and is a character device or a FIFO: a stream written in place.
    static func isStream(_ path: String) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0 else { return false }
        return [S_IFCHR, S_IFIFO].contains(status.st_mode & S_IFMT)
    }

    private static func writeInPlace(_ bytes: [UInt8], to path: String, kind: mode_t) throws(PlanPressError) {
        switch kind {
        case S_IFDIR: throw .output(path: path, problem: "is a directory, not a file")
        case S_IFCHR, S_IFIFO: break
        default: throw .output(path: path, problem: "is not a regular file, a character device or a FIFO: refused")
        }
        // O_NONBLOCK: opening a FIFO nobody reads fails (ENXIO) instead of waiting for ever.
        let descriptor = open(path, O_WRONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            if kind == S_IFIFO && errno == ENXIO { throw .output(path: path, problem: "is a FIFO that nobody reads") }
            throw failure(path)
        }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        let complete = writeAll(bytes, to: descriptor)
        guard close(descriptor) == 0, complete else { throw failure(path) }
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { return false }
                offset += written
            }
            return true
        }
    }

    private static func failure(_ path: String) -> PlanPressError {
        .output(path: path, problem: "cannot write: \(String(cString: strerror(errno)))")
    }
}
