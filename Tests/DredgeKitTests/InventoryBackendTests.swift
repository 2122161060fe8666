import Foundation
import GRDB
import Testing
import TestSupport
@testable import DredgeKit

/// Datastore URLs, passwords, repository identities, and the schema's migrations on SQLite.
@Suite struct InventoryBackendTests {
    @Test func postgresURLIsParsedAndPrintedWithoutItsPassword() throws {
        let location = try PostgresLocation(url: "postgresql://scanner:p%40ss@db.internal:6543/secrets?sslmode=require", environment: [:])
        #expect(location.user == "scanner")
        #expect(location.password == "p@ss")
        #expect(location.host == "db.internal")
        #expect(location.port == 6543)
        #expect(location.database == "secrets")
        #expect(location.tls == .require)
        #expect(location.description == "postgresql://scanner@db.internal:6543/secrets")
        #expect(!String(describing: Datastore.postgres(location)).contains("p@ss"))

        let defaults = try PostgresLocation(url: "postgres://dredge@localhost", environment: ["PGPASSWORD": "from-env"], home: "/nonexistent")
        #expect(defaults.port == 5432)
        #expect(defaults.database == "dredge")
        #expect(defaults.password == "from-env")

        #expect(throws: DredgeError.self) { try PostgresLocation(url: "postgresql://u:hunter2@h/db?sslmode=sometimes", environment: [:]) }
        do { _ = try PostgresLocation(url: "postgresql://u:hunter2@h/db?sslmode=sometimes", environment: [:]) } catch {
            #expect(!"\(error)".contains("hunter2"))
        }
    }

    @Test func pgpassIsReadLikeLibpq() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("dredge-home-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let file = home.appendingPathComponent(".pgpass").path
        try "# comment\nother:5432:*:dredge:wrong\ndb.internal:*:inv:dredge:pa\\:ss\n*:*:*:*:fallback\n".write(toFile: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file)
        let url = "postgresql://dredge@db.internal:5432/inv"
        #expect(try PostgresLocation(url: url, environment: [:], home: home.path).password == "pa:ss")
        #expect(try PostgresLocation(url: "postgresql://ci@x/y", environment: [:], home: home.path).password == "fallback")
        // A password file others may read is ignored, as libpq does.
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file)
        #expect(try PostgresLocation(url: url, environment: [:], home: home.path).password == nil)
    }

    @Test func datastoreChoosesTheBackend() throws {
        #expect(try Datastore(parsing: "/tmp/x.sqlite") == .sqlite(path: "/tmp/x.sqlite"))
        guard case .postgres = try Datastore(parsing: "postgresql://dredge@127.0.0.1:5432/postgres") else {
            Issue.record("a postgresql:// datastore is PostgreSQL")
            return
        }
        #expect(throws: DredgeError.self) { try Datastore(parsing: "mysql://root@db/x") }
    }

    @Test(arguments: [
        ("git@github.com:Acme/api.git", "github.com/Acme/api"),
        ("https://github.com/Acme/api.git", "github.com/Acme/api"),
        ("https://ci-bot:t0ken@GitHub.com/Acme/api/", "github.com/Acme/api"),
        ("ssh://git@gitlab.example:2222/group/sub/repo.git", "gitlab.example:2222/group/sub/repo"),
        ("file:///srv/git/api.git", "/srv/git/api"),
        ("/srv/git/api.git/", "/srv/git/api"),
    ])
    func remoteURLsAreNormalised(url: String, expected: String) {
        #expect(RepositoryIdentity.normalised(remoteURL: url) == expected)
    }

    @Test func relativeRemoteNamesNothing() {
        #expect(RepositoryIdentity.normalised(remoteURL: "../api") == nil)
    }

    /// An inventory written by the first dredge (schema 1, GRDB's migrator) is migrated when it is opened: its
    /// credentials become the exposures of the one repository it scanned, triage and all.
    @Test func versionOneInventoryIsMigrated() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dredge-v1-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("inventory.sqlite").path
        // The version-1 schema and rows, as dredge 1 wrote them.
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: """
                CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
                INSERT INTO grdb_migrations VALUES ('v1');
                CREATE TABLE scans (id INTEGER PRIMARY KEY AUTOINCREMENT, started_at DATETIME NOT NULL, finished_at DATETIME NOT NULL,
                    repository TEXT NOT NULL, dredge_version TEXT NOT NULL, commits INTEGER NOT NULL, blobs INTEGER NOT NULL,
                    findings INTEGER NOT NULL, history_complete BOOLEAN NOT NULL, errors INTEGER NOT NULL);
                CREATE TABLE findings (id TEXT PRIMARY KEY, rule_id TEXT NOT NULL, rule_name TEXT NOT NULL, kind TEXT NOT NULL,
                    severity TEXT NOT NULL, confidence TEXT NOT NULL, playbook TEXT, secret_sha256 TEXT NOT NULL, shown TEXT NOT NULL,
                    secret TEXT, entropy REAL NOT NULL, validation TEXT NOT NULL, first_seen_at DATETIME, first_commit TEXT,
                    last_seen_at DATETIME, last_seen_commit TEXT, removed_at DATETIME, removed_in TEXT, refs TEXT NOT NULL,
                    tips TEXT NOT NULL, pushed BOOLEAN NOT NULL, present BOOLEAN NOT NULL,
                    first_scan_id INTEGER NOT NULL REFERENCES scans(id), last_scan_id INTEGER NOT NULL REFERENCES scans(id),
                    gone_at DATETIME, unreferenced_at DATETIME);
                CREATE TABLE occurrences (finding_id TEXT NOT NULL REFERENCES findings(id) ON DELETE CASCADE, blob TEXT NOT NULL,
                    commit_id TEXT, path TEXT, line INTEGER NOT NULL, column INTEGER NOT NULL, author_name TEXT, author_email TEXT,
                    authored_at DATETIME, reachable BOOLEAN NOT NULL, key TEXT, removed_in TEXT, removed_at DATETIME);
                CREATE INDEX occurrences_by_finding ON occurrences(finding_id);
                CREATE TABLE triage (id INTEGER PRIMARY KEY AUTOINCREMENT, finding_id TEXT NOT NULL REFERENCES findings(id),
                    status TEXT NOT NULL, note TEXT, user_name TEXT, user_email TEXT, at DATETIME NOT NULL);
                CREATE INDEX triage_by_finding ON triage(finding_id, id);
                INSERT INTO scans VALUES (1, '2024-02-01 10:00:00.000', '2024-02-01 10:00:05.000', '/srv/api', '0.9', 3, 9, 1, 1, 0);
                INSERT INTO findings VALUES ('ab12cd34ef56', 'acme.live-key', 'Acme live secret key', 'credential', 'critical', 'high',
                    NULL, 'ff', 'acme…gA', NULL, 4.5, '{"verdict":"unverified"}', '2024-01-02 00:00:00.000', 'c1',
                    '2024-01-03 00:00:00.000', 'c2', NULL, NULL, '["refs/heads/main","refs/remotes/origin/main"]',
                    '["refs/heads/main"]', 1, 1, 1, 1, NULL, NULL);
                INSERT INTO occurrences VALUES ('ab12cd34ef56', 'b1', 'c1', 'config/.env', 3, 9, 'Alice', 'alice@dredge.test',
                    '2024-01-02 00:00:00.000', 1, NULL, NULL, NULL);
                INSERT INTO triage VALUES (1, 'ab12cd34ef56', 'rotated', 'INC-1', 'Carol', 'carol@dredge.test', '2024-02-02 00:00:00.000');
                """)
        }
        let inventory = try Inventory(path: path, create: false)
        let entries = try inventory.entries(includeGone: true)
        let entry = try #require(entries.first)
        #expect(entries.count == 1)
        #expect(entry.repositories == ["/srv/api"])
        #expect(entry.pushed)
        #expect(entry.status == .rotated)
        #expect(entry.triage?.note == "INC-1")
        #expect(entry.occurrences.map(\.path) == ["config/.env"])
        #expect(entry.firstSeen == Date(timeIntervalSince1970: 1_704_153_600))
        #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT version FROM dredge_schema") } == Inventory.schemaVersion)

        // A second open finds the work done; a triage after the migration appends to the migrated history.
        try Inventory(path: path).triage("ab12cd34ef56", status: .accepted, note: "test key", userName: nil, userEmail: nil)
        #expect(try Inventory(path: path).entries().first?.status == .accepted)

        // The next scan adopts the migrated repository under its identity: one repository, whose old credential
        // the scan no longer finds (gone, triage kept), beside what it found.
        let repository = try GitFixture()
        try repository.write("app.env", "ACME_KEY=\(SyntheticSecrets.acme)\n")
        try repository.commit("key")
        try Inventory(path: path).record(try repository.scan())
        let after = try Inventory(path: path)
        #expect(try after.repositories() == [repository.root.standardizedFileURL.path])
        let old = try #require(try after.entries(includeGone: true).first { $0.id == "ab12cd34ef56" })
        #expect(!old.present)
        #expect(old.status == .accepted)
        #expect(try after.entries().count == 1)
    }

    @Test func newerSchemaIsRefused() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dredge-v99-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("inventory.sqlite").path
        _ = try Inventory(path: path)
        try DatabaseQueue(path: path).write { try $0.execute(sql: "UPDATE dredge_schema SET version = \(Inventory.schemaVersion + 1)") }
        #expect {
            _ = try Inventory(path: path)
        } throws: { error in
            "\(error)".contains("has schema version \(Inventory.schemaVersion + 1), newer than this dredge knows (\(Inventory.schemaVersion))")
        }
    }
}
