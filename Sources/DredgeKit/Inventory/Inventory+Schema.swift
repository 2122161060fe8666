import GRDB

extension Inventory {
    /// The schema, as migrations: a version is never edited once released, only followed by the next.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE scans (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    started_at DATETIME NOT NULL,
                    finished_at DATETIME NOT NULL,
                    repository TEXT NOT NULL,
                    dredge_version TEXT NOT NULL,
                    commits INTEGER NOT NULL,
                    blobs INTEGER NOT NULL,
                    findings INTEGER NOT NULL,
                    history_complete BOOLEAN NOT NULL,
                    errors INTEGER NOT NULL
                );
                CREATE TABLE findings (
                    id TEXT PRIMARY KEY,                 -- FindingID: SHA-256 of rule id, NUL, secret
                    rule_id TEXT NOT NULL,
                    rule_name TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    severity TEXT NOT NULL,
                    confidence TEXT NOT NULL,
                    playbook TEXT,
                    secret_sha256 TEXT NOT NULL,
                    shown TEXT NOT NULL,                 -- what reports print: redacted, or the path of a committed file
                    secret TEXT,                         -- only with --store-secrets
                    entropy REAL NOT NULL,
                    validation TEXT NOT NULL,            -- JSON object of the offline checks' facts
                    first_seen_at DATETIME,
                    first_commit TEXT,
                    last_seen_at DATETIME,               -- the newest tip holding it, or the commit that removed it
                    last_seen_commit TEXT,
                    removed_at DATETIME,
                    removed_in TEXT,
                    refs TEXT NOT NULL,                  -- JSON array of the refs whose history holds it
                    tips TEXT NOT NULL,                  -- JSON array of the refs whose tip tree holds it
                    pushed BOOLEAN NOT NULL,
                    present BOOLEAN NOT NULL,            -- found by the latest full scan
                    first_scan_id INTEGER NOT NULL REFERENCES scans(id),
                    last_scan_id INTEGER NOT NULL REFERENCES scans(id),
                    gone_at DATETIME,                    -- the first scan that no longer found it anywhere
                    unreferenced_at DATETIME             -- the first scan that found it in no ref's history
                );
                CREATE TABLE occurrences (
                    finding_id TEXT NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
                    blob TEXT NOT NULL,
                    commit_id TEXT,
                    path TEXT,
                    line INTEGER NOT NULL,
                    column INTEGER NOT NULL,
                    author_name TEXT,
                    author_email TEXT,
                    authored_at DATETIME,
                    reachable BOOLEAN NOT NULL,
                    key TEXT,
                    removed_in TEXT,
                    removed_at DATETIME
                );
                CREATE INDEX occurrences_by_finding ON occurrences(finding_id);
                CREATE TABLE triage (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    finding_id TEXT NOT NULL REFERENCES findings(id),
                    status TEXT NOT NULL,
                    note TEXT,
                    user_name TEXT,
                    user_email TEXT,
                    at DATETIME NOT NULL
                );
                CREATE INDEX triage_by_finding ON triage(finding_id, id);
                """)
        }
        // A secret in a commit's or tag's message, or a git note: which, and of what object (`MessageLocation`).
        migrator.registerMigration("v2-message-occurrences") { db in
            try db.execute(sql: """
                ALTER TABLE occurrences ADD COLUMN message_kind TEXT;      -- commit, tag or note; NULL for a file's content
                ALTER TABLE occurrences ADD COLUMN message_object TEXT;    -- the commit or tag, or the object a note annotates
                """)
        }
        return migrator
    }
}
