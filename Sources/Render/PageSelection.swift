import Foundation
import Graphics

/// Which pages of a document to output, as a user writes it: `1,3-5` (1-based, commas between page
/// numbers and inclusive ranges). The pages come out in document order, each once.
public struct PageSelection: Hashable, Sendable {
    /// The ranges as written; empty means every page.
    public let ranges: [ClosedRange<Int>]

    /// Every page of the document.
    public static let all = PageSelection(ranges: [])

    private init(ranges: [ClosedRange<Int>]) { self.ranges = ranges }

    /// Parses `1,3-5`. Spaces around items are allowed; anything else is an error that quotes the item.
    public init(parsing text: String) throws(GraphicsError) {
        let items = text.split(separator: ",", omittingEmptySubsequences: false)
        var ranges: [ClosedRange<Int>] = []
        for rawItem in items {
            let item = rawItem.trimmingCharacters(in: .whitespaces)
            guard !item.isEmpty else {
                throw .invalidOutput("page selection \"\(text)\" has an empty item (write e.g. 1,3-5)")
            }
            let bounds = item.split(separator: "-", omittingEmptySubsequences: false).map { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard (1...2).contains(bounds.count), let first = bounds[0], let last = bounds[bounds.count - 1] else {
                throw .invalidOutput("page selection \"\(text)\": \"\(item)\" is not a page number or a range like 3-5")
            }
            guard first >= 1 else { throw .invalidOutput("page selection \"\(text)\": pages are numbered from 1") }
            guard first <= last else {
                throw .invalidOutput("page selection \"\(text)\": the range \(item) runs backwards")
            }
            ranges.append(first...last)
        }
        self.init(ranges: ranges)
    }

    /// The selected page numbers (1-based, ascending, each once) of a document of `pageCount` pages.
    /// Throws when a selected page does not exist.
    public func pages(in pageCount: Int) throws(GraphicsError) -> [Int] {
        guard !ranges.isEmpty else { return Array(stride(from: 1, through: pageCount, by: 1)) }
        var selected = Set<Int>()
        for range in ranges {
            guard range.upperBound <= pageCount else {
                throw .invalidOutput("page \(range.upperBound) is beyond the document's \(pageCount) page\(pageCount == 1 ? "" : "s")")
            }
            selected.formUnion(range)
        }
        return selected.sorted()
    }
}
