import ArgumentParser
import DredgeKit
import Foundation

/// Which rules a full-history scan runs: the built-ins and any `--patterns` packs.
struct RuleOptions: ParsableArguments {
    @Option(name: .long, help: "Extra pattern packs (a directory or a .yml file); repeatable. Same ids replace built-ins.")
    var patterns: [String] = []

    @Flag(name: .long, help: "Use only the rules given with --patterns.")
    var noBuiltinRules = false

    func validate() throws {
        guard !noBuiltinRules || !patterns.isEmpty else { throw ValidationError("--no-builtin-rules needs --patterns") }
    }

    /// A scan of `repository` with these rules.
    func request(for repository: String) -> ScanRequest {
        var request = ScanRequest(repositoryPath: repository)
        request.patternDirectories = patterns.map { URL(fileURLWithPath: $0) }
        request.builtinRules = !noBuiltinRules
        return request
    }
}
