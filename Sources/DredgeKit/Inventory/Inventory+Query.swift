import Foundation
import Git

extension Inventory {
    /// Every credential the inventory knows, with its exposures and triage, most severe first, then longest exposed.
    /// `repository` keeps only that repository's exposures (and the credentials it holds); `statuses` keeps only
    /// credentials in those states; `includeGone` keeps exposures their repository's latest scan no longer found.
    public func entries(repository: String? = nil, statuses: Set<TriageStatus>? = nil, includeGone: Bool = false,
                        now: Date = Date()) throws -> [InventoryEntry] {
        let entries = try backend.read { db in
            // One consistent snapshot; a few queries, joined here, however many repositories and credentials.
            let names = Dictionary(try db.query("SELECT id, name FROM repositories").map { ($0.int("id") ?? 0, try $0.required("name")) },
                                   uniquingKeysWith: { a, _ in a })
            if let repository, !names.values.contains(repository) {
                throw DredgeError.invalidArgument("no repository `\(repository)` in the inventory \(location); "
                                                  + "`dredge inventory` lists the repositories it holds")
            }
            struct Key: Hashable { let credential: String; let repository: Int }
            let occurrences = Dictionary(grouping: try db.query(
                "SELECT * FROM occurrences ORDER BY authored_at, path, line, \"column\"")) {
                Key(credential: $0.text("credential_id") ?? "", repository: $0.int("repository_id") ?? 0)
            }
            let triage = Dictionary(grouping: try db.query("SELECT * FROM triage ORDER BY id")) { $0.text("credential_id") ?? "" }
            let exposures = Dictionary(grouping: try db.query("SELECT * FROM exposures")) { $0.text("credential_id") ?? "" }
            return try db.query("SELECT * FROM credentials").map { row in
                let id = try row.required("id")
                let held = try (exposures[id] ?? []).map { exposure in
                    let repositoryID = exposure.int("repository_id") ?? 0
                    // The latest decision for every repository (NULL) or for this one.
                    let decision = (triage[id] ?? []).last { $0.int("repository_id") == nil || $0.int("repository_id") == repositoryID }
                    return try Self.exposure(exposure, repository: names[repositoryID] ?? "?",
                                             occurrences: occurrences[Key(credential: id, repository: repositoryID)] ?? [],
                                             triage: decision.map { try Self.triageRecord($0, names: names) })
                }.sorted { $0.repository < $1.repository }
                return try Self.entry(row, exposures: held)
            }
        }
        return entries.map { entry in
            entry.narrowed { exposure in (repository == nil || exposure.repository == repository) && (includeGone || exposure.present) }
        }.filter { entry in
            !entry.exposures.isEmpty && (statuses?.contains(entry.status) ?? true)
        }.sorted { a, b in
            if a.severity != b.severity { return a.severity > b.severity }
            let (ea, eb) = (a.exposure(now: now), b.exposure(now: now))
            if ea != eb { return ea > eb }
            return a.id < b.id
        }
    }

    /// The repositories the inventory holds, by name.
    public func repositories() throws -> [String] {
        try backend.read { db in try db.query("SELECT name FROM repositories ORDER BY name").map { try $0.required("name") } }
    }

    /// The full finding id that `prefix` (at least `FindingID.shortDigits` hex digits, as `.dredgeignore` needs)
    /// names; an error when none or several do.
    public func findingID(matching prefix: String) throws -> String {
        let prefix = prefix.lowercased()
        guard (FindingID.shortDigits...64).contains(prefix.count), prefix.allSatisfy(\.isHexDigit) else {
            // The argument is not echoed: a secret pasted by mistake would land in a terminal or CI log.
            throw DredgeError.invalidArgument("a finding id is \(FindingID.shortDigits) to 64 hex digits, as `dredge inventory` and "
                                              + "`dredge scan` print it (the same rule as .dredgeignore)")
        }
        let ids = try backend.read { db in
            try db.query("SELECT id FROM credentials WHERE id LIKE ? || '%'", [.text(prefix)]).map { try $0.required("id") }
        }
        guard ids.count == 1 else {
            throw DredgeError.invalidArgument(ids.isEmpty ? "no finding \(prefix) in the inventory \(location)"
                                                          : "\(prefix) is ambiguous: it names \(ids.count) findings (\(ids.map { $0.prefix(16) + "…" }.joined(separator: ", "))); give more digits")
        }
        return ids[0]
    }

    private static func decoded<T: Decodable>(_ row: SQLRow, _ column: String, as type: T.Type) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(try row.required(column).utf8))
    }

    private static func entry(_ row: SQLRow, exposures: [RepositoryExposure]) throws -> InventoryEntry {
        InventoryEntry(
            id: try row.required("id"), ruleID: try row.required("rule_id"), ruleName: try row.required("rule_name"),
            kind: Rule.Kind(rawValue: try row.required("kind")) ?? .credential,
            severity: Severity(rawValue: try row.required("severity")) ?? .high,
            confidence: Confidence(rawValue: try row.required("confidence")) ?? .medium,
            playbook: row.text("playbook"), shown: try row.required("shown"), secret: row.text("secret"),
            validation: try decoded(row, "validation", as: [String: String].self), exposures: exposures)
    }

    private static func exposure(_ row: SQLRow, repository: String, occurrences: [SQLRow], triage: TriageRecord?) throws -> RepositoryExposure {
        RepositoryExposure(
            repository: repository, firstSeen: row.date("first_seen_at"), firstCommit: row.text("first_commit"),
            lastSeen: row.date("last_seen_at"), lastCommit: row.text("last_seen_commit"),
            removedAt: row.date("removed_at"), removedIn: row.text("removed_in"),
            references: try decoded(row, "refs", as: [String].self), tips: try decoded(row, "tips", as: [String].self),
            reviewReferences: row.int("review_refs") ?? 0, reviewTips: row.int("review_tips") ?? 0,
            pushed: row.bool("pushed"), present: row.bool("present"), goneAt: row.date("gone_at"),
            unreferencedAt: row.date("unreferenced_at"), triage: triage,
            occurrences: try occurrences.map { row in
                InventoryOccurrence(blob: try row.required("blob"), commit: row.text("commit_id"), path: row.text("path"),
                                    line: row.int("line") ?? 0, column: row.int("column") ?? 0, authorName: row.text("author_name"),
                                    authorEmail: row.text("author_email"), date: row.date("authored_at"),
                                    reachable: row.bool("reachable"), key: row.text("key"),
                                    message: row.text("message_kind").flatMap(MessageLocation.Kind.init(rawValue:)).flatMap { kind in
                                        row.text("message_object").flatMap(ObjectID.init(hex:)).map { MessageLocation(kind: kind, object: $0) }
                                    })
            })
    }

    private static func triageRecord(_ row: SQLRow, names: [Int: String]) throws -> TriageRecord {
        TriageRecord(id: row.int("id") ?? 0, status: TriageStatus(rawValue: try row.required("status")) ?? .open,
                     note: row.text("note"), userName: row.text("user_name"), userEmail: row.text("user_email"),
                     at: row.date("at") ?? Date(timeIntervalSince1970: 0), repository: row.int("repository_id").flatMap { names[$0] })
    }
}
