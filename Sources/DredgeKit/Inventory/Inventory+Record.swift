import Crypto
import Foundation

extension Inventory {
    /// Records a full-history scan of `repository` in one transaction, so a scanner killed at any moment leaves the
    /// inventory as it was or with the whole scan: new credentials appear, known ones are updated, this repository's
    /// exposures of credentials the scan no longer found are marked gone, and triage is untouched (it lives in its
    /// own table, appended to, never rewritten: a decision made while a scan records survives it).
    ///
    /// Concurrent scanners: the repository's row is locked first (scans of one repository take turns), credentials
    /// are written in id order (two scans sharing credentials cannot deadlock on them), and the rest of what a scan
    /// writes belongs to its repository alone. Returns the scan's id.
    @discardableResult
    public func record(_ report: ScanReport, repository: RepositoryIdentity? = nil, storeSecrets: Bool = false,
                       now: Date = Date()) throws -> Int {
        let repository = repository ?? RepositoryIdentity(repositoryAt: report.summary.repository)
        let findings = report.findings.sorted { $0.id.hex < $1.id.hex }
        return try backend.write { db in
            let summary = report.summary
            // A repository first known by its path that has since gained a remote or a name keeps its history under the
            // new name; so does the one repository of an inventory migrated from a single-repository schema (no location).
            try db.execute("""
                UPDATE repositories SET name = ? WHERE NOT EXISTS (SELECT 1 FROM repositories WHERE name = ?)
                AND ((name = ? AND location = ?) OR (location = '' AND (SELECT COUNT(*) FROM repositories) = 1))
                """, [.text(repository.name), .text(repository.name), .text(repository.location), .text(repository.location)])
            let repositoryID = try db.query("""
                INSERT INTO repositories (name, location, first_scanned_at, last_scanned_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (name) DO UPDATE SET location = excluded.location, last_scanned_at = excluded.last_scanned_at
                RETURNING id
                """, [.text(repository.name), .text(repository.location), .date(summary.startedAt), .date(now)]).first?.int("id")
            guard let repositoryID else { throw InventoryError.damaged("no id for repository \(repository.name)") }
            let scan = try db.query("""
                INSERT INTO scans (repository_id, started_at, finished_at, location, dredge_version, commits, blobs, findings,
                                   history_complete, errors)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """, [.int(repositoryID), .date(summary.startedAt), .date(now), .text(repository.location),
                      .text(DredgeVersion.current), .int(summary.commits), .int(summary.blobs), .int(summary.findings),
                      .bool(summary.historyComplete), .int(summary.errors.count)]).first?.int("id")
            guard let scan else { throw InventoryError.damaged("no id for the new scan") }
            for finding in findings {
                try record(finding, repository: repositoryID, scan: scan, storeSecrets: storeSecrets, now: now, in: db)
            }
            try db.execute("""
                UPDATE exposures SET present = FALSE, gone_at = COALESCE(gone_at, ?)
                WHERE repository_id = ? AND last_scan_id <> ?
                """, [.date(now), .int(repositoryID), .int(scan)])
            return scan
        }
    }

    private func record(_ finding: Finding, repository: Int, scan: Int, storeSecrets: Bool, now: Date, in db: SQLSession) throws {
        let exposure = finding.exposure
        // A tag message has no commit: the tag object and its tagger's date start the exposure.
        let first = (exposure.introducedIn + finding.occurrences.compactMap { occurrence in
            (occurrence.commit ?? (occurrence.message?.kind == .tag ? occurrence.blob : nil)).flatMap { commit in
                occurrence.author.map { CommitReference(id: commit, author: $0) }
            }
        }).min { $0.author.date < $1.author.date }
        let validation = Dictionary(finding.validation.details.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
            .merging(["verdict": finding.validation.verdict.rawValue]) { _, verdict in verdict }
        let id = SQLValue.text(finding.id.hex)
        let (references, tips) = (Self.reviewCounted(exposure.references), Self.reviewCounted(exposure.tips))
        try db.execute("""
            INSERT INTO credentials (id, rule_id, rule_name, kind, severity, confidence, playbook, secret_sha256, shown, secret,
                                     entropy, validation)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                rule_name = excluded.rule_name, kind = excluded.kind, severity = excluded.severity,
                confidence = excluded.confidence, playbook = excluded.playbook, shown = excluded.shown,
                secret = COALESCE(excluded.secret, credentials.secret), entropy = excluded.entropy, validation = excluded.validation
            """, [id, .text(finding.rule.id), .text(finding.rule.name), .text(finding.rule.kind.rawValue),
                  .text(finding.severity.rawValue), .text(finding.confidence.rawValue), SQLValue(finding.rule.playbook),
                  .text(SHA256.hash(data: finding.secret.bytes).lowercaseHex),
                  .text(finding.shownSecret(revealing: false)), storeSecrets ? .text(finding.secret.reveal()) : .null,
                  .double(finding.entropy), .text(try Self.json(validation))])
        try db.execute("""
            INSERT INTO exposures (credential_id, repository_id, first_seen_at, first_commit, last_seen_at, last_seen_commit,
                                   removed_at, removed_in, refs, tips, review_refs, review_tips, pushed, present, first_scan_id,
                                   last_scan_id, unreferenced_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?, ?)
            ON CONFLICT (credential_id, repository_id) DO UPDATE SET
                first_seen_at = CASE WHEN exposures.first_seen_at IS NULL OR excluded.first_seen_at < exposures.first_seen_at
                                     THEN excluded.first_seen_at ELSE exposures.first_seen_at END,
                first_commit = CASE WHEN exposures.first_seen_at IS NULL OR excluded.first_seen_at < exposures.first_seen_at
                                    THEN excluded.first_commit ELSE exposures.first_commit END,
                last_seen_at = excluded.last_seen_at, last_seen_commit = excluded.last_seen_commit,
                removed_at = excluded.removed_at, removed_in = excluded.removed_in,
                refs = excluded.refs, tips = excluded.tips, review_refs = excluded.review_refs, review_tips = excluded.review_tips,
                pushed = excluded.pushed, present = TRUE,
                last_scan_id = excluded.last_scan_id, gone_at = NULL,
                unreferenced_at = CASE WHEN excluded.unreferenced_at IS NULL THEN NULL
                                       ELSE COALESCE(exposures.unreferenced_at, excluded.unreferenced_at) END
            """, [id, .int(repository), SQLValue(first?.author.date), SQLValue(first?.id.hex),
                  SQLValue(exposure.lastSeen?.author.date), SQLValue(exposure.lastSeen?.id.hex),
                  SQLValue(exposure.removedIn?.author.date), SQLValue(exposure.removedIn?.id.hex),
                  .text(JSONStringList.encode(references.listed)), .text(JSONStringList.encode(tips.listed)),
                  .int(references.review), .int(tips.review), .bool(exposure.pushed),
                  .int(scan), .int(scan), exposure.referenced ? .null : .date(now)])
        try db.execute("DELETE FROM occurrences WHERE credential_id = ? AND repository_id = ?", [id, .int(repository)])
        for occurrence in finding.occurrences {
            try db.execute("""
                INSERT INTO occurrences (credential_id, repository_id, blob, commit_id, path, line, "column", author_name,
                                         author_email, authored_at, reachable, key, removed_in, removed_at, message_kind, message_object)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [id, .int(repository), .text(occurrence.blob.hex), SQLValue(occurrence.commit?.hex), SQLValue(occurrence.shownPath),
                      .int(occurrence.line), .int(occurrence.column), SQLValue(occurrence.author?.name),
                      SQLValue(occurrence.author?.email), SQLValue(occurrence.author?.date), .bool(occurrence.reachable),
                      SQLValue(occurrence.key), SQLValue(occurrence.removedIn?.id.hex), SQLValue(occurrence.removedIn?.author.date),
                      SQLValue(occurrence.message?.kind.rawValue), SQLValue(occurrence.message?.object.hex)])
        }
    }

    /// Refs (sorted) as the inventory keeps them: listed, but a forge's review refs only counted (schema version 4).
    private static func reviewCounted(_ references: [String]) -> (listed: [String], review: Int) {
        let (listed, review) = Exposure.splitReview(references)
        return (listed, review.reduce(0) { $0 + $1.count })
    }

    static func json(_ value: some Encodable) throws -> String {
        String(decoding: try JSONReporter.encoder(pretty: false).encode(value), as: UTF8.self)
    }
}
