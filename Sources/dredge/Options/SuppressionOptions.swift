import ArgumentParser
import DredgeKit
import Foundation

/// What a scan leaves out and when it fails: `.dredge.yml` and `.dredgeignore` come from the repository unless
/// `--config` names another file; these options win over the file's settings.
struct SuppressionOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Configuration file (default: .dredge.yml at the repository's root); .dredgeignore is read beside it.", valueName: "file"))
    var config: String?

    @Option(name: .long, help: ArgumentHelp("A previous JSON report: only findings it does not hold are reported.", valueName: "file"))
    var baseline: String?

    @Option(name: .long, help: ArgumentHelp("Exit 1 only for findings at or above this severity (default: the file's fail_on, else low).", valueName: "severity"))
    var failOn: Severity?

    /// The configuration for a scan of `repositoryPath`.
    func configuration(repositoryPath: String) throws -> ScanConfiguration {
        var configuration = try ScanConfiguration.load(repositoryPath: repositoryPath, file: config.map { URL(fileURLWithPath: $0) })
        if let baseline { configuration.baseline = try Baseline(contentsOf: URL(fileURLWithPath: baseline)) }
        if let failOn { configuration.failOn = failOn }
        return configuration
    }
}

extension Severity: ExpressibleByArgument {}
