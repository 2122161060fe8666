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
        try ReportOutput.write(text, to: output, holdsSecrets: showSecrets)
    }

    /// Colours only for a text report going to a terminal, unless NO_COLOR is set.
    var colored: Bool {
        format == .text && output == nil && !noColor && isatty(STDOUT_FILENO) == 1
            && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }
}

extension ReportFormat: ExpressibleByArgument {}
