import Foundation
import TestSupport
import Testing

/// The PostgreSQL backend through the real binary: errors that say what is wrong and never print a password, a
/// scanner killed in the middle of its transaction, a triage written while a scan records, a schema from the future.
@Suite struct PostgresInventoryTests {
    /// A URL with nothing listening: before this backend existed, dredge made a directory named `postgresql:` here.
    @Test func unreachableServerIsAClearError() throws {
        let fleet = try FleetFixture(count: 1)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dredge-cwd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try DredgeBinary.run(["scan", "-q", fleet.repositories[0].path, "--datastore",
                                           "postgresql://dredge:Sup3rS3cret@127.0.0.1:1/inventory"] + FleetFixture.rules, in: directory)
        #expect(result.status == 2)
        #expect(result.stderr.contains("cannot reach the inventory postgresql://dredge@127.0.0.1:1/inventory"), "\(result.stderr)")
        #expect(!result.stderr.contains("Sup3rS3cret"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)  // no `postgresql:` directory

        let environment = try DredgeBinary.run(["inventory"], in: directory,
                                               environment: ["DREDGE_DATASTORE": "postgresql://dredge@127.0.0.1:1/inventory"])
        #expect(environment.status == 2)
        #expect(environment.stderr.contains("cannot reach the inventory"))
    }

    @Test(.enabled(if: PostgresTestServer.enabled, PostgresTestServer.skipReason))
    func wrongPasswordNeverAppearsInTheError() throws {
        let url = try PostgresTestServer.freshDatabase()
        let wrong = url.replacingOccurrences(of: #"://([^:@/]+):[^@]*@"#, with: "://$1:Wr0ngPassw0rd-x9@", options: .regularExpression)
        let result = try DredgeBinary.run(["inventory", "--datastore", wrong])
        #expect(result.status == 2)
        #expect(result.stderr.contains("password authentication failed"), "\(result.stderr)")
        #expect(!result.stderr.contains("Wr0ngPassw0rd-x9"))
        // PGPASSWORD is read when the URL has none, and kept out of errors the same way.
        let bare = url.replacingOccurrences(of: #"://([^:@/]+):[^@]*@"#, with: "://$1@", options: .regularExpression)
        let fromEnvironment = try DredgeBinary.run(["inventory", "--datastore", bare], environment: ["PGPASSWORD": "Wr0ngPassw0rd-x9"])
        #expect(fromEnvironment.status == 2)
        #expect(!fromEnvironment.stderr.contains("Wr0ngPassw0rd-x9"))
        // The test server offers no TLS: sslmode=require refuses it, and says why.
        let tls = try DredgeBinary.run(["inventory", "--datastore", url.replacingOccurrences(of: "sslmode=disable", with: "sslmode=require")])
        #expect(tls.status == 2)
        #expect(tls.stderr.contains("the server does not offer TLS"), "\(tls.stderr)")
    }

    @Test(.enabled(if: PostgresTestServer.enabled, PostgresTestServer.skipReason))
    func newerSchemaIsRefused() throws {
        let url = try PostgresTestServer.freshDatabase()
        let fleet = try FleetFixture(count: 1)
        let scan = try DredgeBinary.run(["scan", "-q", fleet.repositories[0].path, "--datastore", url] + FleetFixture.rules)
        try #require(scan.status == 1, "\(scan.stderr)")
        try PostgresTestServer.psql(url, "UPDATE dredge_schema SET version = 99")
        let result = try DredgeBinary.run(["inventory", "--datastore", url])
        #expect(result.status == 2)
        #expect(result.stderr.contains("has schema version 99, newer than this dredge knows"), "\(result.stderr)")
    }

    /// One repository with many credentials, so that recording takes long enough to be caught in the act.
    static func bigRepository(keys: Int) throws -> GitFixture {
        let repository = try GitFixture()
        for file in 0..<(keys / 500) {
            try repository.write("keys/\(file).env", (0..<500).map { "ACME_KEY_\($0)=\(FleetFixture.randomKey())" }.joined(separator: "\n"))
        }
        try repository.commit("many keys")
        return repository
    }

    /// Waits until a connection other than psql's is inside a transaction that has written occurrences.
    static func waitForRecording(_ url: String, timeout: TimeInterval = 120) throws -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let active = try PostgresTestServer.psql(url, """
                SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()
                AND xact_start IS NOT NULL AND backend_xid IS NOT NULL
                """)
            if active != "0" { return true }
            usleep(20_000)
        }
        return false
    }

    /// A scanner killed with SIGKILL while its transaction is open leaves the inventory as it was: the scans before it
    /// whole, nothing of its own; a triage written meanwhile survives; the next scan records everything.
    @Test(.enabled(if: PostgresTestServer.enabled, PostgresTestServer.skipReason))
    func scannerKilledWhileRecordingLeavesTheInventoryWhole() throws {
        let url = try PostgresTestServer.freshDatabase()
        let fleet = try FleetFixture(count: 1)
        let first = try DredgeBinary.run(["scan", "-q", fleet.repositories[0].path, "--datastore", url] + FleetFixture.rules)
        try #require(first.status == 1, "\(first.stderr)")
        let before = try PostgresTestServer.psql(url, "SELECT count(*) FROM exposures")
        let shared = try #require(try SharedInventoryTests.inventory(url).first { $0["id"] != nil })
        let sharedID = String((shared["id"] as! String).prefix(12))

        let big = try Self.bigRepository(keys: 3000)
        let process = Process()
        process.executableURL = DredgeBinary.url
        process.arguments = ["scan", "-q", big.path, "--datastore", url] + FleetFixture.rules
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let caught = try Self.waitForRecording(url)
        // A decision made while the scan records: appended to its own table, no scan can undo it.
        let triage = try DredgeBinary.run(["triage", sharedID, "--status", "rotated", "--datastore", url],
                                          in: FileManager.default.temporaryDirectory)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        try #require(caught, "the scan was never seen recording")
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(triage.status == 0, "\(triage.stderr)")

        // The server rolls the dead connection's transaction back.
        let deadline = Date().addingTimeInterval(30)
        while try PostgresTestServer.psql(url, "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND backend_xid IS NOT NULL AND pid <> pg_backend_pid()") != "0",
              Date() < deadline { usleep(50_000) }
        #expect(try PostgresTestServer.psql(url, "SELECT count(*) FROM exposures") == before)
        #expect(try PostgresTestServer.psql(url, "SELECT count(*) FROM scans") == "1")
        let after = try SharedInventoryTests.inventory(url, ["--status", "rotated"])
        #expect(after.count == 1)

        let again = try DredgeBinary.run(["scan", "-q", big.path, "--datastore", url] + FleetFixture.rules)
        #expect(again.status == 1, "\(again.stderr)")
        #expect(try PostgresTestServer.psql(url, "SELECT count(*) FROM exposures") == String(Int(before)! + 3000))
        #expect(try SharedInventoryTests.inventory(url, ["--status", "rotated"]).count == 1)
    }
}
