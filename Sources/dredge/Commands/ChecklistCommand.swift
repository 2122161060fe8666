import ArgumentParser
import DredgeKit
import Foundation

struct ChecklistCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checklist",
        abstract: "The rotation checklist: for each open credential, what it is, where it lives, and the steps to rotate it.",
        discussion: "Reads the inventory that `dredge scan` records; a credential held by several repositories is one section (rotate once, clean each repository). Close an item with `dredge triage ID --status rotated`."
    )

    @OptionGroup var location: InventoryOptions

    @Option(name: .long, help: "Format: markdown or json.")
    var format: ChecklistReporter.Format = .markdown

    @Flag(name: .long, help: "Fill commands in with full secrets (only those the scan stored with --store-secrets); the file is then 0600.")
    var showSecrets = false

    @Option(name: [.short, .long], help: "Write to FILE instead of standard output.")
    var output: String?

    func run() throws {
        let inventory = try location.open()
        let known = try inventory.entries(repository: location.repositoryName)
        let entries = known.filter { $0.status == .open }
        let identifiers = Set(try Scanner.loadRules(extra: []).filter(\.identifier).map(\.id))
        let checklist = try Checklist(entries: entries, playbooks: try PlaybookLoader.builtin(), identifierRules: identifiers, known: known,
                                      showSecrets: showSecrets)
        try ReportOutput.write(try ChecklistReporter(format: format).render(checklist), to: output, holdsSecrets: showSecrets)
    }
}

extension ChecklistReporter.Format: ExpressibleByArgument {}
