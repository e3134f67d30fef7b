import Foundation

/// Runs poppler-utils (`pdfinfo`, `pdffonts`, `pdfimages`, `pdftotext`, `pdftoppm`, `pdftocairo`) and `qpdf` on PDF bytes.
enum Poppler {
    struct ToolFailed: Error, CustomStringConvertible {
        let tool: String
        let status: Int32
        let output: String
        var description: String { "\(tool) exited \(status): \(output)" }
    }

    /// The standard output of `tool arguments… file.pdf` for a temporary file holding `pdf`, then
    /// `trailing` arguments (e.g. `-` for stdout).
    static func run(_ tool: String, _ arguments: [String] = [], on pdf: [UInt8], trailing: [String] = []) throws -> String {
        let folder = try TestRepository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("input.pdf")
        try Data(pdf).write(to: file)
        return try run(tool, arguments + [file.path] + trailing)
    }

    /// Renders page `page` of `pdf` to PNG bytes at `dpi` with `pdftoppm`.
    static func rasterize(_ pdf: [UInt8], page: Int, dpi: Int) throws -> [UInt8] {
        try png("pdftoppm", of: pdf, page: page, dpi: dpi)
    }

    /// Renders page `page` of `pdf` to PNG bytes at `dpi` with `pdftocairo` (poppler drawing through Cairo and
    /// FreeType, as PlanPress's PNG pages are drawn), `width` × `height` pixels from the top-left corner, so it
    /// compares pixel for pixel with `PNGExporter`'s page (which rounds the page's size where poppler rounds up).
    static func rasterizeWithCairo(_ pdf: [UInt8], page: Int, dpi: Int, width: Int, height: Int) throws -> [UInt8] {
        try png("pdftocairo", of: pdf, page: page, dpi: dpi,
                cropping: ["-x", "0", "-y", "0", "-W", "\(width)", "-H", "\(height)"])
    }

    /// Page `page` of `pdf` as PNG bytes from `tool` (`pdftoppm` or `pdftocairo`, which take the same
    /// options) at `dpi`, with `cropping` options.
    private static func png(_ tool: String, of pdf: [UInt8], page: Int, dpi: Int, cropping: [String] = []) throws -> [UInt8] {
        let folder = try TestRepository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("input.pdf")
        try Data(pdf).write(to: file)
        let prefix = folder.appendingPathComponent("page").path
        _ = try run(tool, ["-png", "-r", "\(dpi)", "-f", "\(page)", "-l", "\(page)"] + cropping + ["-singlefile", file.path, prefix])
        return [UInt8](try Data(contentsOf: URL(fileURLWithPath: prefix + ".png")))
    }

    /// The PDF's objects as text, out of object streams and with streams uncompressed, to look for keys.
    static func objects(of pdf: [UInt8]) throws -> String {
        try run("qpdf", ["--object-streams=disable", "--stream-data=uncompress"], on: pdf, trailing: ["-"])
    }

    /// The exit status and output (standard output and error) of `tool arguments… file.pdf`, whatever the status.
    static func status(_ tool: String, _ arguments: [String] = [], on pdf: [UInt8]) throws -> (status: Int32, output: String) {
        do {
            return (0, try run(tool, arguments, on: pdf))
        } catch let failure as ToolFailed {
            return (failure.status, failure.output)
        }
    }

    private static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0 else { throw ToolFailed(tool: tool, status: process.terminationStatus, output: text) }
        return text
    }
}
