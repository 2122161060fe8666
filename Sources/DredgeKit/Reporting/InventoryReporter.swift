import Foundation

/// Renders the inventory: one row per credential, most severe first, then longest exposed.
public struct InventoryReporter {
    public enum Format: String, CaseIterable, Sendable {
        case text, json, csv, markdown
    }

    public let format: Format
    public let now: Date

    public init(format: Format, now: Date = Date()) {
        self.format = format
        self.now = now
    }

    public func render(_ entries: [InventoryEntry], inventoryPath: String) throws -> String {
        switch format {
        case .text: text(entries)
        case .json: try json(entries, inventoryPath: inventoryPath)
        case .csv: csv(entries)
        case .markdown: markdown(entries)
        }
    }

    /// The columns every tabular format shares, already worded for people; `repositories` when the rows span several.
    private func columns(_ entry: InventoryEntry, repositories: Bool) -> [String] {
        [entry.severity.rawValue, entry.status.rawValue, pushedText(entry), "\(entry.exposureDays(now: now)) d",
         String(entry.id.prefix(12)), entry.ruleID, entry.shown] + (repositories ? [repositoriesText(entry)] : []) + [whereText(entry)]
    }

    private static func headings(repositories: Bool) -> [String] {
        ["severity", "status", "pushed", "exposed", "id", "rule", "secret"] + (repositories ? ["repositories"] : []) + ["where"]
    }

    /// Whether the rows come from more than one repository (a shared inventory), which then gets its own column.
    private static func spansRepositories(_ entries: [InventoryEntry]) -> Bool {
        Set(entries.flatMap(\.repositories)).count > 1
    }

    private func repositoriesText(_ entry: InventoryEntry) -> String {
        let names = entry.repositories
        return names.prefix(2).joined(separator: ", ") + (names.count > 2 ? " and \(names.count - 2) more" : "")
    }

    private func text(_ entries: [InventoryEntry]) -> String {
        guard !entries.isEmpty else { return "The inventory holds no credential in the chosen states.\n" }
        let spans = Self.spansRepositories(entries)
        let headings = Self.headings(repositories: spans)
        let rows = [headings.map { $0.uppercased() }] + entries.map { columns($0, repositories: spans).map(TerminalText.escape) }
        let widths = headings.indices.map { column in rows.map { $0[column].count }.max()! }
        return rows.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }

    private func markdown(_ entries: [InventoryEntry]) -> String {
        let spans = Self.spansRepositories(entries)
        let headings = Self.headings(repositories: spans)
        let repositories = Set(entries.flatMap(\.repositories)).count
        var lines = ["# Credential inventory", "",
                     "\(Plural.count(entries.count, "credential")) in \(Plural.count(repositories, "repository")); "
                        + "\(entries.filter(\.pushed).count) pushed or published.", ""]
        lines.append("| " + headings.joined(separator: " | ") + " |")
        lines.append("|" + String(repeating: "---|", count: headings.count))
        for entry in entries {
            lines.append("| " + columns(entry, repositories: spans).map(MarkdownText.plain).joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func csv(_ entries: [InventoryEntry]) -> String {
        let header = ["finding_id", "rule_id", "rule_name", "kind", "severity", "confidence", "status", "pushed", "exposure_days",
                      "first_seen", "first_commit", "last_seen", "exposure_end", "references", "paths", "secret", "triaged_by", "triaged_at", "note",
                      "repositories", "review_references"]
        let rows = entries.map { entry -> [String] in
            let triagedBy = entry.triage.map { "\($0.userName ?? "") <\($0.userEmail ?? "")>" } ?? ""
            let dates = [entry.firstSeen, entry.lastSeen, entry.exposureEnd].map { $0.map(Self.day) ?? "" }
            return [entry.id, entry.ruleID, entry.ruleName, entry.kind.rawValue, entry.severity.rawValue, entry.confidence.rawValue,
                    entry.status.rawValue, String(entry.pushed), String(entry.exposureDays(now: now)), dates[0], entry.firstCommit ?? "",
                    dates[1], dates[2], entry.references.joined(separator: ";"), entry.places.joined(separator: ";"), entry.shown,
                    triagedBy, entry.triage.map { Self.day($0.at) } ?? "", entry.triage?.note ?? "",
                    entry.repositories.joined(separator: ";"), String(entry.reviewReferences)]
        }
        return ([header] + rows).map { $0.map(CSVReporter.field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    private func json(_ entries: [InventoryEntry], inventoryPath: String) throws -> String {
        let encoder = JSONReporter.encoder(pretty: true)
        let document = InventoryDocument(schemaVersion: 1, inventory: inventoryPath, generatedAt: now,
                                         findings: entries.map { InventoryDocument.Entry($0, now: now) })
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }


    private func pushedText(_ entry: InventoryEntry) -> String {
        if entry.pushed { return "pushed" }
        return entry.isReferenced ? "local" : "no ref"
    }

    private func whereText(_ entry: InventoryEntry) -> String {
        let places = entry.places
        var text = places.prefix(3).joined(separator: ", ")
        if places.count > 3 { text += " and \(places.count - 3) more" }
        if places.isEmpty { text = "unreachable blob" }
        if !entry.present { text += " (gone since \(entry.goneAt.map(Self.day) ?? "?"))" }
        else if entry.tips.isEmpty, let removed = entry.removedAt { text += " (deleted \(Self.day(removed)), still in history)" }
        return text
    }

    /// A date as `yyyy-MM-dd` in UTC; one formatter for every row (building one costs more than using it).
    static func day(_ date: Date) -> String { dayFormatter.string(from: date) }

    private static let dayFormatter = DateFormatter.utc("yyyy-MM-dd")
}

/// The JSON form of the inventory (`schema_version` 1, documented in docs/inventory.md).
struct InventoryDocument: Encodable {
    let schemaVersion: Int
    let inventory: String
    let generatedAt: Date
    let findings: [Entry]

    struct Entry: Encodable {
        let id, rule, name, kind, severity, confidence, secret, status: String
        let triage: Triage?
        let validation: [String: String]
        let firstSeen: Date?
        let firstCommit: String?
        let lastSeen: Date?
        let lastCommit: String?
        let exposureEnd: Date?
        let exposureDays: Int
        let pushed, present: Bool
        let references, tips, paths, messages: [String]
        /// A forge's review refs holding it, counted (the inventory does not list them).
        let reviewReferences, reviewTips: Int
        let removedIn: String?
        let removedAt: Date?
        let goneAt: Date?
        let occurrences: [Occurrence]
        let repositories: [Repository]

        init(_ entry: InventoryEntry, now: Date) {
            (id, rule, name, kind) = (entry.id, entry.ruleID, entry.ruleName, entry.kind.rawValue)
            (severity, confidence, secret, status) = (entry.severity.rawValue, entry.confidence.rawValue, entry.shown, entry.status.rawValue)
            triage = entry.triage.map(Triage.init)
            validation = entry.validation
            (firstSeen, firstCommit, exposureEnd, self.exposureDays) = (entry.firstSeen, entry.firstCommit, entry.exposureEnd, entry.exposureDays(now: now))
            (lastSeen, lastCommit) = (entry.lastSeen, entry.lastCommit)
            (pushed, present, references, tips, paths) = (entry.pushed, entry.present, entry.references, entry.tips, entry.paths)
            (reviewReferences, reviewTips) = (entry.reviewReferences, entry.reviewTips)
            messages = entry.messages
            (removedIn, removedAt, goneAt) = (entry.removedIn, entry.removedAt, entry.goneAt)
            occurrences = entry.occurrences.map(Occurrence.init)
            repositories = entry.exposures.map { Repository($0, now: now) }
        }

        // Keys with no value are written as null, as in the scan's JSON report: every entry has the same shape.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            for (key, value) in [(CodingKeys.id, id), (.rule, rule), (.name, name), (.kind, kind), (.severity, severity),
                                 (.confidence, confidence), (.secret, secret), (.status, status)] {
                try container.encode(value, forKey: key)
            }
            try container.encode(triage, forKey: .triage)
            try container.encode(validation, forKey: .validation)
            for (key, value) in [(CodingKeys.firstSeen, firstSeen), (.lastSeen, lastSeen), (.exposureEnd, exposureEnd), (.removedAt, removedAt),
                                 (.goneAt, goneAt)] {
                try container.encode(value, forKey: key)
            }
            for (key, value) in [(CodingKeys.firstCommit, firstCommit), (.lastCommit, lastCommit), (.removedIn, removedIn)] {
                try container.encode(value, forKey: key)
            }
            try container.encode(exposureDays, forKey: .exposureDays)
            try container.encode(pushed, forKey: .pushed)
            try container.encode(present, forKey: .present)
            for (key, value) in [(CodingKeys.references, references), (.tips, tips), (.paths, paths), (.messages, messages)] {
                try container.encode(value, forKey: key)
            }
            try container.encode(reviewReferences, forKey: .reviewReferences)
            try container.encode(reviewTips, forKey: .reviewTips)
            try container.encode(occurrences, forKey: .occurrences)
            try container.encode(repositories, forKey: .repositories)
        }

        enum CodingKeys: String, CodingKey {
            case id, rule, name, kind, severity, confidence, secret, status, triage, validation, pushed, present, references, tips, paths, occurrences, repositories
            case messages
            case firstSeen = "first_seen", firstCommit = "first_commit", lastSeen = "last_seen", lastCommit = "last_commit", exposureEnd = "exposure_end", exposureDays = "exposure_days"
            case removedIn = "removed_in", removedAt = "removed_at", goneAt = "gone_at"
            case reviewReferences = "review_references", reviewTips = "review_tips"
        }
    }

    /// What one repository holds of the credential.
    struct Repository: Encodable {
        let name, status: String
        let triage: Triage?
        let pushed, present: Bool
        let references, tips, paths: [String]
        let reviewReferences, reviewTips: Int
        let firstSeen, exposureEnd, goneAt: Date?
        let firstCommit: String?
        let exposureDays: Int

        init(_ exposure: RepositoryExposure, now: Date) {
            (name, status, triage) = (exposure.repository, exposure.status.rawValue, exposure.triage.map(Triage.init))
            (pushed, present, references, tips) = (exposure.pushed, exposure.present, exposure.references, exposure.tips)
            (reviewReferences, reviewTips) = (exposure.reviewReferences, exposure.reviewTips)
            var seen = Set<String>()
            paths = exposure.occurrences.compactMap(\.path).filter { seen.insert($0).inserted }
            (firstSeen, exposureEnd, goneAt, firstCommit) = (exposure.firstSeen, exposure.exposureEnd, exposure.goneAt, exposure.firstCommit)
            exposureDays = exposure.firstSeen.map { Int((max(0, (exposure.exposureEnd ?? now).timeIntervalSince($0)) / 86_400).rounded(.down)) } ?? 0
        }

        enum CodingKeys: String, CodingKey {
            case name, status, triage, pushed, present, references, tips, paths
            case reviewReferences = "review_references", reviewTips = "review_tips"
            case firstSeen = "first_seen", exposureEnd = "exposure_end", goneAt = "gone_at", firstCommit = "first_commit", exposureDays = "exposure_days"
        }
    }

    struct Triage: Encodable {
        let status: String
        let note, user, email, repository: String?
        let at: Date

        init(_ record: TriageRecord) {
            (status, note, user, email, at) = (record.status.rawValue, record.note, record.userName, record.userEmail, record.at)
            repository = record.repository
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(status, forKey: .status)
            try container.encode(note, forKey: .note)
            try container.encode(user, forKey: .user)
            try container.encode(email, forKey: .email)
            try container.encode(at, forKey: .at)
            try container.encode(repository, forKey: .repository)  // null: the decision applies in every repository
        }

        enum CodingKeys: String, CodingKey { case status, note, user, email, at, repository }
    }

    struct Occurrence: Encodable {
        let blob: String
        let commit, path, author, email, key: String?
        let line, column: Int
        let date: Date?
        let unreachable: Bool
        let message: JSONReporter.Document.Occurrence.Message?

        init(_ occurrence: InventoryOccurrence) {
            (blob, commit, path, line, column) = (occurrence.blob, occurrence.commit, occurrence.path, occurrence.line, occurrence.column)
            (author, email, date, key, unreachable) = (occurrence.authorName, occurrence.authorEmail, occurrence.date, occurrence.key, !occurrence.reachable)
            message = occurrence.message.map { .init(kind: $0.kind.rawValue, object: $0.object.hex) }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(blob, forKey: .blob)
            for (key, value) in [(CodingKeys.commit, commit), (.path, path), (.author, author), (.email, email), (.key, key)] {
                try container.encode(value, forKey: key)
            }
            try container.encode(line, forKey: .line)
            try container.encode(column, forKey: .column)
            try container.encode(date, forKey: .date)
            try container.encode(unreachable, forKey: .unreachable)
            try container.encode(message, forKey: .message)
        }

        enum CodingKeys: String, CodingKey { case blob, commit, path, author, email, key, line, column, date, unreachable, message }
    }

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version", inventory, generatedAt = "generated_at", findings
    }
}
