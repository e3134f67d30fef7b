import Booklet
import DentalModel
import Foundation
import Graphics
import PlanEngine
import PlanPressServer

/// The inputs PlanPress reads from outside, each as one fuzz target: given any bytes, it must return or
/// throw its own error, never crash, hang or grow without bound. `FUZZ_TARGET` picks the target.
enum FuzzTarget: String, CaseIterable {
    /// A case file read as YAML (`case.yaml`) and as JSON (`case.json`, when the bytes look like JSON).
    case caseYAML = "case-yaml"
    case caseJSON = "case-json"
    /// A price list, as YAML/JSON and as CSV.
    case prices
    case pricesCSV = "prices-csv"
    /// An image's header, then (JPEG) the check to its end that precedes a PDF/SVG pass-through.
    case image
    /// A template's `template.yaml`, and the same tree as a strings file (shared or a template's override):
    /// the bytes are parsed once.
    case template
    /// A `multipart/form-data` request body, read as the service reads one: the input's first line is the
    /// `Content-Type` (with its boundary), the rest the body.
    case multipart

    static let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planpress-fuzz-\(getpid())")
    static let templates = TemplateLoader(directory: folder)

    func run(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        switch self {
        case .caseYAML:
            _ = try? CaseLoader(imageRoot: Self.folder).read(text: text, fileName: "case.yaml", directory: Self.folder)
        case .caseJSON:
            let json = YAMLSource.looksLikeJSON(text) ? text : "{" + text + "}"
            _ = try? CaseLoader(imageRoot: Self.folder).read(text: json, fileName: "case.json", directory: Self.folder)
        case .prices:
            _ = try? PriceListLoader.readYAML(YAMLSource.parse(text, fileName: "prices.yaml"))
        case .pricesCSV:
            _ = try? PriceListLoader.readCSV(text, fileName: "prices.csv")
        case .image:
            guard let image = try? Image(bytes: bytes, name: "fuzz", limits: ImageLimits(maximumPixels: 4_000_000)) else { return }
            // What a PDF needs of it: a JPEG checked whole to pass through, anything else decoded.
            if image.format == .jpeg, image.components != 4 {
                _ = try? image.verifiedJPEGBytes()
            } else {
                _ = try? image.rasterSurface(scaleDenominator: 1)
            }
        case .template:
            // Parsed once: a template and a strings file go through the same parser, which is most of the time.
            guard let root = try? YAMLSource.parse(text, fileName: "template.yaml") else { return }
            _ = try? Self.templates.read(root, name: "fuzz")
            for locale in [CaseLocale.en, .ru] {
                try? TemplateLoader.checkStrings(root, locale: locale)
            }
        case .multipart:
            let lineEnd = bytes.firstIndex(of: 10) ?? bytes.endIndex
            let contentType = String(decoding: bytes[..<lineEnd], as: UTF8.self)
            _ = try? MultipartForm(body: Array(bytes[min(lineEnd + 1, bytes.endIndex)...]), contentType: contentType)
        }
    }
}

/// The target named by `FUZZ_TARGET` (read once).
let selectedTarget: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["FUZZ_TARGET"] ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
        fatalError("set FUZZ_TARGET to one of: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    return target
}()

#if FUZZING
/// libFuzzer's entry point (built with `-sanitize=fuzzer`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    selectedTarget.run(Array(UnsafeBufferPointer(start: data, count: count)))
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt

/// SwiftPM links an executable's `main` to `<module>_main`: hand the command line to libFuzzer's driver.
@_cdecl("planpress_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc, arguments = argv
    return runFuzzerDriver(&count, &arguments, fuzzOneInput)
}
#else
/// Without libFuzzer: replays files through a target, `FUZZ_TARGET=case-yaml planpress-fuzz FILE...`, to
/// check a finding or a corpus entry in an ordinary build.
@main
struct Replay {
    static func main() throws {
        for path in CommandLine.arguments.dropFirst() {
            selectedTarget.run([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
            print("ok \(path)")
        }
    }
}
#endif
