import Foundation
import PlanPressServer
import Testing

/// The render service's malloc settings keep a freed large block for the next render.
struct MallocTuningTests {
    /// A render's 16 MiB buffer, freed and taken again, costs no fresh page faults the second time: glibc's
    /// default maps and unmaps such a block, and the second touch faults once per 4 KiB page (4,096 times).
    @Test func aFreedLargeBlockIsReusedWithoutPageFaults() throws {
        MallocTuning.applyForRenderService()
        let size = 16 << 20
        func touchFreshBlock() -> Int {
            let before = minorFaults()
            let block = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 64)
            block.initializeMemory(as: UInt8.self, repeating: 1, count: size)
            block.deallocate()
            return minorFaults() - before
        }
        _ = touchFreshBlock()
        let faults = touchFreshBlock()
        #expect(faults < size / 4096 / 8, "\(faults) page faults touching a reused 16 MiB block")
    }

    private func minorFaults() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_minflt
    }
}
