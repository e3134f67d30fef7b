import Foundation

/// A file on disk as PlanPress reads one: its size first (`stat`), so a limit is checked before anything
/// is read, then its bytes, read straight into the array that holds them (`open`, `fstat`, `read`).
/// Foundation's `contents(atPath:)` went through `Data` and a copy, and leaked 4 KiB for every empty file it
/// read (Swift 6.3.1): a loop of empty uploads grew the service without bound.
public struct DiskFile {
    /// The file's path.
    public let path: String
    /// Its size in bytes, `nil` when there is no file to see at `path`.
    public let size: Int?

    /// The file at `path`, its size read now.
    public init(path: String) {
        self.path = path
        var status = stat()
        size = stat(path, &status) == 0 ? Int(status.st_size) : nil
    }

    /// Its bytes, `nil` when it cannot be read (no file, a directory, no permission). A file that grew
    /// since it was opened is read to its end.
    public func bytes() -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: max(Int(status.st_size), 0)) { buffer, initialized in
            let count = Self.read(descriptor, into: UnsafeMutableRawBufferPointer(buffer))
            failed = count < 0
            initialized = max(count, 0)
        }
        var more = [UInt8](repeating: 0, count: 4096)
        while !failed {
            let count = more.withUnsafeMutableBytes { Self.read(descriptor, into: $0) }
            guard count > 0 else { failed = count < 0; break }
            bytes.append(contentsOf: more[..<count])
        }
        return failed ? nil : bytes
    }

    /// Reads from `descriptor` until `buffer` is full or the file ends: the count read, -1 on an error.
    private static func read(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer) -> Int {
        var filled = 0
        while filled < buffer.count {
            let count = Foundation.read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return count < 0 ? -1 : filled }
            filled += count
        }
        return filled
    }
}
