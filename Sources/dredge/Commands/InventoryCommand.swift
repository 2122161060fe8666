import ArgumentParser
import DredgeKit
import Foundation

struct InventoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inventory",
        abstract: "One row per credential ever exposed: exposure window, where it lives, pushed or not, triage status.",
        discussion: "Reads the inventory that `dredge scan` records. Most severe first, then longest exposed. A shared inventory (--datastore postgresql://...) lists every repository's credentials; one credential found in several repositories is one row."
    )

    @OptionGroup var location: InventoryOptions

    @Option(name: .long, help: "Format: \(InventoryReporter.Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: InventoryReporter.Format = .text

    @Option(name: .long, help: "Only findings in this triage state (open, rotated, revoked, false-positive, accepted); repeatable.")
    var status: [TriageStatus] = []

    @Flag(name: .long, help: "Also list findings the latest scan no longer found (purged from the history).")
    var includeGone = false

    @Option(name: [.short, .long], help: "Write to FILE instead of standard output.")
    var output: String?

    func run() throws {
        let inventory = try location.open()
        let entries = try inventory.entries(repository: location.repositoryName, statuses: status.isEmpty ? nil : Set(status),
                                            includeGone: includeGone)
        try ReportOutput.write(try InventoryReporter(format: format).render(entries, inventoryPath: inventory.location), to: output)
    }
}

extension InventoryReporter.Format: ExpressibleByArgument {}
extension TriageStatus: ExpressibleByArgument {}
