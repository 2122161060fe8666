import Foundation
import GRDB
import Git

extension Inventory {
    /// Every finding the inventory knows, with its latest triage, most severe first, then longest exposed.
    /// `statuses` keeps only findings in those states; `includeGone` keeps findings the latest scan no longer found.
    public func entries(statuses: Set<TriageStatus>? = nil, includeGone: Bool = false, now: Date = Date()) throws -> [InventoryEntry] {
        let entries = try database.read { db in
            let occurrences = Dictionary(grouping: try Row.fetchAll(db, sql: "SELECT * FROM occurrences ORDER BY authored_at, path, line")) {
                $0["finding_id"] as String
            }
            let triage = Dictionary(try Row.fetchAll(db, sql: """
                SELECT t.* FROM triage t JOIN (SELECT finding_id, MAX(id) AS id FROM triage GROUP BY finding_id) latest
                ON t.id = latest.id
                """).map { ($0["finding_id"] as String, $0) }, uniquingKeysWith: { a, _ in a })
            return try Row.fetchAll(db, sql: "SELECT * FROM findings").map { row in
                let id: String = row["id"]
                return try Self.entry(row, occurrences: occurrences[id] ?? [], triage: triage[id])
            }
        }
        return entries.filter { entry in
            (includeGone || entry.present) && (statuses?.contains(entry.status) ?? true)
        }.sorted { a, b in
            if a.severity != b.severity { return a.severity > b.severity }
            let (ea, eb) = (a.exposure(now: now), b.exposure(now: now))
            if ea != eb { return ea > eb }
            return a.id < b.id
        }
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
        let ids = try database.read { db in
            try String.fetchAll(db, sql: "SELECT id FROM findings WHERE id LIKE ? || '%'", arguments: [prefix])
        }
        guard ids.count == 1 else {
            throw DredgeError.invalidArgument(ids.isEmpty ? "no finding \(prefix) in the inventory \(path)"
                                                          : "\(prefix) is ambiguous: it names \(ids.count) findings (\(ids.map { $0.prefix(16) + "…" }.joined(separator: ", "))); give more digits")
        }
        return ids[0]
    }

    private static func entry(_ row: Row, occurrences: [Row], triage: Row?) throws -> InventoryEntry {
        func decoded<T: Decodable>(_ column: String, as type: T.Type) throws -> T {
            try JSONDecoder().decode(T.self, from: Data((row[column] as String).utf8))
        }
        return InventoryEntry(
            id: row["id"], ruleID: row["rule_id"], ruleName: row["rule_name"],
            kind: Rule.Kind(rawValue: row["kind"]) ?? .credential,
            severity: Severity(rawValue: row["severity"]) ?? .high, confidence: Confidence(rawValue: row["confidence"]) ?? .medium,
            playbook: row["playbook"], shown: row["shown"], secret: row["secret"],
            validation: try decoded("validation", as: [String: String].self),
            firstSeen: row["first_seen_at"], firstCommit: row["first_commit"],
            lastSeen: row["last_seen_at"], lastCommit: row["last_seen_commit"], removedAt: row["removed_at"], removedIn: row["removed_in"],
            references: try decoded("refs", as: [String].self), tips: try decoded("tips", as: [String].self),
            pushed: row["pushed"], present: row["present"], goneAt: row["gone_at"], unreferencedAt: row["unreferenced_at"],
            triage: triage.map { triage in
                TriageRecord(status: TriageStatus(rawValue: triage["status"]) ?? .open, note: triage["note"],
                             userName: triage["user_name"], userEmail: triage["user_email"], at: triage["at"])
            },
            occurrences: occurrences.map { row in
                InventoryOccurrence(blob: row["blob"], commit: row["commit_id"], path: row["path"], line: row["line"],
                                    column: row["column"], authorName: row["author_name"], authorEmail: row["author_email"],
                                    date: row["authored_at"], reachable: row["reachable"], key: row["key"],
                                    message: (row["message_kind"] as String?).flatMap(MessageLocation.Kind.init(rawValue:)).flatMap { kind in
                                        (row["message_object"] as String?).flatMap(ObjectID.init(hex:)).map { MessageLocation(kind: kind, object: $0) }
                                    })
            })
    }
}
