import Foundation
import TestTiming
#if canImport(Glibc)
import Glibc
#endif

/// A plain TCP connection to the loopback server, for exchanges an HTTP client library hides: the
/// informational `100 Continue` that comes before the final response, or an event stream read as it comes.
/// A test may hand a connection from one blocking thread to the next (never to two at once).
final class RawConnection: @unchecked Sendable {
    private let socketDescriptor: Int32

    /// Connects to 127.0.0.1:`port`; reads give up after `timeout` seconds (a budget, 5 s stretched by `TestTime`).
    init(port: Int, timeout: Int = TestTime.budget(wholeSeconds: 5)) throws {
        socketDescriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socketDescriptor >= 0 else { throw POSIXError(.EIO) }
        var limit = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(socketDescriptor, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socketDescriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(socketDescriptor)
            throw POSIXError(.ECONNREFUSED)
        }
    }

    deinit { close(socketDescriptor) }

    /// Runs `exchange` on a thread of its own, so its blocking reads never hold up the test's (and the
    /// server's) concurrency threads.
    static func run<Value: Sendable>(_ exchange: @escaping @Sendable () throws -> Value) async throws -> Value {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try exchange() }) }.start()
        }
    }

    /// Sends all of `bytes`.
    func send(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { Glibc.send(socketDescriptor, $0.baseAddress, $0.count, 0) }
            guard sent > 0 else { throw POSIXError(.EPIPE) }
            offset += sent
        }
    }

    /// Reads and drops whatever comes until the server closes the connection (`true`) or the read timeout
    /// passes first (`false`).
    func waitForClose() -> Bool {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let received = recv(socketDescriptor, &buffer, buffer.count, 0)
            if received == 0 { return true }
            if received < 0 { return false }
        }
    }

    /// Reads until a response head is complete (`\r\n\r\n`) and returns it, or what came before the timeout.
    func readHead() -> String {
        var received: [UInt8] = []
        var byte: UInt8 = 0
        while !received.suffix(4).elementsEqual([13, 10, 13, 10]), recv(socketDescriptor, &byte, 1, 0) == 1 {
            received.append(byte)
        }
        return String(decoding: received, as: UTF8.self)
    }

    /// Reads until what came ends with `marker` and returns it, or what came before the timeout or the close.
    func read(until marker: String) -> String {
        let end = Array(marker.utf8)
        var received: [UInt8] = []
        var byte: UInt8 = 0
        while !received.suffix(end.count).elementsEqual(end), recv(socketDescriptor, &byte, 1, 0) == 1 {
            received.append(byte)
        }
        return String(decoding: received, as: UTF8.self)
    }
}
