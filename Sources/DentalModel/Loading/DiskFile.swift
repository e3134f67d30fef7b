import Foundation

/// A file on disk as PlanPress reads one: its size first, from its attributes, so a limit is checked
/// before anything is read, then its bytes. An empty regular file is never handed to Foundation, whose
/// `contents(atPath:)` and `Data(contentsOf:)` leak 4 KiB for every empty file they read (Swift 6.3.1):
/// a loop of empty uploads would otherwise grow the service without bound, and the address sanitizer's
/// leak check failed the CLI on empty images and price lists.
public struct DiskFile {
    /// The file's path.
    public let path: String
    /// Its size in bytes, `nil` when there is no file to see at `path`.
    public let size: Int?
    private let isEmptyRegularFile: Bool

    /// The file at `path`, its attributes read now.
    public init(path: String) {
        self.path = path
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        size = attributes?[.size] as? Int
        isEmptyRegularFile = size == 0 && attributes?[.type] as? FileAttributeType == .typeRegular
    }

    /// Its bytes, `nil` when it cannot be read.
    public func bytes() -> [UInt8]? {
        if isEmptyRegularFile { return [] }
        return FileManager.default.contents(atPath: path).map { [UInt8]($0) }
    }
}
