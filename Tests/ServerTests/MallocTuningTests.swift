import CMalloc
import PlanPressServer
import Testing

/// The render service's malloc settings keep a render's large buffers in the heap for the next render.
struct MallocTuningTests {
    /// A 16 MiB buffer (a screen's pixels) comes from the heap, not from a mapping of its own: glibc's
    /// default maps such a block afresh, so every render faulted once per 4 KiB page it touched, and unmaps
    /// it when freed.
    @Test func aLargeBlockComesFromTheHeapNotAFreshMapping() {
        MallocTuning.applyForRenderService()
        let before = mallinfo2().hblkhd
        let block = UnsafeMutableRawPointer.allocate(byteCount: 16 << 20, alignment: 64)
        defer { block.deallocate() }
        let mapped = mallinfo2().hblkhd - before
        #expect(mapped < 16 << 20, "\(mapped) bytes mapped for a 16 MiB block")
    }
}
