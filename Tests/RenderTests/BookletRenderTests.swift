import Foundation
import Graphics
import Layout
import PlanPress
import Render
import TestTiming
import Testing

/// The whole pipeline through the façade on the full-mouth fixture: case → booklet → PDF/PNG/SVG.
@Suite struct BookletRenderTests {
    static let fixture = TestRepository.path("Fixtures/cases/full-mouth.yaml")
    static let fixtures = TestRepository.root.appendingPathComponent("Fixtures")

    /// The full-mouth case, its files read from the fixtures.
    static func fixtureInput() throws(PlanPressError) -> CaseInput {
        try .file(atPath: fixture, root: fixtures)
    }

    static func renderer() throws -> Renderer {
        try Renderer(resources: ResourceLocator(root: TestRepository.root))
    }

    static func options(_ format: OutputFormat, pages: String? = nil) throws -> RenderOptions {
        RenderOptions(format: format, pages: try pages.map { try PageSelection(parsing: $0) } ?? .all, dpi: 40)
    }

    @Test func theSameCaseGivesTheSameBytesTwice() throws {
        let renderer = try Self.renderer()
        let pdf = try renderer.render(Self.fixtureInput(), options: Self.options(.pdf))
        let again = try Self.renderer().render(Self.fixtureInput(), options: Self.options(.pdf))
        #expect(pdf.files.count == 1 && pdf.files.first?.page == nil)
        #expect(pdf.files.map(\.bytes) == again.files.map(\.bytes))
        let png = try renderer.render(Self.fixtureInput(), options: Self.options(.png, pages: "1,3"))
        let pngAgain = try renderer.render(Self.fixtureInput(), options: Self.options(.png, pages: "1,3"))
        #expect(png.files.map(\.page) == [1, 3])
        #expect(png.files.map(\.bytes) == pngAgain.files.map(\.bytes))
        #expect(png.pageCount == pdf.pageCount)
    }

    @Test func aRenderPastItsDeadlineStopsWithoutOutput() throws {
        var options = try Self.options(.pdf)
        options.deadline = Deadline(after: .zero)
        let renderer = try Self.renderer()
        do {
            _ = try renderer.render(Self.fixtureInput(), options: options)
            Issue.record("the render ran past its deadline")
        } catch {
            switch error {
            case .graphics(.deadlinePassed), .layout(.deadlinePassed): break
            default: Issue.record("expected the deadline to stop the render, got \(error)")
            }
        }
    }

    /// Deadlines falling in each step (composition, layout, export): the render stops within 100 ms of each.
    ///
    /// The deadline is checked between pieces of work, so what the render controls is how much work it does
    /// past its deadline: the rendering thread's CPU time from the deadline to the stop, at most 100 ms. (Wall
    /// time would measure the machine: with other tests rendering beside this one on two cores, a stop took
    /// 150-280 ms of wall time.) A thread of the test reads the rendering thread's CPU clock every millisecond
    /// until the deadline and keeps the last reading taken before it, which can only overstate the overrun.
    /// A sanitizer makes every piece of work slower, so the 100 ms stretches with `TestTime` (1 unless a
    /// sanitizer run sets it); the wall-clock overrun gets a loose budget of 2 s.
    @Test func aRenderStopsWithin100msOfItsDeadline() throws {
        let renderer = try Self.renderer()
        _ = try renderer.render(Self.fixtureInput(), options: Self.options(.png))  // fonts and images warm
        let cpu = ThreadCPUClock()
        var stopped = 0
        for milliseconds in [1, 20, 60, 120, 250, 400] {
            var options = try Self.options(.png)
            let started = ContinuousClock.now
            let deadline = started + .milliseconds(milliseconds)
            options.deadline = Deadline(after: .milliseconds(milliseconds))
            let atDeadline = cpu.reading(at: deadline)
            do {
                _ = try renderer.render(Self.fixtureInput(), options: options)
            } catch {
                let stoppedAt = (wall: ContinuousClock.now, cpu: cpu.now)
                let overrun = stoppedAt.wall - deadline
                let cpuOverrun = stoppedAt.cpu - atDeadline.wait()
                #expect(cpuOverrun < TestTime.budget(.milliseconds(100)),
                        "deadline \(milliseconds) ms: stopped after \(cpuOverrun) of CPU time (\(overrun) of wall time)")
                #expect(overrun < TestTime.budget(.seconds(2)), "deadline \(milliseconds) ms: stopped \(overrun) after it")
                switch error {
                case .graphics(.deadlinePassed), .layout(.deadlinePassed): stopped += 1
                default: Issue.record("expected the deadline to stop the render, got \(error)")
                }
            }
        }
        // A whole render takes longer than 120 ms, so at least the first four deadlines fall inside it.
        #expect(stopped >= 4)
    }

    @Test func thePDFExportStopsBetweenPagesPastItsDeadline() throws {
        let document = try Self.renderer().layout(Self.fixtureInput(), options: Self.options(.pdf))
        #expect(throws: GraphicsError.deadlinePassed) {
            try PDFExporter().export(document, deadline: Deadline(after: .zero))
        }
    }

    @Test func thePDFHoldsOnlyShippedFontsRealTextAndJPEGPhotos() throws {
        let pdf = try #require(try Self.renderer().render(Self.fixtureInput(), options: Self.options(.pdf)).files.first).bytes
        let fonts = try Poppler.run("pdffonts", on: pdf).split(separator: "\n").dropFirst(2)
        #expect(fonts.count >= 3)
        for row in fonts {
            let columns = row.split(separator: " ", omittingEmptySubsequences: true)
            #expect(columns[0].wholeMatch(of: /[A-Z]{6}\+(Inter|NotoSerif)-[A-Za-z]+/) != nil, "\(row)")
            #expect(columns.suffix(5).prefix(2) == ["yes", "yes"], "embedded and subset: \(row)")
        }
        let text = try Poppler.run("pdftotext", on: pdf, trailing: ["-"])
        #expect(text.contains("Соколова Марина Викторовна"))
        let images = try Poppler.run("pdfimages", ["-list"], on: pdf).split(separator: "\n").dropFirst(2)
            .map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
        let photos = images.filter { ($0[3] == "3000" && $0[4] == "2000") || ($0[3] == "2000" && $0[4] == "3000") }
        #expect(photos.count >= 7, "the seven case photos")
        #expect(photos.allSatisfy { $0[8] == "jpeg" })
        #expect(images.contains { $0[3] == "2900" && $0[4] == "1400" && $0[8] == "jpeg" }, "the panoramic X-ray")
    }

    /// Case text is plain text: what looks like markup is printed as written.
    @Test func markupInCaseTextIsPrintedLiterally() throws {
        let folder = try TestRepository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fixtures = TestRepository.path("Fixtures")
        let text = try String(contentsOfFile: Self.fixture, encoding: .utf8)
            .replacingOccurrences(of: "\"Соколова Марина Викторовна\"", with: "\"Соколова <span>&amp; <b>Марина</b>\"")
            .replacingOccurrences(of: "../images/", with: fixtures + "/images/")
            .replacingOccurrences(of: "../prices/", with: fixtures + "/prices/")
        let path = folder.appendingPathComponent("markup.yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let options = try Self.options(.pdf, pages: "1")
        let pdf = try #require(try Self.renderer().render(.file(atPath: path, root: URL(fileURLWithPath: fixtures)),
                                                          options: options).files.first).bytes
        let printed = try Poppler.run("pdftotext", on: pdf, trailing: ["-"])
        // The cover's large type wraps the name; each part is printed as written.
        #expect(printed.contains("Соколова <span>&amp;"))
        #expect(printed.contains("<b>Марина</b>"))
    }

    @Test func svgAndPNGGiveOneFilePerSelectedPage() throws {
        let renderer = try Self.renderer()
        let svg = try renderer.render(Self.fixtureInput(), options: Self.options(.svg, pages: "2-3"))
        #expect(svg.contentType == "image/svg+xml")
        #expect(svg.files.map(\.page) == [2, 3])
        #expect(svg.files.allSatisfy { String(decoding: $0.bytes.prefix(5), as: UTF8.self) == "<?xml" })
        let beyond = try Self.options(.png, pages: "99")
        do {
            _ = try renderer.render(Self.fixtureInput(), options: beyond)
            Issue.record("page 99 was rendered")
        } catch {
            #expect(error.description.hasPrefix("page 99 is beyond the document's "))
        }
    }
}

/// The CPU time of the thread that made it, readable from other threads (`pthread_getcpuclockid`).
final class ThreadCPUClock: Sendable {
    private let clock: clockid_t

    init() {
        var clock = clockid_t()
        pthread_getcpuclockid(pthread_self(), &clock)
        self.clock = clock
    }

    /// The thread's CPU time so far.
    var now: Duration {
        var time = timespec()
        clock_gettime(clock, &time)
        return .seconds(time.tv_sec) + .nanoseconds(time.tv_nsec)
    }

    /// The thread's CPU time at `instant` or a little before, read on a thread of its own: the last reading
    /// taken before `instant` of one every millisecond (at most the true value).
    final class Reading: @unchecked Sendable {
        private let done = NSCondition()
        private var value: Duration?

        fileprivate func set(_ reading: Duration) {
            done.withLock { value = reading; done.broadcast() }
        }

        /// Waits for the reading.
        func wait() -> Duration {
            done.withLock {
                while value == nil { done.wait() }
                return value!
            }
        }
    }

    /// Call it on the thread whose clock this is, before its work starts: the first reading is taken here.
    func reading(at instant: ContinuousClock.Instant) -> Reading {
        let reading = Reading()
        let first = now
        let thread = Thread { [self] in
            var last = first
            while true {
                let cpu = now
                let remaining = instant - ContinuousClock.now
                guard remaining > .zero else { break }
                last = cpu  // read before `instant`
                Thread.sleep(forTimeInterval: min(0.001, Double(remaining.components.attoseconds) / 1e18
                                                        + Double(remaining.components.seconds)))
            }
            reading.set(last)
        }
        thread.start()
        return reading
    }
}
