import DredgeKit
import Foundation

/// Writes a command's output to a file (whole, via `ReportFile`) or to standard output.
enum ReportOutput {
    static func write(_ text: String, to output: String?, holdsSecrets: Bool = false) throws {
        guard let output else {
            ReportFile.withData(text) { FileHandle.standardOutput.write($0) }
            return
        }
        do {
            try ReportFile.write(text, to: URL(fileURLWithPath: output), holdsSecrets: holdsSecrets)
        } catch {
            throw DredgeError.cannotWrite(path: output, reason: ErrorCause.of(error))
        }
    }
}
