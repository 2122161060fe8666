import Foundation
import Git

/// Proves a purge plan on a throw-away mirror: clones the repository with `git clone --mirror`, runs the plan's
/// `purge.sh` there with the real git filter-repo (never pushing), and rescans the rewritten mirror. The repository
/// itself is only read.
public struct PurgeRehearsal: Sendable {
    public let plan: PurgePlan
    /// What the rescan of the rewritten mirror still finds, apart from findings triaged false-positive or accepted.
    public let remaining: [Finding]
    /// Commits filter-repo gave a new id or dropped (`filter-repo/commit-map`).
    public let rewrittenCommits: Int
    /// Refs filter-repo moved (`filter-repo/ref-map`).
    public let rewrittenReferences: Int
    /// Where the plan and the mirror were; removed afterwards unless kept.
    public let directory: URL

    /// - Parameter request: the scan of the repository, with the rules and limits the inventory's scans used.
    public init(request: ScanRequest, entries: [InventoryEntry], keep: Bool = false) throws {
        _ = try FilterRepo.required()
        let manager = FileManager.default
        let directory = manager.temporaryDirectory.appendingPathComponent("dredge-rehearsal-\(UUID().uuidString)")
        self.directory = directory
        defer { if !keep { try? manager.removeItem(at: directory) } }
        let repository = try Repository(at: request.repositoryPath)
        plan = try PurgePlan.make(request: request, entries: entries, source: PurgePlan.ownPath(repository))
        try plan.write(to: directory)

        // PUSH and MIRROR come from the plan's defaults, never from the caller's environment: nothing is pushed.
        var environment = ProcessInfo.processInfo.environment
        environment["PUSH"] = nil
        environment["MIRROR"] = nil
        let script = try ExternalProgram.run(["bash", PurgeScript.fileName], in: directory, environment: environment)
        guard script.status == 0 else {
            throw DredgeError.externalTool("the rehearsal's purge.sh failed (exit \(script.status)):\n\(script.output)")
        }
        let mirror = directory.appendingPathComponent("mirror.git")
        var rescan = request
        rescan.repositoryPath = mirror.path
        rescan.progress = nil
        let kept = Set(plan.leftOut.map(\.id))
        remaining = try Scanner(rescan).run().findings.filter { !kept.contains($0.id.hex) }
        rewrittenCommits = Self.changedLines(in: mirror.appendingPathComponent("filter-repo/commit-map"))
        rewrittenReferences = Self.changedLines(in: mirror.appendingPathComponent("filter-repo/ref-map"))
    }

    /// Rows of a filter-repo map (`old new [ref]` after a header line) whose new id differs from the old one.
    private static func changedLines(in file: URL) -> Int {
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return 0 }
        return text.split(separator: "\n").dropFirst().filter { line in
            let fields = line.split(separator: " ")
            return fields.count >= 2 && fields[0] != fields[1]
        }.count
    }
}
