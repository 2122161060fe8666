import Foundation

/// Renders the rotation checklist as Markdown (for a ticket or an incident document) or JSON.
public struct ChecklistReporter {
    public enum Format: String, CaseIterable, Sendable {
        case markdown, json
    }

    public let format: Format

    public init(format: Format) { self.format = format }

    public func render(_ checklist: Checklist) throws -> String {
        switch format {
        case .markdown: markdown(checklist)
        case .json: try json(checklist)
        }
    }

    private func markdown(_ checklist: Checklist) -> String {
        let entries = checklist.items.flatMap(\.entries)
        let pushed = entries.filter(\.pushed).count
        var lines = ["# Rotation checklist", "",
                     "Generated \(InventoryReporter.day(checklist.now)) from the dredge inventory: "
                        + "\(Plural.count(entries.count, "open credential")) in \(Plural.count(checklist.items.count, "item")), "
                        + "\(pushed) of them pushed or published. Rotate first, then purge the history.", ""]
        guard !checklist.items.isEmpty else { return (lines + ["Nothing is open."]).joined(separator: "\n") + "\n" }
        for (number, item) in checklist.items.enumerated() {
            let head = item.file ?? item.credentials[0]
            lines += ["## \(number + 1). \(title(head))", ""]
            lines += table(head, exposure: true, now: checklist.now)
            lines += ["", "Where it lives:", ""] + whereLines(item.entries) + [""]
            if let file = item.file {
                // A generic playbook for the file says less than the playbooks of the credentials found in it.
                if item.credentials.isEmpty || !file.playbook.id.hasPrefix("generic-") { lines += phases(file.phases) }
                if !item.credentials.isEmpty {
                    lines += ["Rotate each credential found in it:", ""]
                }
            }
            for (offset, section) in item.credentials.enumerated() {
                if item.file != nil {
                    lines += ["### \(number + 1).\(offset + 1) \(title(section))", ""] + table(section, exposure: false, now: checklist.now) + [""]
                }
                lines += phases(section.phases)
            }
            lines += phases(item.closing)
            let references = item.sections.flatMap(\.playbook.references).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            lines += ["References: " + references.map { "<\($0)>" }.joined(separator: ", "), ""]
        }
        return lines.joined(separator: "\n")
    }

    /// `AWS access key ID: AKIA… with AWS secret access key: wK3p…`, or `.env file: .env`.
    private func title(_ section: Checklist.Section) -> String {
        if !section.alike.isEmpty {
            let named = ([section.entry] + section.alike).map { entry in
                MarkdownText.plain(entry.shown) + (entry.occurrences.lazy.compactMap(\.key).first.map { " (\(MarkdownText.plain($0)))" } ?? "")
            }
            return "\(Plural.count(named.count, "credential")) under one playbook, \(MarkdownText.plain(section.playbook.name)): "
                + named.joined(separator: ", ")
        }
        var text = "\(MarkdownText.plain(section.entry.ruleName)): \(MarkdownText.plain(section.secret))"
        for paired in section.paired { text += " with \(MarkdownText.plain(paired.ruleName)) \(MarkdownText.plain(paired.shown))" }
        let repositories = section.entry.exposures.count
        if repositories > 1 { text += " (rotate once, clean \(repositories) repositories)" }
        return text
    }

    /// What the credential is; with `exposure`, also whether it left the machine, which refs hold it and since when.
    private func table(_ section: Checklist.Section, exposure: Bool, now: Date) -> [String] {
        let entry = section.entry
        var rows = [
            ("rule", section.entries.map { "\($0.ruleID), severity \($0.severity.rawValue), confidence \($0.confidence.rawValue)" }
                .reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }.joined(separator: "; ")),
            ("finding", section.entries.map(\.id).joined(separator: ", ")), ("playbook", section.playbook.name),
        ]
        if !exposure {
            let places = section.entries.flatMap(\.occurrences).map { "line \($0.line)" + ($0.key.map { " (\($0))" } ?? "") }
            rows.append(("where", places.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }.joined(separator: ", ")))
        }
        rows += section.facts.map { ($0.key.replacingOccurrences(of: "_", with: " "), $0.value) }
        if exposure {
            rows.append(("pushed", pushedText(entry)))
            if entry.exposures.count > 1 {
                rows.append(("repositories", entry.exposures.map { "\($0.repository) (\($0.pushed ? "pushed" : "local"))" }.joined(separator: ", ")))
            }
            rows.append(("refs", Self.referencesText(entry)))
            rows.append(("exposure", exposureText(entry, now: now)))
        }
        return ["| | |", "|---|---|"] + rows.map { "| \(MarkdownText.plain($0.0)) | \(MarkdownText.plain($0.1)) |" }
    }

    private func phases(_ phases: [Checklist.Phase]) -> [String] {
        phases.filter { !$0.items.isEmpty }.flatMap { phase in ["**\(phase.title)**"] + phase.items.map { "- [ ] \($0)" } + [""] }
    }

    private func pushedText(_ entry: InventoryEntry) -> String {
        if entry.pushed {
            let holders = entry.references.filter(Exposure.isPublished) + Self.reviewHolder(entry)
            let holder = holders.isEmpty
                ? "this is a bare repository (a server's copy or a mirror): everything it holds is published"
                : "\(holders.joined(separator: ", ")) \(holders.count > 1 || entry.reviewReferences > 1 ? "hold" : "holds") it"
            return "yes: \(holder); treat it as compromised"
        }
        guard entry.isReferenced else {
            return "no ref holds it (only reflogs or unreachable objects of this clone); if it was ever pushed, shared or backed up, rotate it"
        }
        return "no: only local refs hold it. If this clone was never pushed, shared or backed up elsewhere, rotation may not "
            + "be needed: remove it from the local history (amend, rebase or the purge plan) and record the decision"
    }

    /// The refs that hold it; a forge's review refs, which the inventory counts, as their number.
    private static func referencesText(_ entry: InventoryEntry) -> String {
        entry.isReferenced ? (entry.references + reviewHolder(entry)).joined(separator: ", ") : "none (only reflogs or unreachable objects)"
    }

    /// The forge's review refs that hold it, as their number (none when none does). They are the forge's to purge: the
    /// repository's owner cannot rewrite them.
    private static func reviewHolder(_ entry: InventoryEntry) -> [String] {
        guard entry.reviewReferences > 0 else { return [] }
        return ["\(Plural.count(entry.reviewReferences, "pull or merge request ref")) on the forge (refs/pull/…, refs/merge-requests/…)"]
    }

    private func exposureText(_ entry: InventoryEntry, now: Date) -> String {
        let days = entry.exposureDays(now: now)
        let start = entry.firstSeen.map(InventoryReporter.day) ?? "unknown"
        let end = entry.exposureEnd.map(InventoryReporter.day) ?? "now"
        let commit = entry.firstCommit.map { " (first commit \($0.prefix(12)))" } ?? ""
        return "\(start) → \(end), \(Plural.count(days, "day"))\(commit)"
    }

    /// One line per path (or message), with its lines, the first commit that held it there and how many more did,
    /// across the item's findings; a tag's message says who tagged it.
    private func whereLines(_ entries: [InventoryEntry]) -> [String] {
        var order: [String] = []
        var byPlace: [String: [InventoryOccurrence]] = [:]
        for occurrence in entries.flatMap(\.occurrences) {
            let place = [occurrence.path ?? "", occurrence.message?.description ?? "", occurrence.path == nil && occurrence.message == nil ? occurrence.blob : ""]
                .joined(separator: "\0")
            if byPlace[place] == nil { order.append(place) }
            byPlace[place, default: []].append(occurrence)
        }
        let lines = order.prefix(20).map { place -> String in
            let occurrences = byPlace[place]!
            let sample = occurrences[0]
            let numbers = Set(occurrences.map(\.line)).sorted().map(String.init)
            var name = sample.path.map(MarkdownText.plain) ?? (sample.message == nil ? "blob \(sample.blob.prefix(12))" : "")
            if let message = sample.message { name += name.isEmpty ? MarkdownText.plain(message.description) : " (\(MarkdownText.plain(message.description)))" }
            let where_ = "\(name) \(numbers.count == 1 ? "line" : "lines") \(numbers.joined(separator: ", "))"
            let who = [sample.date.map(InventoryReporter.day), sample.authorName.map(MarkdownText.plain)].compactMap { $0 }
            if sample.message?.kind == .tag {
                return "- \(where_) (tagged \(who.joined(separator: ", ")))\(sample.reachable ? "" : ", no ref names the tag")"
            }
            let committed = occurrences.filter { $0.commit != nil }.sorted { ($0.date ?? .distantFuture) < ($1.date ?? .distantFuture) }
            guard let first = committed.first, let commit = first.commit else { return "- \(where_), held by no commit" }
            let firstWho = [first.date.map(InventoryReporter.day), first.authorName.map(MarkdownText.plain)].compactMap { $0 }
            let later = Set(committed.compactMap(\.commit)).count - 1
            let more = later > 0 ? " and \(Plural.count(later, "later commit"))" : ""
            return "- \(where_), commit \(commit.prefix(12)) (\(firstWho.joined(separator: ", ")))\(more)\(occurrences.allSatisfy(\.reachable) ? "" : ", unreachable")"
        }
        return lines + (order.count > 20 ? ["- and \(order.count - 20) more"] : [])
    }

    private func json(_ checklist: Checklist) throws -> String {
        let encoder = JSONReporter.encoder(pretty: true)
        let document = Document(schemaVersion: 1, generatedAt: checklist.now, credentials: checklist.items.enumerated().flatMap { number, item in
            item.sections.map { section in
                Document.Credential(
                    item: number + 1, finding: InventoryDocument.Entry(section.entry, now: checklist.now),
                    paired: section.paired.map { InventoryDocument.Entry($0, now: checklist.now) },
                    alike: section.alike.map { InventoryDocument.Entry($0, now: checklist.now) },
                    playbook: section.playbook.id, shownSecret: section.secret,
                    phases: (section.phases + item.closing).map { Document.Phase(title: $0.title, items: $0.items) },
                    references: section.playbook.references)
            }
        })
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }

    private struct Document: Encodable {
        let schemaVersion: Int
        let generatedAt: Date
        let credentials: [Credential]

        struct Credential: Encodable {
            /// The number of the checklist item it belongs to (a committed file and the credentials in it share one).
            let item: Int
            let finding: InventoryDocument.Entry
            /// The secrets that pair with this identifier (an AWS secret access key next to its key id).
            let paired: [InventoryDocument.Entry]
            /// Credentials of the same item whose filled-in steps are the same: the steps are said once, here.
            let alike: [InventoryDocument.Entry]
            let playbook: String
            let shownSecret: String
            let phases: [Phase]
            let references: [String]

            enum CodingKeys: String, CodingKey {
                case item, finding, paired, alike, playbook, phases, references, shownSecret = "secret"
            }
        }

        struct Phase: Encodable {
            let title: String
            let items: [String]
        }

        enum CodingKeys: String, CodingKey {
            case schemaVersion = "schema_version", generatedAt = "generated_at", credentials
        }
    }
}
