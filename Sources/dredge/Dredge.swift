import ArgumentParser
import DredgeKit

struct Dredge: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dredge",
        abstract: "Find secrets and personal data in every commit of a git repository.",
        discussion: "Exit codes: 0 nothing found, 1 findings, 2 error.",
        version: DredgeVersion.current,
        subcommands: [ScanCommand.self, InventoryCommand.self, ChecklistCommand.self, TriageCommand.self, PurgeCommand.self,
                      HookCommand.self, PatternsCommand.self],
        defaultSubcommand: ScanCommand.self
    )
}
