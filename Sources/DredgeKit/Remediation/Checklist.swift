import Foundation

/// The rotation checklist: for each credential, what it is, where it lives, how long it has been exposed, and the
/// steps of its playbook with the finding's own values filled in.
///
/// Credentials that belong together make one item (docs/inventory.md, "The checklist"): the halves of a key pair (an
/// identifier such as an AWS access key id and the secret found within a few lines of it in the same blob) are one
/// section with one set of steps, and a committed credential file is one item with every credential found inside it.
public struct Checklist: Sendable {
    public struct Section: Sendable {
        public let entry: InventoryEntry
        /// The secrets that pair with this identifier (an AWS secret access key next to its key id), in their order.
        public let paired: [InventoryEntry]
        public let playbook: Playbook
        /// The credential as the steps print it: an identifier in full, a secret in full only when asked and
        /// stored, else redacted.
        public let secret: String
        /// Facts decoded offline (AWS account id, JWT issuer and expiry, records in a data store), in order.
        public let facts: [(key: String, value: String)]
        public let phases: [Phase]
        /// Other credentials of the same file whose steps, filled in, are word for word the same (three passwords
        /// of one `.env` under the generic password playbook): one section says them once.
        public var alike: [InventoryEntry] = []

        /// Every finding the section covers: the entry, its paired secrets, then the alike ones.
        public var entries: [InventoryEntry] { [entry] + paired + alike }
    }

    /// One numbered item of the checklist: a committed file with the credentials inside it, or one credential (or
    /// key pair) on its own. The purge and the triage close it as a whole.
    public struct Item: Sendable {
        public let file: Section?
        public let credentials: [Section]
        public let closing: [Phase]

        public var sections: [Section] { (file.map { [$0] } ?? []) + credentials }
        public var entries: [InventoryEntry] { sections.flatMap(\.entries) }
    }

    /// One stage of the response, with its `- [ ]` items.
    public struct Phase: Sendable {
        public let title: String
        public let items: [String]
    }

    public let items: [Item]
    public let now: Date

    /// Every section, in checklist order.
    public var sections: [Section] { items.flatMap(\.sections) }

    /// How close (in lines, in the same blob) a secret must be to an identifier to be its other half.
    static let pairDistance = 3

    /// Items for `entries`, each section with the playbook its rule names, or the generic one for its kind.
    /// `identifierRules` are the rules whose value only names a credential (`Rule.identifier`); `known` are the
    /// inventory's other findings, whose identifiers still name a secret left open when its key id was triaged.
    public init(entries: [InventoryEntry], playbooks: [String: Playbook], identifierRules: Set<String> = [],
                known: [InventoryEntry] = [], showSecrets: Bool, now: Date = Date()) throws {
        self.now = now
        func playbook(for entry: InventoryEntry) throws -> Playbook {
            let id = entry.playbook.flatMap { playbooks[$0] != nil ? $0 : nil } ?? Playbook.genericID(for: entry.kind)
            guard let playbook = playbooks[id] else {
                throw DredgeError.invalidArgument("no playbook `\(id)` for \(entry.ruleID); the built-in playbooks are missing")
            }
            return playbook
        }
        let open = Set(entries.map(\.id))
        let allPairs = Self.pairs(entries + known.filter { !open.contains($0.id) && identifierRules.contains($0.ruleID) },
                                  identifierRules: identifierRules)
        let pairs = allPairs.filter { open.contains($0.key) }
        let pairedSecrets = Set(pairs.values.flatMap { $0.map(\.id) })
        // A secret whose key id is closed (rotated with it, say) keeps its own section, named by that id.
        var closedIdentifier: [String: InventoryEntry] = [:]
        for (id, secrets) in allPairs where !open.contains(id) {
            guard let identifier = known.first(where: { $0.id == id }) else { continue }
            for secret in secrets { closedIdentifier[secret.id] = identifier }
        }
        func section(_ entry: InventoryEntry) throws -> Section {
            let paired = pairs[entry.id] ?? []
            let secret = Self.shown(entry, identifier: identifierRules.contains(entry.ruleID), showSecrets: showSecrets)
            let keyID = identifierRules.contains(entry.ruleID) ? entry : closedIdentifier[entry.id]
            let fill = Filler(entry: entry, paired: paired.first, keyID: keyID,
                              secret: paired.first.map { Self.shown($0, identifier: false, showSecrets: showSecrets) } ?? secret)
            let facts = (entry.validation.merging(paired.first?.validation ?? closedIdentifier[entry.id]?.validation ?? [:]) { own, _ in own })
                .filter { $0.key != "verdict" }.sorted { $0.key < $1.key }.map { (key: $0.key, value: $0.value) }
            let playbook = try playbook(for: entry)
            return Section(entry: entry, paired: paired, playbook: playbook, secret: secret, facts: facts, phases: [
                Phase(title: "Find the owner", items: playbook.owner.map(fill.callAsFunction)),
                Phase(title: "Create the replacement", items: playbook.replace.map(fill.callAsFunction)),
                Phase(title: "Deploy the replacement", items: playbook.deploy.map(fill.callAsFunction)),
                Phase(title: "Revoke the exposed credential", items: playbook.revoke.map(fill.callAsFunction)),
                Phase(title: "Review the audit log for the exposure window", items: playbook.audit.map(fill.callAsFunction)),
            ])
        }

        // A committed file takes in the credentials all of whose places are inside it.
        let standalone = entries.filter { !pairedSecrets.contains($0.id) }
        var claimed = Set<String>()
        var members: [String: [InventoryEntry]] = [:]
        for file in standalone where file.kind == .file {
            let paths = Set(file.paths)
            for entry in standalone where entry.kind != .file && !claimed.contains(entry.id) {
                let covered = ([entry] + (pairs[entry.id] ?? [])).allSatisfy { !$0.paths.isEmpty && Set($0.paths).isSubset(of: paths) }
                guard covered else { continue }
                members[file.id, default: []].append(entry)
                claimed.insert(entry.id)
            }
        }
        // Most severe first (an item is as severe as the worst credential in it); the inventory's order otherwise.
        func severity(_ section: Section) -> Severity { section.entries.map(\.severity).max()! }
        items = try standalone.filter { !claimed.contains($0.id) }.map { entry in
            let isFile = entry.kind == .file
            let credentials = Self.mergingAlike(try (isFile ? members[entry.id] ?? [] : [entry]).map(section).enumerated()
                .sorted { (severity($0.element), -$0.offset) > (severity($1.element), -$1.offset) }.map(\.element))
            let file = isFile ? try section(entry) : nil
            let all = (file.map { [$0] } ?? []) + credentials
            return Item(file: file, credentials: credentials, closing: Self.closing(all.flatMap(\.entries)))
        }.enumerated().sorted { a, b in
            let (sa, sb) = (a.element.sections.map(severity).max()!, b.element.sections.map(severity).max()!)
            return sa != sb ? sa > sb : a.offset < b.offset
        }.map(\.element)
    }

    /// Folds each section into an earlier one of the same playbook whose filled-in steps are the same, unless either
    /// is a key pair (its steps name its key id).
    static func mergingAlike(_ sections: [Section]) -> [Section] {
        var merged: [Section] = []
        for section in sections {
            let twin = merged.firstIndex { earlier in
                earlier.playbook.id == section.playbook.id && earlier.paired.isEmpty && section.paired.isEmpty
                    && earlier.phases.map(\.items) == section.phases.map(\.items)
            }
            if let twin { merged[twin].alike.append(section.entry) } else { merged.append(section) }
        }
        return merged
    }

    /// What the checklist prints for a credential: an identifier in full, a file's path, or the secret (redacted
    /// unless asked and stored).
    static func shown(_ entry: InventoryEntry, identifier: Bool, showSecrets: Bool) -> String {
        if identifier { return entry.secret ?? entry.shown }
        return showSecrets ? (entry.secret ?? entry.shown) : entry.shown
    }

    /// Links each secret to the identifier of the same playbook nearest to it in a blob they share (within
    /// `pairDistance` lines): the two halves of an AWS key pair, found together in a `.env` or a credentials file.
    static func pairs(_ entries: [InventoryEntry], identifierRules: Set<String>) -> [String: [InventoryEntry]] {
        let identifiers = entries.filter { identifierRules.contains($0.ruleID) }
        guard !identifiers.isEmpty else { return [:] }
        var pairs: [String: [InventoryEntry]] = [:]
        for secret in entries where !identifierRules.contains(secret.ruleID) && secret.kind != .file && secret.kind != .pii {
            let nearest = identifiers.filter { $0.playbook != nil && $0.playbook == secret.playbook }.compactMap { identifier in
                Self.distance(identifier, secret).map { (identifier, $0) }
            }.min { $0.1 < $1.1 }
            if let (identifier, _) = nearest { pairs[identifier.id, default: []].append(secret) }
        }
        return pairs
    }

    /// The fewest lines between two findings' occurrences in a blob they share, if within `pairDistance`.
    private static func distance(_ a: InventoryEntry, _ b: InventoryEntry) -> Int? {
        var best: Int?
        for x in a.occurrences {
            for y in b.occurrences where x.blob == y.blob {
                let lines = abs(x.line - y.line)
                if lines <= pairDistance, lines < (best ?? .max) { best = lines }
            }
        }
        return best
    }

    /// The steps that close an item once its credentials are rotated: the purge, then the triage of each finding.
    private static func closing(_ entries: [InventoryEntry]) -> [Phase] {
        var references: [String] = []
        for reference in entries.flatMap(\.references) where !references.contains(reference) { references.append(reference) }
        let held = references.isEmpty ? "no ref; only reflogs and unreachable objects" : references.map(MarkdownText.plain).joined(separator: ", ")
        let triage = entries.map(\.id).map { "`dredge triage \($0.prefix(12)) --status rotated --note \"TICKET: what was rotated\"`" }
        return [
            purge(entries) ?? Phase(title: "Purge the history", items: [
                "Only after the credentials are revoked: write and rehearse the purge plan with `dredge purge plan` and "
                    + "`dredge purge rehearse` (it removes them from every ref that holds them: \(held)).",
            ]),
            Phase(title: "Close it", items: [triage.joined(separator: ", ") + " (or `revoked`, `false-positive`, `accepted` with the reason)."]),
        ]
    }
}

extension Checklist {
    /// Rotation happens once per credential; the history is cleaned in every repository of a shared inventory that
    /// holds it: one item per repository, with its refs. Nil when one repository holds them all.
    fileprivate static func purge(_ entries: [InventoryEntry]) -> Phase? {
        let exposures = entries.flatMap(\.exposures)
        var names: [String] = []
        for exposure in exposures where !names.contains(exposure.repository) { names.append(exposure.repository) }
        guard names.count > 1 else { return nil }
        return Phase(title: "Purge the history of each of the \(names.count) repositories", items: names.map { name in
            let held = exposures.filter { $0.repository == name }
            var references: [String] = []
            for reference in held.flatMap(\.references) where !references.contains(reference) { references.append(reference) }
            let refs = references.isEmpty ? "no ref; only reflogs and unreachable objects" : references.map(MarkdownText.plain).joined(separator: ", ")
            return "\(MarkdownText.plain(name))\(held.contains(where: \.pushed) ? " (pushed)" : " (local refs only)"): after the revocation, "
                + "`dredge purge plan` and `dredge purge rehearse` in a clone of it (refs: \(refs))."
        })
    }
}

/// Fills a playbook item's placeholders with the finding's values. A value the finding does not have is written as
/// the capitalised placeholder name (`ACCOUNT_ID`), the playbooks' convention for what the reader fills in.
private struct Filler {
    let values: [String: String]

    /// `paired` is the secret found next to an identifier: then `{secret}` is that secret and `{key_id}` the
    /// identifier. `keyID` is the identifier that names the credential: the entry itself, or the one found next to
    /// a secret; its decoded facts (the AWS account) fill the secret's steps too.
    init(entry: InventoryEntry, paired: InventoryEntry?, keyID: InventoryEntry?, secret: String) {
        var values = (paired?.validation ?? [:]).merging(keyID?.validation ?? [:]) { own, _ in own }.merging(entry.validation) { _, own in own }
        values["secret"] = secret
        values["redacted"] = paired?.shown ?? entry.shown
        if let keyID { values["key_id"] = keyID.secret ?? keyID.shown }
        values["finding_id"] = entry.id
        values["rule"] = entry.ruleID
        values["rule_name"] = entry.ruleName
        let first = ([entry] + (paired.map { [$0] } ?? [])).compactMap { entry in entry.firstSeen.map { ($0, entry.firstCommit) } }.min { $0.0 < $1.0 }
        values["first_seen"] = first.map { InventoryReporter.day($0.0) }
        values["first_commit"] = first?.1
        values["paths"] = entry.places.isEmpty ? nil : entry.places.map(MarkdownText.plain).joined(separator: ", ")
        values["path"] = entry.paths.first  // used inside commands: as it is
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
