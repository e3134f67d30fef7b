import CJPEGCodec
import Foundation

/// One JPEG decoded at 1/8 scale to its end marker, once, by whichever thread comes first: the one painting
/// it or the one checking ahead (`Image.checkAhead(_:)`); the other waits for the result.
final class JPEGIntegrityCheck: @unchecked Sendable {
    private let bytes: [UInt8]
    private let condition = NSCondition()
    private enum State { case waiting, running, done(failure: String?) }
    private var state = State.waiting

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Runs the check here unless a thread has started it.
    func run() {
        condition.lock()
        guard case .waiting = state else {
            condition.unlock()
            return
        }
        state = .running
        condition.unlock()
        var message = [CChar](repeating: 0, count: 200)
        let failed = bytes.withUnsafeBufferPointer { pp_jpeg_verify($0.baseAddress, $0.count, &message, message.count) }
        condition.lock()
        state = .done(failure: failed == 0 ? nil : Image.text(ofCMessage: message))
        condition.broadcast()
        condition.unlock()
    }

    /// libjpeg's message when the bytes are not a whole JPEG, `nil` when they are; runs the check here if
    /// no thread has started it, else waits for it.
    func failure() -> String? {
        run()
        condition.lock()
        defer { condition.unlock() }
        while true {
            if case let .done(failure) = state { return failure }
            condition.wait()
        }
    }
}
