import ArgumentParser
import DredgeKit
import Foundation

struct PurgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "purge",
        abstract: "Remove findings from the history: write a git filter-repo plan, and rehearse it on a mirror clone.",
        discussion: "Rotate first (`dredge checklist`): rewriting the history does not un-leak what was pushed.",
        subcommands: [Plan.self, Rehearse.self]
    )

    struct Plan: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write purge.sh, replacements.txt (mode 0600: it holds the secrets) and PLAN.md, the runbook around them.",
            discussion: "Plans the findings of the inventory triaged open, rotated or revoked; scans the history again for their secrets."
        )

        @OptionGroup var location: InventoryOptions

        @OptionGroup var rules: RuleOptions

        @Option(name: [.short, .long], help: "The directory to write into (default: <git dir>/dredge/purge).")
        var output: String?

        @Option(name: .long, help: "Only this finding (its id or first 12 digits); repeatable.")
        var finding: [String] = []

        func run() throws {
            let inventory = try location.open()
            let selection = finding.isEmpty ? nil : Set(try finding.map(inventory.findingID(matching:)))
            let repository = try RepositoryLocation.resolve(location.repository)
            let entries = try inventory.entries(repository: location.scope(in: inventory, repositoryAt: repository), includeGone: true)
            let plan = try PurgePlan.make(request: rules.request(for: repository), entries: entries, selection: selection)
            let directory = try output.map { URL(fileURLWithPath: $0) }
                ?? URL(fileURLWithPath: RepositoryLocation.gitDirectory(of: repository)).appendingPathComponent("dredge/purge")
            try plan.write(to: directory)
            print("Wrote \(TerminalText.escape(directory.path)): \(PurgeScript.fileName), \(PurgePlan.replacementsFileName) (0600), \(PurgeRunbook.fileName).")
            print(PurgeCommand.summary(plan))
            print("Next: read \(PurgeRunbook.fileName), rotate first, then `dredge purge rehearse`.")
        }
    }

    struct Rehearse: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the purge plan on a temporary mirror clone with git filter-repo, rescan it, and list what is left.",
            discussion: "Nothing is pushed and the repository is not changed. Exit codes: 0 nothing left, 1 findings left, 2 error."
        )

        @OptionGroup var location: InventoryOptions

        @OptionGroup var rules: RuleOptions

        @Flag(name: .long, help: "Keep the temporary directory (the plan and the rewritten mirror) and print where it is.")
        var keep = false

        func run() throws {
            let inventory = try location.open()
            let repository = try RepositoryLocation.resolve(location.repository)
            let entries = try inventory.entries(repository: location.scope(in: inventory, repositoryAt: repository), includeGone: true)
            let rehearsal = try PurgeRehearsal(request: rules.request(for: repository), entries: entries, keep: keep)
            print(PurgeCommand.summary(rehearsal.plan))
            print("Rehearsed on a mirror clone: \(rehearsal.rewrittenCommits) commits and \(rehearsal.rewrittenReferences) refs rewritten.")
            if keep { print("Kept in \(TerminalText.escape(rehearsal.directory.path)) (mirror.git is the rewritten mirror).") }
            if rehearsal.remaining.isEmpty {
                print("Nothing is left: the plan purges every finding it covers.")
            } else {
                print("Left after the rewrite (\(rehearsal.remaining.count)):")
                for finding in rehearsal.remaining {
                    let paths = finding.occurrences.compactMap(\.path).map(TerminalText.escape)
                    print("  \(finding.id.short)  \(finding.rule.id)  \(TerminalText.escape(finding.shownSecret(revealing: false)))  "
                          + (paths.isEmpty ? "unreachable" : Set(paths).sorted().joined(separator: ", ")))
                }
            }
            throw ExitCode(rehearsal.remaining.isEmpty ? 0 : 1)
        }
    }

    /// A few redacted lines: what the plan removes, replaces and leaves out.
    static func summary(_ plan: PurgePlan) -> String {
        var lines = ["\(Plural.count(plan.removals.count, "path")) to remove, \(Plural.count(plan.replacements.count, "secret")) to replace; "
                     + "\(plan.scope.rewrittenCommits) of \(plan.scope.totalCommits) commits rewritten, "
                     + "refs: \(plan.scope.references.isEmpty ? "none" : plan.scope.references.map(TerminalText.escape).joined(separator: ", "))."]
        if !plan.unrotated.isEmpty { lines.append("\(Plural.count(plan.unrotated.count, "finding")) still open: rotate them before pushing the rewrite.") }
        if !plan.leftOut.isEmpty { lines.append("\(plan.leftOut.count) left out (triaged false-positive or accepted).") }
        if !plan.gone.isEmpty { lines.append("\(plan.gone.count) already gone from the history.") }
        if !plan.unrecorded.isEmpty { lines.append("\(plan.unrecorded.count) found but not in the inventory: run `dredge scan` and triage them.") }
        return lines.joined(separator: "\n")
    }
}
