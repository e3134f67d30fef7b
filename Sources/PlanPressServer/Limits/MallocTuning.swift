#if os(Linux)
import CMalloc
#endif
import Foundation

/// glibc's malloc set for a process that renders one request after another: `planpress serve` and `watch`, and
/// the benchmarks that measure a render as the service makes it. Called once, before any thread starts.
///
/// - **Two arenas** instead of up to 8 per core. Every thread that finds the arenas busy gets one of its own
///   (event loops, render workers, the concurrency pool: 15 on 2 cores), and each keeps the memory that large
///   requests took in it: in a soak the resident set stepped from 475 to 670 MiB with them, and stayed at
///   466–502 MiB with two, at the same throughput (docs/benchmarks.md, "The soak's step").
/// - **Large blocks kept for the next render.** A render's big buffers (a 1920-px screen's pixels, its PNG
///   scanlines, a PDF's bytes: 4–40 MiB each) come from the heap, not from mappings of their own, and freed
///   memory goes back to the system only above 128 MiB at a heap's top. glibc starts by mapping every block over
///   128 KiB afresh and unmapping it on free, so a render faults once per 4 KiB it touches, and only raises that
///   threshold as it sees such blocks freed (to 32 MiB at most): a service's first renders paid about 4,500 page
///   faults each, and the in-process chairside benchmark 345,000 in 150 renders against 15,000 now (12–20 % of a
///   screen's CPU time). Over HTTP, once warm, 27 faults per edited case and screen against 110 at glibc's ceiling
///   (docs/benchmarks.md). The resident set stays at what the largest render needed, which the memory budget
///   counts.
///
/// Settings given in the environment (`MALLOC_ARENA_MAX`, `MALLOC_MMAP_THRESHOLD_`, `MALLOC_TRIM_THRESHOLD_`,
/// or the same in `GLIBC_TUNABLES`) win.
public enum MallocTuning {
    /// Blocks up to this size come from the heap.
    public static let mappingThreshold = 64 << 20
    /// Free memory at the heap's top is returned to the system beyond this.
    public static let trimThreshold = 128 << 20

    /// Applies the settings (on Linux; elsewhere nothing).
    public static func applyForRenderService() {
        #if os(Linux)
        let environment = ProcessInfo.processInfo.environment
        let tunables = environment["GLIBC_TUNABLES"] ?? ""
        func isSet(_ variable: String, _ tunable: String) -> Bool {
            environment[variable] != nil || tunables.contains(tunable)
        }
        if !isSet("MALLOC_ARENA_MAX", "arena_max") { _ = mallopt(M_ARENA_MAX, 2) }
        if !isSet("MALLOC_MMAP_THRESHOLD_", "mmap_threshold") { _ = mallopt(M_MMAP_THRESHOLD, Int32(mappingThreshold)) }
        if !isSet("MALLOC_TRIM_THRESHOLD_", "trim_threshold") { _ = mallopt(M_TRIM_THRESHOLD, Int32(trimThreshold)) }
        #endif
    }
}
