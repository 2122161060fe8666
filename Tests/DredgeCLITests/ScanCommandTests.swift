import Foundation
import TestSupport
import Testing

@Suite struct ScanCommandTests {
    let packs = FixturePaths.fixtures.appendingPathComponent("packs").path

    @Test func findingsExitOneWithARedactedTextReport() throws {
        let fixture = try GitFixture()
        try fixture.write(".env", "ACME_KEY=\(SyntheticSecrets.acme)\n")
        let commit = try fixture.commit("leak", author: "Carol Coder", email: "carol@dredge.test")
        let result = try DredgeBinary.run(["scan", fixture.path, "--patterns", packs])
        #expect(result.status == 1)
        #expect(result.stdout.contains("acme.live-key"))
        #expect(result.stdout.contains(".env:1:10 ACME_KEY"))  // the .env entry's key name is shown
        #expect(result.stdout.contains("env-file.committed"))  // and the committed file is a finding of its own
        #expect(result.stdout.contains(String(commit.prefix(12))))
        #expect(result.stdout.contains("Carol Coder <carol@dredge.test>"))
        #expect(!result.stdout.contains(SyntheticSecrets.acme))
        #expect(!result.stderr.contains(SyntheticSecrets.acme))
        #expect(result.stderr.contains("scanned 1 blob (0.0 MB) and 1 message (0.0 MB) from 1 commit"))
        #expect(result.stderr.contains("2 findings, 2 occurrences"))
    }

    @Test func cleanRepositoryExitsZero() throws {
        let fixture = try GitFixture()
        try fixture.write("README.md", "nothing to see\n")
        try fixture.commit("clean")
        let result = try DredgeBinary.run(["scan", fixture.path, "--patterns", packs])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("dredge scan of "))
        #expect(result.stdout.hasSuffix("\n0 findings, 0 occurrences\n\nNo secrets found.\n"), "\(result.stdout)")
    }

    /// A repository the user may not read is an error that says so. Root reads everything, so as root the binary runs
    /// as `nobody` (setpriv), the way a CI runner without access would.
    @Test func unreadableRepositoryExitsTwoSayingPermissionDenied() throws {
        let fixture = try GitFixture()
        try fixture.write("README.md", "hello\n")
        try fixture.commit("first")
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: fixture.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fixture.path) }
        let result = getuid() == 0
            ? try ProcessRunner.run("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", DredgeBinary.url.path,
                                                         "scan", fixture.path, "--patterns", packs, "--no-builtin-rules"])
            : try DredgeBinary.run(["scan", fixture.path, "--patterns", packs, "--no-builtin-rules"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("cannot read \(fixture.path): permission denied"), "\(result.stderr)")
    }

    @Test func nonRepositoryExitsTwoNamingThePath() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("plain-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try DredgeBinary.run(["scan", directory.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(directory.path) is not a git repository"))
    }

    @Test func unknownFlagExitsTwo() throws {
        let result = try DredgeBinary.run(["scan", "--no-such-flag"])
        #expect(result.status == 2)
    }
}

@Suite struct ScanOutputTests {
    let packs = FixturePaths.fixtures.appendingPathComponent("packs").path

    private func leakyFixture() throws -> GitFixture {
        let fixture = try GitFixture()
        try fixture.write("src/config.py", "DEBUG = True\nACME = '\(SyntheticSecrets.acme)'\n")
        try fixture.commit("config")
        return fixture
    }

    @Test func jsonReportFollowsTheDocumentedSchema() throws {
        let fixture = try leakyFixture()
        let result = try DredgeBinary.run(["scan", fixture.path, "--patterns", packs, "--format", "json"])
        #expect(result.status == 1)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(document["schema_version"] as? Int == 2)
        let scan = try #require(document["scan"] as? [String: Any])
        #expect(scan["findings"] as? Int == 1)
        #expect(scan["blobs_scanned"] as? Int == 1)
        #expect(scan["duration_seconds"] is Double)
        let findings = try #require(document["findings"] as? [[String: Any]])
        let finding = try #require(findings.first)
        #expect(finding["rule"] as? String == "acme.live-key")
        #expect(finding["severity"] as? String == "critical")
        #expect((finding["id"] as? String)?.count == 64)
        #expect(finding["secret"] as? String == "acme…H5gA")
        #expect(finding["redacted"] as? Bool == true)
        let occurrence = try #require((finding["occurrences"] as? [[String: Any]])?.first)
        #expect(occurrence["path"] as? String == "src/config.py")
        #expect(occurrence["line"] as? Int == 2)
        #expect(occurrence["column"] as? Int == 9)
        #expect(occurrence["author"] as? String == "Alice Example")
        #expect(occurrence["email"] as? String == "alice@dredge.test")
        #expect(occurrence["date"] as? String == "2024-01-02T00:00:00Z")
        #expect(occurrence["unreachable"] as? Bool == false)
        #expect(!result.stdout.contains(SyntheticSecrets.acme))
    }

    @Test func revealedReportFileIsWrittenWithMode0600() throws {
        let fixture = try leakyFixture()
        let output = fixture.root.appendingPathComponent("report.json")
        let result = try DredgeBinary.run(["scan", fixture.path, "--patterns", packs, "--format", "json", "--show-secrets", "--output", output.path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(try String(contentsOf: output, encoding: .utf8).contains(SyntheticSecrets.acme))
        let mode = try FileManager.default.attributesOfItem(atPath: output.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func unwritableOutputExitsTwo() throws {
        let fixture = try leakyFixture()
        let result = try DredgeBinary.run(["scan", fixture.path, "--patterns", packs, "--output", "/nonexistent-dir/report.txt"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("cannot write /nonexistent-dir/report.txt"))
    }

    @Test func malformedPackExitsTwoNamingFileLineAndRule() throws {
        let fixture = try leakyFixture()
        let pack = FixturePaths.invalid.appendingPathComponent("rule-unknown-field.yml").path
        let result = try DredgeBinary.run(["scan", fixture.path, "--patterns", pack])
        #expect(result.status == 2)
        #expect(result.stderr.contains("rule-unknown-field.yml:15: rule acme.typo: unknown field `patern`"))
    }

    @Test func scanWithoutARepositoryArgumentUsesTheRepositoryAroundTheCurrentDirectory() throws {
        let fixture = try leakyFixture()
        let result = try DredgeBinary.run(["scan", "--patterns", packs], in: fixture.root.appendingPathComponent("src"))
        #expect(result.status == 1)
        #expect(result.stdout.contains("src/config.py:2:9"))
    }
}

@Suite struct PatternsCommandTests {
    @Test func checkPassesOnAGoodPackAndFailsOnABadOne() throws {
        let good = try DredgeBinary.run(["patterns", "check", FixturePaths.fixtures.appendingPathComponent("packs").path])
        #expect(good.status == 0)
        #expect(good.stdout.contains("1 rule in 1 pack: ok"))
        let bad = try DredgeBinary.run(["patterns", "check", FixturePaths.invalid.appendingPathComponent("pattern-unclosed-group.yml").path])
        #expect(bad.status == 2)
        #expect(bad.stdout.contains("pattern-unclosed-group.yml:6: rule broken.unclosed-group: pattern does not compile"))
    }

    /// The project's own patterns/ directory, playbooks beside the rules, checks as the rules it holds.
    @Test func checkReadsADirectoryLaidOutLikeTheBuiltinPatterns() throws {
        let result = try DredgeBinary.run(["patterns", "check", FixturePaths.packageRoot.appendingPathComponent("patterns").path])
        #expect(result.status == 0, "\(result.stdout.prefix(2000))")
        #expect(result.stdout.hasSuffix(": ok\n"), "\(result.stdout.suffix(300))")
    }

    @Test func listShowsBuiltinRules() throws {
        let result = try DredgeBinary.run(["patterns", "list"])
        #expect(result.status == 0)
        let line = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("aws.access-key-id\t") })
        #expect(line.split(separator: "\t").count == 4)
        #expect(line.hasSuffix("\tcredential\tAWS access key ID"))
        // The count and the bundle's place go to standard error: a binary copied beside an older bundle says so.
        let count = result.stdout.split(separator: "\n").count
        #expect(result.stderr.contains("dredge: \(count) rules; built-in packs from /"), "\(result.stderr)")
        #expect(result.stderr.contains("/rules\n"), "\(result.stderr)")
    }
}

/// The foundation's "done when": a removed `.env` with an AWS key and a GitHub token, found with the built-in rules.
@Suite struct RemovedEnvFileTests {
    @Test func bothCredentialsAreReportedWithCommitPathLineAndAuthor() throws {
        let fixture = try GitFixture()
        try fixture.write("README.md", "# shop\n")
        try fixture.commit("init")
        try fixture.write(".env", """
            APP_ENV=production
            AWS_ACCESS_KEY_ID=\(SyntheticSecrets.awsKeyID)
            AWS_SECRET_ACCESS_KEY=\(SyntheticSecrets.awsSecretKey)
            GITHUB_TOKEN=\(SyntheticSecrets.githubToken)

            """)
        let leak = try fixture.commit("add production env", author: "Dana Deploy", email: "dana@dredge.test")
        try fixture.git("rm", "-q", ".env")
        try fixture.commit("remove env")

        let result = try DredgeBinary.run(["scan", fixture.path, "--format", "json"])
        #expect(result.status == 1)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let findings = try #require(document["findings"] as? [[String: Any]])
        func finding(_ rule: String) throws -> [String: Any] {
            try #require(findings.first { $0["rule"] as? String == rule }, "no \(rule) in \(findings.map { $0["rule"] ?? "?" })")
        }
        for (rule, line) in [("aws.access-key-id", 2), ("aws.secret-access-key", 3), ("github.personal-access-token", 4)] {
            let occurrence = try #require((try finding(rule)["occurrences"] as? [[String: Any]])?.first)
            #expect(occurrence["commit"] as? String == leak, "\(rule)")
            #expect(occurrence["path"] as? String == ".env", "\(rule)")
            #expect(occurrence["line"] as? Int == line, "\(rule)")
            #expect(occurrence["author"] as? String == "Dana Deploy", "\(rule)")
            #expect(occurrence["email"] as? String == "dana@dredge.test", "\(rule)")
        }
        let github = try finding("github.personal-access-token")
        #expect(github["confidence"] as? String == "high")
        #expect((github["validation"] as? [String: String])?["checksum"] == "valid")
        let aws = try finding("aws.access-key-id")
        #expect((aws["validation"] as? [String: String])?["account_id"]?.count == 12)
        for secret in [SyntheticSecrets.awsSecretKey, SyntheticSecrets.githubToken] {
            #expect(!result.stdout.contains(secret) && !result.stderr.contains(secret))
        }
        #expect(aws["secret"] as? String == SyntheticSecrets.awsKeyID)  // an identifier, not a secret: in full
    }
}

@Suite struct OutputTargetTests {
    /// A pipe stands in for `/dev/null` or `/dev/stdout` (testing on the real device could replace it if this broke).
    @Test func outputToAPipeWritesIntoItAndLeavesItAPipe() throws {
        let fixture = try GitFixture()
        try fixture.write("a.txt", "nothing\n")
        try fixture.commit("clean")
        let pipe = fixture.root.appendingPathComponent("report.fifo").path
        #expect(mkfifo(pipe, 0o600) == 0)
        // Held open for reading and writing, the pipe never blocks a small report; what arrives is read back after.
        let handle = try #require(FileHandle(forUpdatingAtPath: pipe))
        defer { try? handle.close() }
        let result = try DredgeBinary.run(["scan", fixture.path, "--format", "json", "-o", pipe])
        #expect(result.status == 0)
        var status = stat()
        #expect(stat(pipe, &status) == 0)
        #expect(status.st_mode & S_IFMT == S_IFIFO)
        let report = String(decoding: handle.availableData, as: UTF8.self)
        #expect(report.contains("\"schema_version\" : 2"))
    }
}
