import Foundation

/// The schema, as numbered migrations shared by SQLite and PostgreSQL. A version is never edited once released, only
/// followed by the next; an inventory records the version it is at (`dredge_schema`), a newer dredge migrates an older
/// inventory when it opens it, and an older dredge refuses a newer one instead of misreading it.
extension Inventory {
    /// The newest schema this dredge knows.
    public static let schemaVersion = 4

    /// Brings the inventory to `schemaVersion`, in one transaction; concurrent openers wait for each other (SQLite's
    /// write lock, PostgreSQL's advisory lock) and then find the work done.
    static func migrate(_ backend: any InventoryBackend) throws {
        let found = try backend.read { try version(in: $0, dialect: backend.dialect) }
        guard found != schemaVersion else { return }
        try checkKnown(found, backend)
        try backend.write { db in
            if backend.dialect == .postgres { try db.execute("SELECT pg_advisory_xact_lock(5306853)") }  // "dredge"
            let current = try version(in: db, dialect: backend.dialect)
            try checkKnown(current, backend)
            guard current < schemaVersion else { return }
            for next in (current + 1)...schemaVersion {
                for statement in migrations[next - 1](backend.dialect) { try db.execute(statement) }
            }
            try db.execute("DELETE FROM dredge_schema")
            try db.execute("INSERT INTO dredge_schema (version) VALUES (?)", [.int(schemaVersion)])
        }
    }

    private static func checkKnown(_ version: Int, _ backend: any InventoryBackend) throws {
        if version > schemaVersion {
            throw InventoryError.newerSchema(location: backend.location, version: version, known: schemaVersion)
        }
    }

    /// The version an inventory is at: `dredge_schema`, or for the first SQLite inventories what GRDB's migrator
    /// recorded ("v1", then "v2-message-occurrences"), or 0 for an empty database.
    static func version(in db: SQLSession, dialect: SQLDialect) throws -> Int {
        if try exists(table: "dredge_schema", in: db, dialect: dialect) {
            return try db.query("SELECT MAX(version) AS version FROM dredge_schema").first?.int("version") ?? 0
        }
        if dialect == .sqlite, try exists(table: "grdb_migrations", in: db, dialect: dialect) {
            let applied = Set(try db.query("SELECT identifier FROM grdb_migrations").compactMap { $0.text("identifier") })
            if applied.contains("v2-message-occurrences") { return 2 }
            if applied.contains("v1") { return 1 }
        }
        return try exists(table: "findings", in: db, dialect: dialect) ? 1 : 0
    }

    private static func exists(table: String, in db: SQLSession, dialect: SQLDialect) throws -> Bool {
        let sql = switch dialect {
        case .sqlite: "SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?"
        case .postgres: "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ?"
        }
        return try !db.query(sql, [.text(table)]).isEmpty
    }

    /// Migration N (index N - 1) takes an inventory from version N - 1 to N.
    static let migrations: [@Sendable (SQLDialect) -> [String]] = [v1, v2, v3, v4]

    /// Version 1: one repository per inventory.
    private static func v1(_ dialect: SQLDialect) -> [String] {
        [
            "CREATE TABLE dredge_schema (version {int} NOT NULL)",
            """
            CREATE TABLE scans (
                id {id}, started_at {time} NOT NULL, finished_at {time} NOT NULL, repository TEXT NOT NULL,
                dredge_version TEXT NOT NULL, commits {int} NOT NULL, blobs {int} NOT NULL, findings {int} NOT NULL,
                history_complete BOOLEAN NOT NULL, errors {int} NOT NULL)
            """,
            """
            CREATE TABLE findings (
                id TEXT PRIMARY KEY, rule_id TEXT NOT NULL, rule_name TEXT NOT NULL, kind TEXT NOT NULL, severity TEXT NOT NULL,
                confidence TEXT NOT NULL, playbook TEXT, secret_sha256 TEXT NOT NULL, shown TEXT NOT NULL, secret TEXT,
                entropy {real} NOT NULL, validation TEXT NOT NULL, first_seen_at {time}, first_commit TEXT, last_seen_at {time},
                last_seen_commit TEXT, removed_at {time}, removed_in TEXT, refs TEXT NOT NULL, tips TEXT NOT NULL,
                pushed BOOLEAN NOT NULL, present BOOLEAN NOT NULL, first_scan_id {int} NOT NULL REFERENCES scans(id),
                last_scan_id {int} NOT NULL REFERENCES scans(id), gone_at {time}, unreferenced_at {time})
            """,
            """
            CREATE TABLE occurrences (
                finding_id TEXT NOT NULL REFERENCES findings(id) ON DELETE CASCADE, blob TEXT NOT NULL, commit_id TEXT, path TEXT,
                line {int} NOT NULL, "column" {int} NOT NULL, author_name TEXT, author_email TEXT, authored_at {time},
                reachable BOOLEAN NOT NULL, key TEXT, removed_in TEXT, removed_at {time})
            """,
            "CREATE INDEX occurrences_by_finding ON occurrences(finding_id)",
            """
            CREATE TABLE triage (
                id {id}, finding_id TEXT NOT NULL REFERENCES findings(id), status TEXT NOT NULL, note TEXT, user_name TEXT,
                user_email TEXT, at {time} NOT NULL)
            """,
            "CREATE INDEX triage_by_finding ON triage(finding_id, id)",
        ].map(dialect.ddl)
    }

    /// Version 2: a secret in a commit's or tag's message, or a git note: which, and of what object (`MessageLocation`).
    private static func v2(_ dialect: SQLDialect) -> [String] {
        [
            "ALTER TABLE occurrences ADD COLUMN message_kind TEXT",    // commit, tag or note; NULL for a file's content
            "ALTER TABLE occurrences ADD COLUMN message_object TEXT",  // the commit or tag, or the object a note annotates
        ]
    }

    /// Version 3: many repositories in one inventory. A credential (rule + secret) is one row; what each repository
    /// holds of it (refs, pushed, exposure window, occurrences) is an exposure; triage applies to the credential
    /// everywhere, or to one repository. A version-2 inventory becomes the exposures of the one repository it scanned.
    private static func v3(_ dialect: SQLDialect) -> [String] {
        var statements = [
            // Version-1 files written by GRDB's migrator kept their version in its table, not in dredge_schema.
            "CREATE TABLE IF NOT EXISTS dredge_schema (version {int} NOT NULL)",
            "DROP TABLE IF EXISTS grdb_migrations",
            "ALTER TABLE occurrences RENAME TO occurrences_v1",
            "ALTER TABLE triage RENAME TO triage_v1",
            "ALTER TABLE findings RENAME TO findings_v1",
            "ALTER TABLE scans RENAME TO scans_v1",
            """
            CREATE TABLE repositories (
                id {id},
                name TEXT NOT NULL UNIQUE,           -- identity: normalised remote URL, --repository-name, or the path
                location TEXT NOT NULL,              -- where the latest scan read it
                first_scanned_at {time} NOT NULL,
                last_scanned_at {time} NOT NULL)
            """,
            """
            CREATE TABLE scans (
                id {id}, repository_id {int} NOT NULL REFERENCES repositories(id), started_at {time} NOT NULL,
                finished_at {time} NOT NULL, location TEXT NOT NULL, dredge_version TEXT NOT NULL, commits {int} NOT NULL,
                blobs {int} NOT NULL, findings {int} NOT NULL, history_complete BOOLEAN NOT NULL, errors {int} NOT NULL)
            """,
            """
            CREATE TABLE credentials (
                id TEXT PRIMARY KEY,                 -- FindingID: SHA-256 of rule id, NUL, secret
                rule_id TEXT NOT NULL, rule_name TEXT NOT NULL, kind TEXT NOT NULL, severity TEXT NOT NULL,
                confidence TEXT NOT NULL, playbook TEXT,
                secret_sha256 TEXT NOT NULL,
                shown TEXT NOT NULL,                 -- what reports print: redacted, or the path of a committed file
                secret TEXT,                         -- only with --store-secrets
                entropy {real} NOT NULL,
                validation TEXT NOT NULL)            -- JSON object of the offline checks' facts
            """,
            """
            CREATE TABLE exposures (
                credential_id TEXT NOT NULL REFERENCES credentials(id),
                repository_id {int} NOT NULL REFERENCES repositories(id),
                first_seen_at {time}, first_commit TEXT,
                last_seen_at {time}, last_seen_commit TEXT,   -- the newest tip holding it, or the commit that removed it
                removed_at {time}, removed_in TEXT,
                refs TEXT NOT NULL,                  -- JSON array of the refs whose history holds it
                tips TEXT NOT NULL,                  -- JSON array of the refs whose tip tree holds it
                pushed BOOLEAN NOT NULL,
                present BOOLEAN NOT NULL,            -- found by this repository's latest scan
                first_scan_id {int} NOT NULL REFERENCES scans(id),
                last_scan_id {int} NOT NULL REFERENCES scans(id),
                gone_at {time},                      -- the first scan that no longer found it anywhere
                unreferenced_at {time},              -- the first scan that found it in no ref's history
                PRIMARY KEY (credential_id, repository_id))
            """,
            "CREATE INDEX exposures_by_repository ON exposures(repository_id, last_scan_id)",
            """
            CREATE TABLE occurrences (
                credential_id TEXT NOT NULL, repository_id {int} NOT NULL, blob TEXT NOT NULL, commit_id TEXT, path TEXT,
                line {int} NOT NULL, "column" {int} NOT NULL, author_name TEXT, author_email TEXT, authored_at {time},
                reachable BOOLEAN NOT NULL, key TEXT, removed_in TEXT, removed_at {time},
                message_kind TEXT,                   -- commit, tag or note; NULL for a file's content
                message_object TEXT,                 -- the commit or tag, or the object a note annotates
                FOREIGN KEY (credential_id, repository_id) REFERENCES exposures(credential_id, repository_id) ON DELETE CASCADE)
            """,
            "CREATE INDEX occurrences_by_exposure ON occurrences(credential_id, repository_id)",
            """
            CREATE TABLE triage (
                id {id}, credential_id TEXT NOT NULL REFERENCES credentials(id),
                repository_id {int} REFERENCES repositories(id),   -- NULL: the credential everywhere
                status TEXT NOT NULL, note TEXT, user_name TEXT, user_email TEXT, at {time} NOT NULL)
            """,
            "CREATE INDEX triage_by_credential ON triage(credential_id, id)",
            // The one repository a version-2 inventory knew, named by the path its latest scan read (as given: maybe
            // relative); its location is left empty, so that the next scan adopts it under its identity.
            """
            INSERT INTO repositories (name, location, first_scanned_at, last_scanned_at)
            SELECT repository, '', (SELECT MIN(started_at) FROM scans_v1), finished_at
            FROM scans_v1 WHERE id = (SELECT MAX(id) FROM scans_v1)
            """,
            """
            INSERT INTO scans (id, repository_id, started_at, finished_at, location, dredge_version, commits, blobs, findings,
                               history_complete, errors)
            SELECT id, (SELECT MIN(id) FROM repositories), started_at, finished_at, repository, dredge_version, commits, blobs,
                   findings, history_complete, errors FROM scans_v1
            """,
            """
            INSERT INTO credentials (id, rule_id, rule_name, kind, severity, confidence, playbook, secret_sha256, shown, secret,
                                     entropy, validation)
            SELECT id, rule_id, rule_name, kind, severity, confidence, playbook, secret_sha256, shown, secret, entropy, validation
            FROM findings_v1
            """,
            """
            INSERT INTO exposures (credential_id, repository_id, first_seen_at, first_commit, last_seen_at, last_seen_commit,
                                   removed_at, removed_in, refs, tips, pushed, present, first_scan_id, last_scan_id, gone_at,
                                   unreferenced_at)
            SELECT id, (SELECT MIN(id) FROM repositories), first_seen_at, first_commit, last_seen_at, last_seen_commit, removed_at,
                   removed_in, refs, tips, pushed, present, first_scan_id, last_scan_id, gone_at, unreferenced_at FROM findings_v1
            """,
            """
            INSERT INTO occurrences (credential_id, repository_id, blob, commit_id, path, line, "column", author_name,
                                     author_email, authored_at, reachable, key, removed_in, removed_at, message_kind, message_object)
            SELECT finding_id, (SELECT MIN(id) FROM repositories), blob, commit_id, path, line, "column", author_name,
                   author_email, authored_at, reachable, key, removed_in, removed_at, message_kind, message_object FROM occurrences_v1
            """,
            """
            INSERT INTO triage (id, credential_id, repository_id, status, note, user_name, user_email, at)
            SELECT id, finding_id, NULL, status, note, user_name, user_email, at FROM triage_v1
            """,
            "DROP TABLE occurrences_v1",
            "DROP TABLE triage_v1",
            "DROP TABLE findings_v1",
            "DROP TABLE scans_v1",
        ]
        if dialect == .postgres {
            // Rows copied with their ids leave the identity sequences behind; move them past the copies.
            statements += ["scans", "triage"].map { table in
                "SELECT setval(pg_get_serial_sequence('\(table)', 'id'), COALESCE((SELECT MAX(id) FROM \(table)), 0) + 1, false)"
            }
        }
        return statements.map(dialect.ddl)
    }

    /// Version 4: a forge's review refs (`refs/pull/…`, `refs/merge-requests/…`) are counted, not listed, as in the JSON
    /// report: a mirror of a busy repository has tens of thousands, each holding most of the history, and listing them
    /// for every credential made a curl mirror's inventory 75 MB. Rows written before keep them in `refs` and `tips`.
    private static func v4(_ dialect: SQLDialect) -> [String] {
        [
            "ALTER TABLE exposures ADD COLUMN review_refs {int} NOT NULL DEFAULT 0",
            "ALTER TABLE exposures ADD COLUMN review_tips {int} NOT NULL DEFAULT 0",
        ].map(dialect.ddl)
    }
}
