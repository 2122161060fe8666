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

    @Option(name: .long, help: "The inventory: a SQLite file, or postgresql://USER@HOST:PORT/DATABASE (default: $DREDGE_DATASTORE, else <git dir>/dredge/inventory.sqlite).")
    var datastore: String?

    @Option(name: .long, help: "In a shared inventory, decide for this repository only (default: for the credential in every repository).")
    var repositoryName: String?

    func run() throws {
        let inventory = try Inventory(try RepositoryLocation.datastore(datastore, repository: repository), create: false)
        // Who decided: the repository's git identity, or the user's own outside any repository (a shared inventory).
        let git = try? Repository(at: try RepositoryLocation.gitDirectory(of: repository))
        func config(_ name: String) -> String? { git.map { $0.configString(name) } ?? Repository.defaultConfigString(name) }
        let id = try inventory.triage(finding, status: status, note: note, userName: config("user.name"),
                                      userEmail: config("user.email"), repository: repositoryName)
        print("\(id.prefix(12)) \(status.rawValue)\(repositoryName.map { " in \($0)" } ?? "")")
    }
}
