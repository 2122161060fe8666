import Foundation
import TestSupport
import Testing

/// Many repositories, one inventory, many scanners at once: on a SQLite file and on a real PostgreSQL server
/// (`scripts/with-test-postgres.sh`), with real `dredge` processes.
@Suite struct SharedInventoryTests {
    /// A SQLite inventory file in a directory removed with the fixture.
    final class SQLiteFile {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dredge-shared-\(UUID().uuidString)")
        var path: String { directory.appendingPathComponent("inventory.sqlite").path }
        deinit { try? FileManager.default.removeItem(at: directory) }
    }

    /// Runs `dredge` with each argument list at once, in separate processes; the results in the same order.
    static func concurrently(_ runs: [[String]], environment: [String: String] = [:]) throws -> [ProcessRunner.Result] {
        final class Slots: @unchecked Sendable {  // every access holds `lock`
            let lock = NSLock()
            var results: [Result<ProcessRunner.Result, any Error>?]
            init(_ count: Int) { results = Array(repeating: nil, count: count) }
        }
        let slots = Slots(runs.count)
        DispatchQueue.concurrentPerform(iterations: runs.count) { index in
            let result = Result { try DredgeBinary.run(runs[index], environment: environment) }
            slots.lock.withLock { slots.results[index] = result }
        }
        return try slots.results.map { try $0!.get() }
    }

    static func inventory(_ datastore: String, _ extra: [String] = []) throws -> [[String: Any]] {
        let result = try DredgeBinary.run(["inventory", "--datastore", datastore, "--format", "json"] + extra)
        try #require(result.status == 0, "dredge inventory: \(result.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return try #require(document["findings"] as? [[String: Any]])
    }

    static func repositories(of finding: [String: Any]) -> [String] {
        (finding["repositories"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
    }

    /// Three scans of three repositories that share a key, started at once: one credential, three repositories;
    /// each repository's own key, one repository each.
    func threeConcurrentScans(into datastore: String) throws {
        let fleet = try FleetFixture(count: 3)
        let results = try Self.concurrently(fleet.repositories.map { ["scan", "-q", $0.path, "--datastore", datastore] + FleetFixture.rules })
        for result in results { #expect(result.status == 1, "a concurrent scan failed: \(result.stderr)") }

        let findings = try Self.inventory(datastore)
        #expect(findings.count == 4)  // the shared key, and one own key per repository
        let shared = try #require(findings.first { Self.repositories(of: $0).count > 1 })
        #expect(Set(Self.repositories(of: shared)) == Set(fleet.repositories.map { $0.root.standardizedFileURL.path }))
        #expect(findings.filter { Self.repositories(of: $0).count == 1 }.count == 3)
        #expect(!(try DredgeBinary.run(["inventory", "--datastore", datastore]).stdout.contains(FleetFixture.sharedKey)))

        // --repository narrows the listing to one repository's exposures.
        let first = fleet.repositories[0].root.standardizedFileURL.path
        let narrowed = try Self.inventory(datastore, ["--repository", first])
        #expect(narrowed.count == 2)
        #expect(narrowed.allSatisfy { Self.repositories(of: $0) == [first] })

        // The checklist: rotate the shared key once, clean three repositories.
        let checklist = try DredgeBinary.run(["checklist", "--datastore", datastore])
        #expect(checklist.status == 0, "\(checklist.stderr)")
        #expect(checklist.stdout.contains("(rotate once, clean 3 repositories)"))
        #expect(checklist.stdout.contains("Purge the history of each of the 3 repositories"))
    }

    @Test func threeConcurrentScansIntoOneSQLiteFile() throws {
        let file = SQLiteFile()
        try threeConcurrentScans(into: file.path)
    }

    @Test(.enabled(if: PostgresTestServer.enabled, PostgresTestServer.skipReason))
    func threeConcurrentScansIntoPostgreSQL() throws {
        try threeConcurrentScans(into: try PostgresTestServer.freshDatabase())
    }

    /// Eight scanners at once, each rescanning: no lost rows, no failures, one credential.
    func manyScannersAtOnce(into datastore: String) throws {
        let fleet = try FleetFixture(count: 8, own: 3)
        let runs = (fleet.repositories + fleet.repositories).map { ["scan", "-q", $0.path, "--datastore", datastore, "--jobs", "1"] + FleetFixture.rules }
        let results = try Self.concurrently(runs)
        for result in results { #expect(result.status == 1, "a concurrent scan failed: \(result.stderr)") }
        let findings = try Self.inventory(datastore)
        #expect(findings.count == 1 + 8 * 3)
        #expect(findings.contains { Self.repositories(of: $0).count == 8 })
    }

    @Test func manyScannersIntoOneSQLiteFile() throws {
        let file = SQLiteFile()
        try manyScannersAtOnce(into: file.path)
    }

    @Test(.enabled(if: PostgresTestServer.enabled, PostgresTestServer.skipReason))
    func manyScannersIntoPostgreSQL() throws {
        try manyScannersAtOnce(into: try PostgresTestServer.freshDatabase())
    }

    /// A triage decision made for the credential applies in every repository; one made for a repository only
    /// leaves the others open; the triage command works without any repository around (a shared inventory).
    @Test func triageAcrossRepositories() throws {
        let file = SQLiteFile()
        let fleet = try FleetFixture(count: 2)
        for repository in fleet.repositories {
            let scan = try DredgeBinary.run(["scan", "-q", repository.path, "--datastore", file.path] + FleetFixture.rules)
            try #require(scan.status == 1, "\(scan.stderr)")
        }
        let shared = try #require(try Self.inventory(file.path).first { Self.repositories(of: $0).count == 2 })
        let id = String((shared["id"] as! String).prefix(12))
        let first = fleet.repositories[0].root.standardizedFileURL.path
        let outside = FileManager.default.temporaryDirectory

        let one = try DredgeBinary.run(["triage", id, "--status", "false-positive", "--repository-name", first, "--datastore", file.path], in: outside)
        try #require(one.status == 0, "\(one.stderr)")
        var entry = try #require(try Self.inventory(file.path).first { ($0["id"] as! String).hasPrefix(id) })
        #expect(entry["status"] as? String == "open")  // still open in the second repository
        let statuses = Dictionary(uniqueKeysWithValues: (entry["repositories"] as! [[String: Any]]).map { ($0["name"] as! String, $0["status"] as! String) })
        #expect(statuses[first] == "false-positive")
        #expect(statuses.values.filter { $0 == "open" }.count == 1)

        let all = try DredgeBinary.run(["triage", id, "--status", "rotated", "--note", "INC-9", "--datastore", file.path], in: outside)
        try #require(all.status == 0, "\(all.stderr)")
        entry = try #require(try Self.inventory(file.path).first { ($0["id"] as! String).hasPrefix(id) })
        #expect(entry["status"] as? String == "rotated")
        #expect((entry["repositories"] as! [[String: Any]]).allSatisfy { $0["status"] as? String == "rotated" })

        let unknown = try DredgeBinary.run(["triage", id, "--status", "rotated", "--repository-name", "nowhere", "--datastore", file.path], in: outside)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("not in repository `nowhere`"))
    }

    /// A repository is known by its remote, normalised, so every clone adds to the same rows; or by the name given.
    @Test func repositoryIdentityIsTheRemoteOrTheGivenName() throws {
        let file = SQLiteFile()
        let fleet = try FleetFixture(count: 2)
        try fleet.repositories[0].git("remote", "add", "origin", "git@github.example:Acme/Payments.git")
        let scan = try DredgeBinary.run(["scan", "-q", fleet.repositories[0].path, "--datastore", file.path] + FleetFixture.rules)
        try #require(scan.status == 1, "\(scan.stderr)")
        let named = try DredgeBinary.run(["scan", "-q", fleet.repositories[1].path, "--datastore", file.path,
                                          "--repository-name", "billing"] + FleetFixture.rules)
        try #require(named.status == 1, "\(named.stderr)")
        let names = Set(try Self.inventory(file.path).flatMap(Self.repositories(of:)))
        #expect(names == ["github.example/Acme/Payments", "billing"])
    }

    /// `--repositories FILE`: URLs are cloned into the cache (then fetched on the next run), paths scanned in place, a
    /// few at a time, all into one inventory; a repository that cannot be cloned fails the run (exit 2), not the others.
    @Test func repositoriesFileClonesFetchesAndScans() throws {
        let file = SQLiteFile()
        let fleet = try FleetFixture(count: 3)
        let remotes = try fleet.repositories.prefix(2).map { try $0.clone(["--bare"]) }
        let cache = file.directory.appendingPathComponent("cache")
        let list = file.directory.appendingPathComponent("repositories.txt")
        try FileManager.default.createDirectory(at: file.directory, withIntermediateDirectories: true)
        try "# the organisation\nfile://\(remotes[0].path)\n\nfile://\(remotes[1].path)\n\(fleet.repositories[2].path)\n"
            .write(to: list, atomically: true, encoding: .utf8)
        let arguments = ["scan", "--repositories", list.path, "--processes", "2", "--cache", cache.path, "--datastore", file.path] + FleetFixture.rules
        for run in 1...2 {  // the second run fetches into the clones the first one made
            let result = try DredgeBinary.run(arguments)
            #expect(result.status == 1, "run \(run): \(result.stderr)")
            #expect(result.stderr.contains("3 repositories scanned, 3 with findings, 0 failed"), "\(result.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache.path).count == 2)
        let findings = try Self.inventory(file.path)
        #expect(findings.count == 4)
        let shared = try #require(findings.first { Self.repositories(of: $0).count == 3 })
        #expect(Set(Self.repositories(of: shared)) == Set(remotes.map { $0.root.standardizedFileURL.path } + [fleet.repositories[2].root.standardizedFileURL.path]))

        try "file://\(remotes[0].path)\nfile:///nonexistent/dredge-missing.git\n".write(to: list, atomically: true, encoding: .utf8)
        let failing = try DredgeBinary.run(arguments)
        #expect(failing.status == 2)
        #expect(failing.stderr.contains("git clone file:///nonexistent/dredge-missing.git failed"), "\(failing.stderr)")
        #expect(failing.stderr.contains("2 repositories scanned, 1 with findings, 1 failed"))
    }

    /// A scanner killed at random moments (some while it records) never leaves the SQLite inventory half-written:
    /// the big repository's exposures are all there or none are.
    @Test func sqliteScannerKilledAtAnyMomentLeavesTheInventoryWhole() throws {
        let file = SQLiteFile()
        let fleet = try FleetFixture(count: 1)
        let first = try DredgeBinary.run(["scan", "-q", fleet.repositories[0].path, "--datastore", file.path] + FleetFixture.rules)
        try #require(first.status == 1, "\(first.stderr)")
        let big = try PostgresInventoryTests.bigRepository(keys: 2000)
        let arguments = ["scan", "-q", big.path, "--datastore", file.path] + FleetFixture.rules
        let started = Date()
        let whole = try DredgeBinary.run(arguments)
        try #require(whole.status == 1, "\(whole.stderr)")
        let duration = Date().timeIntervalSince(started)
        let name = big.root.standardizedFileURL.path
        for fraction in [0.5, 0.7, 0.8, 0.9, 0.95] {
            let copy = try big.clone([])  // a repository of its own (a scan named differently would rename big's rows)
            let process = Process()
            process.executableURL = DredgeBinary.url
            process.arguments = ["scan", "-q", copy.path, "--datastore", file.path] + FleetFixture.rules
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32(duration * fraction * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let findings = try Self.inventory(file.path)
            let killed = findings.filter { Self.repositories(of: $0).contains(copy.root.standardizedFileURL.path) }.count
            #expect(killed == 0 || killed == 2000, "the scan killed at \(fraction) of its time left \(killed) of 2000 credentials")
            #expect(findings.filter { Self.repositories(of: $0).contains(name) }.count == 2000)
        }
    }
}
