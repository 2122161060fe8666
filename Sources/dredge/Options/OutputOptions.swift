import ArgumentParser
import DredgeKit
import Foundation

/// Where a report goes and how it looks.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Report format: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ReportFormat = .text

    @Option(name: [.short, .long], help: "Write the report to FILE instead of standard output.")
    var output: String?

    @Flag(name: .long, help: "Print secrets in full (reports are redacted by default; a report file is then mode 0600).")
    var showSecrets = false

    @Flag(name: .long, help: "No colours in the text report.")
    var noColor = false

    @Flag(name: [.short, .long], help: "No progress display and no summary line on standard error.")
    var quiet = false

    /// Writes `text` to `--output` (atomically, 0600 when it holds secrets) or standard output.
    func write(_ text: String) throws {
        guard let output else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try ReportFile.write(text, to: URL(fileURLWithPath: output), holdsSecrets: showSecrets)
        } catch {
            throw DredgeError.cannotWrite(path: output, reason: error.localizedDescription)
        }
    }

    /// Colours only for a text report going to a terminal, unless NO_COLOR is set.
    var colored: Bool {
        format == .text && output == nil && !noColor && isatty(STDOUT_FILENO) == 1
            && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }
}

extension ReportFormat: ExpressibleByArgument {}
