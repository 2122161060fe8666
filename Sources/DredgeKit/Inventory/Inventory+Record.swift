import Crypto
import Foundation
import GRDB

extension Inventory {
    /// Records a full-history scan in one transaction (an interrupted scan leaves the inventory as it was): new
    /// findings appear, known ones are updated (triage is kept: it lives in its own table), and findings this scan
    /// no longer found are marked gone. Returns the scan's id.
    @discardableResult
    public func record(_ report: ScanReport, storeSecrets: Bool = false, now: Date = Date()) throws -> Int64 {
        try database.write { db in
            let summary = report.summary
            try db.execute(sql: """
                INSERT INTO scans (started_at, finished_at, repository, dredge_version, commits, blobs, findings, history_complete, errors)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [summary.startedAt, now, summary.repository, DredgeVersion.current, summary.commits,
                                 summary.blobs, summary.findings, summary.historyComplete, summary.errors.count])
            let scan = db.lastInsertedRowID
            for finding in report.findings {
                try record(finding, scan: scan, storeSecrets: storeSecrets, now: now, in: db)
            }
            try db.execute(sql: "UPDATE findings SET present = 0, gone_at = COALESCE(gone_at, ?) WHERE last_scan_id != ?",
                           arguments: [now, scan])
            return scan
        }
    }

    private func record(_ finding: Finding, scan: Int64, storeSecrets: Bool, now: Date, in db: Database) throws {
        let exposure = finding.exposure
        // A tag message has no commit: the tag object and its tagger's date start the exposure.
        let first = (exposure.introducedIn + finding.occurrences.compactMap { occurrence in
            (occurrence.commit ?? (occurrence.message?.kind == .tag ? occurrence.blob : nil)).flatMap { commit in occurrence.author.map { CommitReference(id: commit, author: $0) } }
        }).min { $0.author.date < $1.author.date }
        let validation = Dictionary(finding.validation.details.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
            .merging(["verdict": finding.validation.verdict.rawValue]) { _, verdict in verdict }
        let arguments: StatementArguments = [
            finding.id.hex, finding.rule.id, finding.rule.name, finding.rule.kind.rawValue, finding.severity.rawValue,
            finding.confidence.rawValue, finding.rule.playbook,
            SHA256.hash(data: finding.secret.bytes).map { String(format: "%02x", $0) }.joined(),
            finding.shownSecret(revealing: false), storeSecrets ? finding.secret.reveal() : nil,
            finding.entropy, try Self.json(validation), first?.author.date, first?.id.hex,
            exposure.lastSeen?.author.date, exposure.lastSeen?.id.hex, exposure.removedIn?.author.date, exposure.removedIn?.id.hex,
            try Self.json(exposure.references), try Self.json(exposure.tips), exposure.pushed, scan, scan,
            exposure.referenced ? nil : now,
        ]
        // Statements are compiled once per scan, not once per finding: a history can hold thousands.
        try db.cachedStatement(sql: """
            INSERT INTO findings (id, rule_id, rule_name, kind, severity, confidence, playbook, secret_sha256, shown, secret,
                                  entropy, validation, first_seen_at, first_commit, last_seen_at, last_seen_commit, removed_at, removed_in, refs, tips, pushed,
                                  present, first_scan_id, last_scan_id, unreferenced_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET
                rule_name = excluded.rule_name, kind = excluded.kind, severity = excluded.severity,
                confidence = excluded.confidence, playbook = excluded.playbook, shown = excluded.shown,
                secret = COALESCE(excluded.secret, secret), entropy = excluded.entropy, validation = excluded.validation,
                first_seen_at = MIN(COALESCE(first_seen_at, excluded.first_seen_at), COALESCE(excluded.first_seen_at, first_seen_at)),
                first_commit = CASE WHEN excluded.first_seen_at < first_seen_at OR first_seen_at IS NULL
                                    THEN excluded.first_commit ELSE first_commit END,
                last_seen_at = excluded.last_seen_at, last_seen_commit = excluded.last_seen_commit,
                removed_at = excluded.removed_at, removed_in = excluded.removed_in,
                refs = excluded.refs, tips = excluded.tips, pushed = excluded.pushed, present = 1,
                last_scan_id = excluded.last_scan_id, gone_at = NULL,
                unreferenced_at = CASE WHEN excluded.unreferenced_at IS NULL THEN NULL
                                       ELSE COALESCE(unreferenced_at, excluded.unreferenced_at) END
            """).execute(arguments: arguments)
        try db.cachedStatement(sql: "DELETE FROM occurrences WHERE finding_id = ?").execute(arguments: [finding.id.hex])
        for occurrence in finding.occurrences {
            try db.cachedStatement(sql: """
                INSERT INTO occurrences (finding_id, blob, commit_id, path, line, column, author_name, author_email,
                                         authored_at, reachable, key, removed_in, removed_at, message_kind, message_object)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [finding.id.hex, occurrence.blob.hex, occurrence.commit?.hex, occurrence.path, occurrence.line,
                                 occurrence.column, occurrence.author?.name, occurrence.author?.email, occurrence.author?.date,
                                 occurrence.reachable, occurrence.key, occurrence.removedIn?.id.hex,
                                 occurrence.removedIn?.author.date, occurrence.message?.kind.rawValue, occurrence.message?.object.hex])
        }
    }

    static func json(_ value: some Encodable) throws -> String {
        String(decoding: try JSONReporter.encoder(pretty: false).encode(value), as: UTF8.self)
    }
}
