import ArgumentParser
import DredgeKit

/// What `scan` reads: the whole history by default, or one narrower input.
struct InputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Scan only the blobs that the commits in A..B introduce (reachable from B, not from A).", valueName: "A..B"))
    var range: String?

    @Flag(name: .long, help: "Scan the files staged in the index that differ from HEAD (new and modified).")
    var staged = false

    @Option(name: .long, parsing: .upToNextOption,
            help: ArgumentHelp("Scan the files on disk under each PATH (files or directories), not git objects.", valueName: "PATH"))
    var noGit: [String] = []

    @Flag(name: .long, help: "With --no-git: also files that .gitignore ignores.")
    var allFiles = false

    func validate() throws {
        guard [range != nil, staged, !noGit.isEmpty].filter({ $0 }).count <= 1 else {
            throw ValidationError("--range, --staged and --no-git are different inputs: give one")
        }
        guard !allFiles || !noGit.isEmpty else { throw ValidationError("--all-files goes with --no-git") }
        if let range, CommitRange(parsing: range) == nil { throw ValidationError("--range takes A..B, not `\(range)`") }
    }

    var input: ScanInput {
        if let range, let parsed = CommitRange(parsing: range) { return .range(parsed) }
        if staged { return .staged }
        if !noGit.isEmpty { return .files(paths: noGit + PathArguments.extra, allFiles: allFiles) }
        return .history
    }
}
