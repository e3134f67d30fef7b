import Dispatch
import Graphics

/// Streams whose data is complete but not yet deflated — page contents, forms, decoded images — deflated
/// together at the end, on every core (`DispatchQueue.concurrentPerform`), each on its own, so the bytes
/// do not depend on how many cores there are or in what order they finish.
final class PDFStreamBatch {
    private var numbers: [Int] = []
    private var dictionaries: [String] = []
    private var data: [[UInt8]] = []

    /// Queues `bytes` as the stream of the reserved object `number`, with `dictionary`'s entries (as for
    /// `PDFObjectTable.defineStream`).
    func add(_ number: Int, _ dictionary: String, data bytes: [UInt8]) {
        numbers.append(number)
        dictionaries.append(dictionary)
        data.append(bytes)
    }

    /// Deflates every queued stream and defines it in `objects`; the batch is empty afterwards.
    func deflate(into objects: PDFObjectTable) throws(GraphicsError) {
        var results = [[UInt8]?](repeating: nil, count: data.count)
        let inputs = data
        results.withUnsafeMutableBufferPointer { buffer in
            let outputs = DisjointAccess(pointer: buffer)
            DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
                outputs.pointer[index] = try? PDFObjectTable.deflate(inputs[index])
            }
        }
        for index in numbers.indices {
            guard let deflated = results[index] else { throw .invalidOutput("zlib could not deflate a PDF stream") }
            objects.defineDeflatedStream(numbers[index], dictionaries[index], deflated: deflated)
        }
        numbers = []; dictionaries = []; data = []
    }
}
