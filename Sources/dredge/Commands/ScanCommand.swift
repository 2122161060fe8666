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

    @OptionGroup var rules: RuleOptions

    @Flag(name: .long, help: ArgumentHelp("Match every line of every blob (to measure line deduplication).", visibility: .hidden))
    var noLineDedup = false

    @Flag(name: .long, help: ArgumentHelp("Leave archives closed and encoded values undecoded (to measure what unwrapping costs).", visibility: .hidden))
    var noUnwrap = false

    @Flag(name: .long, help: ArgumentHelp("Skip commit and tag messages (to measure what they cost).", visibility: .hidden))
    var noMessages = false

    // Unconditional, so `--jobs -1` reaches validate() and is refused for what it is, not as a missing value.
    @Option(name: .long, parsing: .unconditional, help: "Worker threads (default: all cores); with 1, the whole scan runs on one thread.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .long, help: "Skip blobs larger than this (bytes, or with K, M, G).", transform: ByteSize.parse)
    var maxBlobSize: Int = 64 << 20

    @Option(name: .long, help: "The inventory this scan records into: a SQLite file, or postgresql://USER@HOST:PORT/DATABASE shared by many repositories (default: $DREDGE_DATASTORE, else <git dir>/dredge/inventory.sqlite).")
    var datastore: String?

    @Option(name: .long, help: "The name the inventory knows this repository by (default: its origin remote's URL, normalised, else its path).")
    var repositoryName: String?

    @OptionGroup var fleet: FleetOptions

    @Flag(name: .long, help: "Keep full secrets in the inventory (it is mode 0600 either way); by default only a SHA-256 and the redacted form.")
    var storeSecrets = false

    @OptionGroup var inputs: InputOptions

    @OptionGroup var output: OutputOptions
    @OptionGroup var suppression: SuppressionOptions

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard inputs.noGit.isEmpty || repository == nil else { throw ValidationError("--no-git PATH… takes no repository") }
        guard fleet.repositories == nil || (repository == nil && inputs.input == .history && repositoryName == nil) else {
            throw ValidationError("--repositories FILE scans whole histories of the repositories it lists: give no repository, --range, --staged, --no-git or --repository-name")
        }
    }

    func run() throws {
        try CommandSuggestion.check(repository)
        if let list = fleet.repositories { try scanRepositories(listedIn: list) }
        // A chosen inventory is opened before the scan: a wrong URL or an unreachable server fails at once, not after it.
        let chosen = inputs.input == .history ? try RepositoryLocation.chosenDatastore(datastore).map { try Inventory($0) } : nil
        var request = rules.request(for: try inputs.noGit.first ?? resolvedRepository())
        request.input = inputs.input
        request.jobs = jobs
        request.lineDeduplication = !noLineDedup
        if noUnwrap { request.unwrap = nil }
        request.messages = !noMessages
        request.maxBlobSize = maxBlobSize
        request.configuration = try suppression.configuration(repositoryPath: request.repositoryPath)
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
        // The inventory (of whole histories only) is recorded while the report renders; each is kept when the other
        // fails, and a report that cannot be written is the error said first.
        nonisolated(unsafe) let inventory = chosen  // handed to the recording thread: this one no longer touches it
        let recording = request.input == .history ? BackgroundThread { [self] in try recordInventory(report, into: inventory) } : nil
        let written = Result { try output.write(try output.format.reporter(showSecrets: output.showSecrets, colored: output.colored).render(report)) }
        let recorded = Result { try recording?.result() }
        try written.get()
        try recorded.get()
        if !output.quiet { FileHandle.standardError.write(Data(SummaryLine(report.summary).text.utf8)) }
        throw ExitCode(request.configuration.fails(report) ? 1 : 0)
    }

    private func resolvedRepository() throws -> String {
        try RepositoryLocation.resolve(repository)
    }

    /// Records the scan in the inventory, under the repository's identity. A repository the user may not write into (evidence on a read-only mount) keeps
    /// its exit code: the default inventory is then skipped with a warning that says where else to record; one named by
    /// `--datastore` or `DREDGE_DATASTORE` must work.
    private func recordInventory(_ report: ScanReport, into chosen: Inventory?) throws {
        let identity = RepositoryIdentity(repositoryAt: report.summary.repository, name: repositoryName)
        if let chosen { try chosen.record(report, repository: identity, storeSecrets: storeSecrets); return }
        var path = "the default inventory"
        do {
            path = Inventory.defaultPath(gitDirectory: try RepositoryLocation.gitDirectory(of: report.summary.repository))
            try Inventory(path: path).record(report, repository: identity, storeSecrets: storeSecrets)
        } catch {
            let reason = (error as? DredgeError)?.description ?? "cannot write \(path): \(ErrorCause.of(error))"
            FileHandle.standardError.write(Data("""
                dredge: warning: the inventory was not recorded (\(reason)); the report is complete. \
                To record it elsewhere: dredge scan --datastore FILE\n
                """.utf8))
        }
    }
}
