import ArgumentParser
import DredgeKit
import Foundation
import Git

struct TriageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "triage",
        abstract: "Record a decision on a finding: who (git user.name and user.email), when, the new status and why.",
        discussion: "Decisions survive rescans; the latest one is the finding's status."
    )

    @Argument(help: "The finding id, or its first 12 digits as `dredge inventory` prints them.")
    var finding: String

    @Option(name: .long, help: "open, rotated, revoked, false-positive or accepted.")
    var status: TriageStatus

    @Option(name: .long, help: "Why: the ticket, what was rotated, why it is accepted.")
    var note: String?

    @Option(name: .long, help: "The repository (default: the one containing the current directory).")
    var repository: String?

    @Option(name: .long, help: "The inventory file (default: <git dir>/dredge/inventory.sqlite).")
    var datastore: String?

    func run() throws {
        let inventory = try Inventory(path: try RepositoryLocation.inventoryPath(datastore: datastore, repository: repository), create: false)
        let git = try Repository(at: try RepositoryLocation.gitDirectory(of: repository))
        let id = try inventory.triage(finding, status: status, note: note,
                                      userName: git.configString("user.name"), userEmail: git.configString("user.email"))
        print("\(id.prefix(12)) \(status.rawValue)")
    }
}
