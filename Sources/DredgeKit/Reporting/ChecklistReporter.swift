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
        let pushed = checklist.sections.filter(\.entry.pushed).count
        let repositories = Set(checklist.sections.flatMap(\.entry.repositories)).count
        let spread = repositories > 1 ? " in \(repositories) repositories" : ""
        var lines = ["# Rotation checklist", "",
                     "Generated \(InventoryReporter.day(checklist.now)) from the dredge inventory: \(checklist.sections.count) open "
                        + "credential(s)\(spread), \(pushed) pushed to a remote. Rotate first, then purge the history.", ""]
        guard !checklist.sections.isEmpty else { return (lines + ["Nothing is open."]).joined(separator: "\n") + "\n" }
        for (number, section) in checklist.sections.enumerated() {
            let entry = section.entry
            let spread = entry.exposures.count > 1 ? " (rotate once, clean \(entry.exposures.count) repositories)" : ""
            lines += ["## \(number + 1). \(MarkdownText.plain(entry.ruleName)): \(MarkdownText.plain(section.secret))\(spread)", "",
                      "| | |", "|---|---|"]
            var rows = [
                ("rule", "\(entry.ruleID), severity \(entry.severity.rawValue), confidence \(entry.confidence.rawValue)"),
                ("finding", entry.id), ("playbook", section.playbook.name),
            ]
            rows += section.facts.map { ($0.key.replacingOccurrences(of: "_", with: " "), $0.value) }
            rows.append(("pushed", pushedText(entry)))
            if entry.exposures.count > 1 {
                rows.append(("repositories", entry.exposures.map { "\($0.repository) (\($0.pushed ? "pushed" : "local"))" }.joined(separator: ", ")))
            }
            rows.append(("refs", entry.references.isEmpty ? "none (only reflogs or unreachable objects)" : entry.references.joined(separator: ", ")))
            rows.append(("exposure", exposureText(entry, now: checklist.now)))
            lines += rows.map { "| \(MarkdownText.plain($0.0)) | \(MarkdownText.plain($0.1)) |" }
            lines += ["", "Where it lives:", ""] + whereLines(entry) + [""]
            for phase in section.phases {
                lines += ["### \(phase.title)", ""] + phase.items.map { "- [ ] \($0)" } + [""]
            }
            lines += ["References: " + section.playbook.references.map { "<\($0)>" }.joined(separator: ", "), ""]
        }
        return lines.joined(separator: "\n")
    }

    private func pushedText(_ entry: InventoryEntry) -> String {
        if entry.pushed {
            return "yes: \(entry.references.filter { $0.hasPrefix("refs/remotes/") }.joined(separator: ", ")) holds it; treat it as compromised"
        }
        return "no: only local refs hold it. If this clone was never pushed, shared or backed up elsewhere, rotation may not "
            + "be needed: remove it from the local history (amend, rebase or the purge plan) and record the decision"
    }

    private func exposureText(_ entry: InventoryEntry, now: Date) -> String {
        let days = entry.exposureDays(now: now)
        let start = entry.firstSeen.map(InventoryReporter.day) ?? "unknown"
        let end = entry.exposureEnd.map(InventoryReporter.day) ?? "now"
        let commit = entry.firstCommit.map { " (first commit \($0.prefix(12)))" } ?? ""
        return "\(start) → \(end), \(days) day(s)\(commit)"
    }

    private func whereLines(_ entry: InventoryEntry) -> [String] {
        let lines = entry.occurrences.prefix(20).map { occurrence -> String in
            let place = MarkdownText.plain(occurrence.place)
            if occurrence.message?.kind == .tag {
                let who = [occurrence.date.map(InventoryReporter.day), occurrence.authorName.map(MarkdownText.plain)].compactMap { $0 }
                return "- \(place) (tagged \(who.joined(separator: ", ")))\(occurrence.reachable ? "" : ", no ref names the tag")"
            }
            guard let commit = occurrence.commit else { return "- \(place), held by no commit" }
            let who = [occurrence.date.map(InventoryReporter.day), occurrence.authorName.map(MarkdownText.plain)].compactMap { $0 }
            return "- \(place), commit \(commit.prefix(12)) (\(who.joined(separator: ", ")))\(occurrence.reachable ? "" : ", unreachable")"
        }
        return lines + (entry.occurrences.count > 20 ? ["- and \(entry.occurrences.count - 20) more"] : [])
    }

    private func json(_ checklist: Checklist) throws -> String {
        let encoder = JSONReporter.encoder(pretty: true)
        let document = Document(schemaVersion: 1, generatedAt: checklist.now, credentials: checklist.sections.map { section in
            Document.Credential(
                finding: InventoryDocument.Entry(section.entry, now: checklist.now),
                playbook: section.playbook.id, shownSecret: section.secret,
                phases: section.phases.map { Document.Phase(title: $0.title, items: $0.items) },
                references: section.playbook.references)
        })
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }

    private struct Document: Encodable {
        let schemaVersion: Int
        let generatedAt: Date
        let credentials: [Credential]

        struct Credential: Encodable {
            let finding: InventoryDocument.Entry
            let playbook: String
            let shownSecret: String
            let phases: [Phase]
            let references: [String]

            enum CodingKeys: String, CodingKey {
                case finding, playbook, phases, references, shownSecret = "secret"
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
