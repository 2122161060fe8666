import ArgumentParser
import DredgeKit
import Foundation
import Git

struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Scan every blob in a repository's object database: all refs, stashes and unreachable objects."
    )

    @Argument(help: "The repository (work tree or bare). Default: the repository containing the current directory.")
    var repository: String?

    @Option(name: .long, help: "Extra pattern packs (a directory or a .yml file); repeatable. Same ids replace built-ins.")
    var patterns: [String] = []

    @Flag(name: .long, help: "Use only the rules given with --patterns.")
    var noBuiltinRules = false

    @Flag(name: .long, help: ArgumentHelp("Match every line of every blob (to measure line deduplication).", visibility: .hidden))
    var noLineDedup = false

    @Option(name: .long, help: "Worker threads (default: all cores); with 1, the whole scan runs on one thread.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .long, help: "Skip blobs larger than this (bytes, or with K, M, G).", transform: ByteSize.parse)
    var maxBlobSize: Int = 64 << 20

    @OptionGroup var inputs: InputOptions

    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard !noBuiltinRules || !patterns.isEmpty else { throw ValidationError("--no-builtin-rules needs --patterns") }
        guard inputs.noGit == nil || repository == nil else { throw ValidationError("--no-git PATH takes no repository") }
    }

    func run() throws {
        var request = ScanRequest(repositoryPath: try inputs.noGit ?? resolvedRepository())
        request.input = inputs.input
        request.patternDirectories = patterns.map { URL(fileURLWithPath: $0) }
        request.builtinRules = !noBuiltinRules
        request.jobs = jobs
        request.lineDeduplication = !noLineDedup
        request.maxBlobSize = maxBlobSize
        var display: ProgressDisplay?
        if !output.quiet, ProgressDisplay.wanted {
            let progress = ScanProgress()
            request.progress = progress
            display = ProgressDisplay(progress)
            display?.start()
        }
        let report = try withExtendedLifetime(display) {
            defer { display?.stop() }
            return try Scanner(request).run()
        }
        try output.write(try output.format.reporter(showSecrets: output.showSecrets, colored: output.colored).render(report))
        if !output.quiet { FileHandle.standardError.write(Data(SummaryLine(report.summary).text.utf8)) }
        throw ExitCode(report.findings.isEmpty ? 0 : 1)
    }

    private func resolvedRepository() throws -> String {
        if let repository { return repository }
        let here = FileManager.default.currentDirectoryPath
        guard let found = Repository.discover(from: here) else {
            throw DredgeError.notARepository(path: here, reason: "no .git found here or in a parent directory")
        }
        return found
    }
}
