import Foundation

/// The rotation checklist: for each credential, what it is, where it lives, how long it has been exposed, and the
/// steps of its playbook with the finding's own values filled in.
public struct Checklist: Sendable {
    public struct Section: Sendable {
        public let entry: InventoryEntry
        public let playbook: Playbook
        /// The credential as the steps print it: in full only when asked and stored, else redacted.
        public let secret: String
        /// Facts decoded offline (AWS account id, JWT issuer and expiry, records in a data store), in order.
        public let facts: [(key: String, value: String)]
        public let phases: [Phase]
    }

    /// One stage of the response, with its `- [ ]` items.
    public struct Phase: Sendable {
        public let title: String
        public let items: [String]
    }

    public let sections: [Section]
    public let now: Date

    /// Sections for `entries`, each with the playbook its rule names, or the generic one for its kind.
    public init(entries: [InventoryEntry], playbooks: [String: Playbook], showSecrets: Bool, now: Date = Date()) throws {
        self.now = now
        sections = try entries.map { entry in
            let id = entry.playbook.flatMap { playbooks[$0] != nil ? $0 : nil } ?? Playbook.genericID(for: entry.kind)
            guard let playbook = playbooks[id] else {
                throw DredgeError.invalidArgument("no playbook `\(id)` for \(entry.ruleID); the built-in playbooks are missing")
            }
            let secret = showSecrets ? (entry.secret ?? entry.shown) : entry.shown
            let fill = Filler(entry: entry, secret: secret)
            let facts = entry.validation.filter { $0.key != "verdict" }.sorted { $0.key < $1.key }.map { (key: $0.key, value: $0.value) }
            let short = String(entry.id.prefix(12))
            let phases = [
                Phase(title: "Find the owner", items: playbook.owner.map(fill.callAsFunction)),
                Phase(title: "Create the replacement", items: playbook.replace.map(fill.callAsFunction)),
                Phase(title: "Deploy the replacement", items: playbook.deploy.map(fill.callAsFunction)),
                Phase(title: "Revoke the exposed credential", items: playbook.revoke.map(fill.callAsFunction)),
                Phase(title: "Review the audit log for the exposure window", items: playbook.audit.map(fill.callAsFunction)),
                Phase(title: entry.exposures.count > 1 ? "Purge the history of each of the \(entry.exposures.count) repositories"
                                                        : "Purge the history",
                      items: Self.purgeItems(entry)),
                Phase(title: "Close it", items: ["`dredge triage \(short) --status rotated --note \"TICKET: what was rotated\"` "
                                                 + "(or `revoked`, `false-positive`, `accepted` with the reason)."]),
            ]
            return Section(entry: entry, playbook: playbook, secret: secret, facts: facts, phases: phases)
        }
    }

    /// Rotation happens once per credential; the history is cleaned in every repository that holds it.
    private static func purgeItems(_ entry: InventoryEntry) -> [String] {
        func refs(_ list: [String]) -> String {
            list.isEmpty ? "no ref; only reflogs and unreachable objects" : list.map(MarkdownText.plain).joined(separator: ", ")
        }
        guard entry.exposures.count > 1 else {
            return ["Only after the credential is revoked: write and rehearse the purge plan with `dredge purge plan` and "
                    + "`dredge purge rehearse` (it removes the secret from every ref that holds it: \(refs(entry.references)))."]
        }
        return entry.exposures.map { exposure in
            "\(MarkdownText.plain(exposure.repository))\(exposure.pushed ? " (pushed)" : " (local refs only)"): after the revocation, "
                + "`dredge purge plan` and `dredge purge rehearse` in a clone of it (refs: \(refs(exposure.references)))."
        }
    }
}

/// Fills a playbook item's placeholders with the finding's values. A value the finding does not have is written as
/// the capitalised placeholder name (`ACCOUNT_ID`), the playbooks' convention for what the reader fills in.
private struct Filler {
    let values: [String: String]

    init(entry: InventoryEntry, secret: String) {
        var values = entry.validation
        values["secret"] = secret
        values["redacted"] = entry.shown
        values["finding_id"] = entry.id
        values["rule"] = entry.ruleID
        values["rule_name"] = entry.ruleName
        values["first_seen"] = entry.firstSeen.map(InventoryReporter.day)
        values["first_commit"] = entry.firstCommit
        values["paths"] = entry.places.isEmpty ? nil : entry.places.map(MarkdownText.plain).joined(separator: ", ")
        self.values = values
    }

    func callAsFunction(_ item: String) -> String {
        var result = item
        for name in PlaybookLoader.placeholders(in: item) {
            result = result.replacingOccurrences(of: "{\(name)}", with: values[name] ?? name.uppercased())
        }
        return result
    }
}
