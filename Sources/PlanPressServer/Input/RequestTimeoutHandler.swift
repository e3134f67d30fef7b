import NIOCore
import NIOHTTPTypes

/// Closes a connection whose client is too slow: no complete request head within `headerTimeout` of the
/// connection opening, or no complete body within `readTimeout` of its head (a slow sender, or a body
/// shorter than its `Content-Length`). Between requests on a kept-alive connection, Hummingbird's idle
/// timeout applies (it is not reset by a head arriving byte by byte).
///
/// It sits in the HTTP/1 pipeline after the HTTP parts are decoded; closing the channel ends the request's
/// body stream, so the route stops waiting for it.
final class RequestTimeoutHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart

    private let headerTimeout: TimeAmount
    private let readTimeout: TimeAmount
    private var timer: Scheduled<Void>?

    init(headerTimeout: TimeAmount, readTimeout: TimeAmount) {
        self.headerTimeout = headerTimeout
        self.readTimeout = readTimeout
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { schedule(headerTimeout, context) }
    }

    func channelActive(context: ChannelHandlerContext) {
        schedule(headerTimeout, context)
        context.fireChannelActive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        cancel()
    }

    func channelInactive(context: ChannelHandlerContext) {
        cancel()
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head: schedule(readTimeout, context)
        case .body: break
        case .end: cancel()
        }
        context.fireChannelRead(data)
    }

    private func schedule(_ timeout: TimeAmount, _ context: ChannelHandlerContext) {
        cancel()
        let channel = context.channel
        timer = context.eventLoop.scheduleTask(in: timeout) { channel.close(promise: nil) }
    }

    private func cancel() {
        timer?.cancel()
        timer = nil
    }
}
