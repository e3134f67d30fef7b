import ServiceLifecycle

/// Runs with the application: every `keepAlive` it ends idle sessions and keeps event streams alive.
/// (Each event stream ends itself on graceful shutdown: the HTTP server waits for it before this stops.)
struct SessionService: Service {
    let store: SessionStore
    let keepAlive: Duration

    func run() async throws {
        try? await cancelWhenGracefulShutdown {
            while true {
                try await Task.sleep(for: keepAlive)
                await store.tick()
            }
        }
    }
}
