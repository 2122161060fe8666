@testable import DredgeKit
import Foundation
import Git
import TestSupport
import Testing

@Suite struct ScannerTests {
    let key = SyntheticSecrets.acme

    @Test func secretAddedThenDeletedIsReportedAtItsIntroducingCommitAndLine() throws {
        let fixture = try GitFixture()
        try fixture.write("README.md", "hello\n")
        try fixture.commit("readme")
        try fixture.write(".env", "APP=demo\nDEBUG=1\nACME_KEY=\(key)\n")
        let introducing = try fixture.commit("add env", author: "Bob Builder", email: "bob@dredge.test")
        try fixture.git("rm", "-q", ".env")
        try fixture.commit("remove env")

        let report = try fixture.scan()
        let finding = try #require(report.findings.first { $0.rule.id == "acme.live-key" })
        #expect(report.findings.count == 1)
        #expect(finding.secret.reveal() == key)
        #expect(finding.occurrences.count == 1)
        let occurrence = try #require(finding.occurrences.first)
        #expect(occurrence.commit?.hex == introducing)
        #expect(occurrence.path == ".env")
        #expect(occurrence.line == 3)
        #expect(occurrence.column == 10)
        #expect(occurrence.author?.name == "Bob Builder")
        #expect(occurrence.author?.email == "bob@dredge.test")
        #expect(occurrence.author?.date == Date(timeIntervalSince1970: TimeInterval(GitFixture.firstDate + 2 * 86_400)))
        #expect(occurrence.reachable)
        #expect(report.summary.commits == 3)
        #expect(report.summary.historyComplete)
    }

    /// A `.env` value that both the `.env` parser and the generic assignment rule capture is one credential: one
    /// finding (the rule that ranks first), one occurrence per place, wherever else the same secret appears.
    @Test func oneSecretSeenByTwoRulesIsOneFinding() throws {
        let fixture = try GitFixture()
        let secret = WalkthroughFixture.sessionSecret
        try fixture.write(".env", "APP_ENV=production\nSESSION_SECRET=\(secret)\n")
        try fixture.write("config/app.py", "SESSION_SECRET = \"\(secret)\"\n")
        try fixture.commit("settings")
        let report = try fixture.scanWithBuiltinRules()
        let holding = report.findings.filter { $0.secret.reveal() == secret }
        #expect(holding.map(\.rule.id) == ["env-file.secret-value"])
        let places = holding.first?.occurrences.map { "\($0.path ?? ""):\($0.line)" } ?? []
        #expect(places.sorted() == [".env:2", "config/app.py:1"])
        #expect(holding.first?.occurrences.first { $0.path == ".env" }?.key == "SESSION_SECRET")
    }

    @Test func sameSecretInTwoFilesIsOneFindingWithTwoOccurrences() throws {
        let fixture = try GitFixture()
        try fixture.write("config/app.env", "ACME_KEY=\(key)\n")
        try fixture.write("deploy/settings.py", "# settings\nACME = '\(key)'\n")
        let commit = try fixture.commit("configs")

        let report = try fixture.scan()
        #expect(report.findings.count == 1)
        let finding = try #require(report.findings.first)
        #expect(finding.occurrences.map(\.path) == ["config/app.env", "deploy/settings.py"])
        #expect(finding.occurrences.map(\.line) == [1, 2])
        #expect(finding.occurrences.allSatisfy { $0.commit?.hex == commit })
    }

    @Test func oneBlobAtTwoPathsGivesAnOccurrenceForEachPath() throws {
        let fixture = try GitFixture()
        try fixture.write("a/.env", "ACME_KEY=\(key)\n")
        try fixture.commit("one")
        try fixture.write("b/.env.copy", "ACME_KEY=\(key)\n")
        let second = try fixture.commit("copy")

        let finding = try #require(try fixture.scan().findings.first)
        #expect(finding.occurrences.map(\.path) == ["a/.env", "b/.env.copy"])
        #expect(finding.occurrences.last?.commit?.hex == second)
        #expect(Set(finding.occurrences.map(\.blob)).count == 1)
    }

    @Test func aDirectoryCopiedWholeGivesItsFilesTheirNewPaths() throws {
        let fixture = try GitFixture()
        try fixture.write("a/keys/.env", "ACME_KEY=\(key)\n")
        try fixture.write("b/keys/.env", "ACME_KEY=\(key)\n")  // the same tree at two paths in one commit
        try fixture.commit("two copies")
        try fixture.write("c/keys/.env", "ACME_KEY=\(key)\n")  // and at a third path later
        try fixture.commit("third copy")
        let finding = try #require(try fixture.scan().findings.first)
        #expect(finding.occurrences.map(\.path) == ["a/keys/.env", "b/keys/.env", "c/keys/.env"])
    }

    @Test func secretOnlyInAnOrphanedCommitIsFoundAndMarkedUnreachable() throws {
        let fixture = try GitFixture()
        try fixture.write("README.md", "hello\n")
        try fixture.commit("readme")
        try fixture.write("leak.txt", "token: \(key)\n")
        try fixture.git("add", "leak.txt")
        let tree = try fixture.git("write-tree").trimmingCharacters(in: .whitespacesAndNewlines)
        let orphan = try fixture.git("commit-tree", tree, "-m", "never on a branch").trimmingCharacters(in: .whitespacesAndNewlines)
        try fixture.git("rm", "-q", "--cached", "leak.txt")
        try FileManager.default.removeItem(at: fixture.root.appendingPathComponent("leak.txt"))

        let report = try fixture.scan()
        let occurrence = try #require(report.findings.first?.occurrences.first)
        #expect(occurrence.commit?.hex == orphan)
        #expect(occurrence.path == "leak.txt")
        #expect(occurrence.unreachable)
        #expect(report.summary.unreachableBlobs == 1)
    }

    @Test func anOrphanedCommitAddsNoSecondAppearanceOfWhatABranchAlreadyHolds() throws {
        let fixture = try GitFixture()
        try fixture.write("app.env", "ACME_KEY=\(key)\n")
        let branch = try fixture.commit("on a branch")
        try fixture.write("extra.txt", "nothing\n")
        try fixture.git("add", "extra.txt")
        let tree = try fixture.git("write-tree").trimmingCharacters(in: .whitespacesAndNewlines)
        try fixture.git("commit-tree", tree, "-m", "orphan")
        let occurrences = try #require(try fixture.scan().findings.first?.occurrences)
        #expect(occurrences.map(\.commit?.hex) == [branch])
        #expect(occurrences.allSatisfy { $0.reachable })
    }

    @Test func blobThatNoCommitHoldsIsFoundWithoutProvenance() throws {
        let fixture = try GitFixture()
        try fixture.commit("empty")
        let blob = try fixture.git(["hash-object", "-w", "--stdin"], stdin: "ACME_KEY=\(key)\n").trimmingCharacters(in: .whitespacesAndNewlines)

        let occurrence = try #require(try fixture.scan().findings.first?.occurrences.first)
        #expect(occurrence.blob.hex == blob)
        #expect(occurrence.commit == nil && occurrence.path == nil && occurrence.author == nil)
        #expect(occurrence.unreachable)
        #expect(occurrence.line == 1)
    }

    @Test func commitsResetAwayAreStillWalkedThroughTheReflog() throws {
        let fixture = try GitFixture()
        try fixture.commit("base")
        try fixture.write("secret.env", "ACME_KEY=\(key)\n")
        let leaked = try fixture.commit("oops")
        try fixture.git("reset", "-q", "--hard", "HEAD~1")

        let occurrence = try #require(try fixture.scan().findings.first?.occurrences.first)
        #expect(occurrence.commit?.hex == leaked)
        #expect(occurrence.reachable)
    }

    @Test func stashedSecretIsFound() throws {
        let fixture = try GitFixture()
        try fixture.write("app.cfg", "mode=dev\n")
        try fixture.commit("base")
        try fixture.write("app.cfg", "mode=dev\nacme=\(key)\n")
        try fixture.git("stash", "-q")

        let occurrence = try #require(try fixture.scan().findings.first?.occurrences.first)
        #expect(occurrence.path == "app.cfg")
        #expect(occurrence.line == 2)
    }

    /// A linked worktree's git directory (`.git/worktrees/NAME`) holds no objects: they are in the common directory.
    /// Packed and loose, they are all scanned from there.
    @Test func aLinkedWorktreeIsScannedWhole() throws {
        let fixture = try GitFixture()
        try fixture.write("packed.cfg", "acme=\(key)\n")
        try fixture.commit("packed")
        try fixture.git("gc", "-q")
        try fixture.write("loose.cfg", "acme=\(SyntheticSecrets.acmeOther)\n")
        try fixture.commit("loose")
        let worktree = fixture.path + "-worktree"
        try fixture.git("worktree", "add", "-q", worktree)
        defer { try? FileManager.default.removeItem(atPath: worktree) }

        var request = ScanRequest(repositoryPath: worktree)
        request.patternDirectories = [FixturePaths.fixtures.appendingPathComponent("packs")]
        request.builtinRules = false
        let paths = try Scanner(request).run().findings.flatMap { $0.occurrences.compactMap(\.path) }
        #expect(Set(paths) == ["packed.cfg", "loose.cfg"])
    }

    @Test func everyBlobIsScannedOnceWhateverTheNumberOfCommits() throws {
        let fixture = try GitFixture()
        try fixture.write("keys.txt", "ACME_KEY=\(key)\n")
        for round in 0..<5 {
            try fixture.write("counter.txt", "\(round)\n")
            try fixture.commit("round \(round)")
        }
        let report = try fixture.scan(jobs: 1)
        #expect(report.summary.commits == 5)
        #expect(report.summary.blobs == 6)  // keys.txt once, counter.txt five times
        #expect(report.summary.blobsScanned == 6)
        #expect(report.findings.first?.occurrences.count == 1)
    }

    /// The summary names the rules PCRE2 ran, with the blobs they ran on and their windows' bytes; a rule whose
    /// keyword occurs nowhere is not among them.
    @Test func theBusiestRulesAreNamedWithTheirRunsAndBytes() throws {
        let fixture = try GitFixture()
        try fixture.write("a.env", "ACME_KEY=\(key)\n")
        try fixture.write("b.env", "# acme_live_ keys go here\nACME_KEY=\(key)\n")
        try fixture.write("c.txt", "nothing to see\n")
        try fixture.commit("three files")
        let report = try fixture.scan(jobs: 2)
        let acme = try #require(report.summary.busiestRules.first { $0.rule == "acme.live-key" })
        #expect(acme.runs == 2)
        #expect(acme.bytes == "ACME_KEY=\(key)\n".utf8.count + "# acme_live_ keys go here\nACME_KEY=\(key)\n".utf8.count)
        #expect(report.summary.busiestRules.allSatisfy { $0.runs > 0 })
    }

    @Test func cleanRepositoryHasNoFindings() throws {
        let fixture = try GitFixture()
        try fixture.write("main.swift", "print(\"hello\")\nlet key = \"acme_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"\n")
        try fixture.commit("clean")
        let report = try fixture.scan()
        #expect(report.findings.isEmpty)
        #expect(report.summary.blobsScanned == 1)
    }

    @Test func binaryAndOversizedBlobsAreSkippedAndCounted() throws {
        let fixture = try GitFixture()
        try fixture.write("image.bin", Data([0x89, 0x50, 0x00, 0x01]) + Data(key.utf8))
        try fixture.write("big.txt", String(repeating: "filler line\n", count: 2_000) + "ACME_KEY=\(key)\n")
        try fixture.commit("assets")
        var request = ScanRequest(repositoryPath: fixture.path)
        request.patternDirectories = [FixturePaths.fixtures.appendingPathComponent("packs")]
        request.maxBlobSize = 1_000
        request.builtinRules = false
        let report = try Scanner(request).run()
        #expect(report.findings.isEmpty)
        #expect(report.summary.binaryBlobs == 1)
        #expect(report.summary.oversizedBlobs == 1)
    }

    @Test func notARepositoryIsAnErrorNamingThePath() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("plain-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect {
            _ = try Scanner(ScanRequest(repositoryPath: directory.path)).run()
        } throws: { error in
            "\(error)".contains(directory.path) && "\(error)".contains("not a git repository")
        }
    }
}

@Suite struct PathRuleTests {
    private func scan(_ fixture: GitFixture) throws -> ScanReport {
        try fixture.scanWithBuiltinRules()
    }

    /// A committed `.env` is a finding when a secret in it is one: a file of hosts and flags, or whose only key-like
    /// values are near misses of a provider's format, exposes nothing; one holding a provider's key is reported as a
    /// file and as the key.
    @Test func committedEnvFileIsReportedOnlyWithASecretInIt() throws {
        let fixture = try GitFixture()
        try fixture.write("plain/.env", "APP_ENV=production\nDB_HOST=db\nPORT=8080\n")
        try fixture.write("near/.env", "CAL_API_KEY=cal_live_3f9a0c2e7b1d4a6f\nODDS_API_KEY=ad00663f233aef79bbc0q1ad205cf490\n")
        try fixture.write("live/.env", "APP_ENV=production\nSTRIPE_KEY=sk_live_51Hq8Zr3Tq2Lm8Vx4Nb6Hc1Jd5Fg0Se7Ya3Qu9RoWk2\n")
        // A provider's key under a name that says nothing secret: its rule finds it, and the file stands with it.
        try fixture.write("plain-name/.env", "STRIPE=sk_live_51Hq8Zr3Tq2Lm8Vx4Nb6Hc1Jd5Fg0Se7Ya3Qu9RoWk9\n")
        // A copy of the template with every setting commented out: a low-confidence guess at its sample token holds nothing.
        try fixture.write("commented/.env", "## App configuration\n# DATA_DIR=data\n# ADMIN_TOKEN=Qm7vT2xZp9Lk4Wn8Rb3Hc6Jd1Fs5Ye0Ua2QbKg3rN7vXoPqTz4Wm8Lc6Hd9Sf2Jx\n")
        // The same guess on a live line holds its file: a key in a header's value.
        try fixture.write("header/.env", "OTEL_ENDPOINT=https://collector.invalid\nOTEL_HEADERS=\"x-api-key=Zr4Lq8Wm2Nx6Vb9Kt3Hc7Jd1Fs5Ye0Ua2QbKg3rN7v\"\n")
        try fixture.commit("env files")

        let findings = try scan(fixture).findings
        let files = Set(findings.filter { $0.rule.id == "env-file.committed" }.map { $0.shownSecret(revealing: false) })
        #expect(files == ["live/.env", "plain-name/.env", "header/.env"])
        #expect(findings.contains { $0.secret.reveal() == "sk_live_51Hq8Zr3Tq2Lm8Vx4Nb6Hc1Jd5Fg0Se7Ya3Qu9RoWk2" && $0.occurrences.first?.key == "STRIPE_KEY" })
        #expect(!findings.contains { $0.occurrences.contains { $0.path == "near/.env" } })
    }

    @Test func committedEnvFileIsOneFileFindingAndOneFindingPerSecretKey() throws {
        let fixture = try GitFixture()
        try fixture.write("README.md", "# app\n")
        try fixture.commit("init")
        try fixture.write("deploy/.env.production", """
            APP_ENV=production
            SESSION_SECRET=Vq7rT2mZkw9pX4
            POSTGRES_PASSWORD=changeme
            STRIPE_SECRET_KEY=sk_live_51Hq8Zr3Tq2Lm8Vx4Nb6Hc1Jd5Fg0Se7Ya3Qu9RoWk2
            TOKEN_TTL=3600

            """)
        let added = try fixture.commit("add env")
        try fixture.git("rm", "-q", "deploy/.env.production")
        let removed = try fixture.commit("remove env", author: "Rita Remover", email: "rita@dredge.test")

        let findings = try scan(fixture).findings
        let byRule = Dictionary(grouping: findings, by: \.rule.id)
        let file = try #require(byRule["env-file.committed"]?.first)
        #expect(file.shownSecret(revealing: false) == "deploy/.env.production")
        #expect(file.occurrences.map(\.commit?.hex) == [added])
        #expect(file.occurrences.first?.removedIn?.id.hex == removed)
        #expect(file.occurrences.first?.removedIn?.author.name == "Rita Remover")
        let session = try #require(byRule["env-file.secret-value"]?.first)
        #expect(session.secret.reveal() == "Vq7rT2mZkw9pX4")
        #expect(session.occurrences.first?.key == "SESSION_SECRET")
        #expect(session.occurrences.first?.line == 2)
        // A weak default is its own kind, whichever weak rule (content or .env) reports it.
        let weak = try #require(findings.first { $0.rule.kind == .weakCredential && $0.secret.reveal() == "changeme" })
        #expect(weak.occurrences.first?.key == "POSTGRES_PASSWORD")
        #expect(weak.validation["weakness"] != nil)
        // The Stripe rule is more specific than the .env entry: one finding, under Stripe, with the key name.
        let stripe = try #require(findings.first { $0.rule.id.hasPrefix("stripe.") })
        #expect(stripe.occurrences.first?.key == "STRIPE_SECRET_KEY")
        #expect(!findings.contains { $0.rule.id == "env-file.secret-value" && $0.secret.reveal().hasPrefix("sk_live_") })
        #expect(!findings.contains { $0.secret.reveal() == "3600" })
    }

    /// In a `.env`, an access key beside its secret is the pair's id half (as AWS names them), and a short number named
    /// as a key is an account number: neither is a credential. An access key alone is one, and so is every secret.
    @Test func envAccessKeyBesideItsSecretAndShortNumbersAreNoCredentials() throws {
        let fixture = try GitFixture()
        try fixture.write("infra/ops.env", """
            SDM_API_ACCESS_KEY=auth-3f9a2b7c4d1e8f60
            SDM_API_SECRET_KEY=Wq5Zx8Lm2Np7Rt4Vb9Kc3Hd6Fg1Js0Ty+Lx6Nv9Pb3Hm=
            FR_ACCESS_KEY=94344420
            FR_SECRET_KEY=Hq2Vw9Lz4Tx7Mc3Pn8Bd5Gs1Rk6Jf0Ya
            SAUCE_ACCESS_KEY=6c1e9b2f-83d4-4a7e-9f05-b2d8c3e1a746
            LOCKER_PASSWORD=73194628

            """)
        try fixture.commit("add env")

        let values = Set(try scan(fixture).findings.filter { $0.rule.kind != .file }.map { $0.secret.reveal() })
        #expect(values == ["Wq5Zx8Lm2Np7Rt4Vb9Kc3Hd6Fg1Js0Ty+Lx6Nv9Pb3Hm=", "Hq2Vw9Lz4Tx7Mc3Pn8Bd5Gs1Rk6Jf0Ya",
                           "6c1e9b2f-83d4-4a7e-9f05-b2d8c3e1a746", "73194628"])
    }

    /// A value named only as a key or a token, in one machine alphabet and too short for the 64 random bits an issued
    /// key holds (12 hex digits, 8 small letters and digits, a project's key in capitals), is no provider's key; 16 hex
    /// digits are, and under a password's or a secret's name a short value stays a credential.
    @Test func envKeysTooShortForAnIssuedKeyAreNoCredentials() throws {
        let fixture = try GitFixture()
        try fixture.write("deploy/short.env", """
            KISSMETRICS_API_KEY=01153bbe1c24
            ZIPRECRUITER_API_KEY=bor9u2yt
            TRACKER_PROJECT_KEY=SHOP
            RELEASE_KEY=QX7M2K9ZP4TW1V
            BUILD_TOKEN=9f3c2a7be41d08c6
            QUEUE_SECRET=a5d8442d80d
            ADMIN_PASSWORD=bor9u2yt

            """)
        try fixture.commit("add env")

        let values = Set(try scan(fixture).findings.filter { $0.rule.kind != .file }.map { $0.secret.reveal() })
        #expect(values == ["9f3c2a7be41d08c6", "a5d8442d80d", "bor9u2yt", "QX7M2K9ZP4TW1V"])
        #expect(try scan(fixture).findings.filter { $0.secret.reveal() == "bor9u2yt" }.allSatisfy { $0.occurrences.first?.key == "ADMIN_PASSWORD" })
    }

    /// An access key of the key-id shape S3-compatible stores use (20 upper-case letters and digits) is the id half even
    /// with no secret beside it, in a `.env` and in code; an access key of another shape alone is still a credential.
    @Test func anS3StyleKeyIDAloneIsNoCredential() throws {
        let fixture = try GitFixture()
        try fixture.write("backup/wasabi.env", "WASABI_ACCESS_KEY=UHQXG5RM4R86Z5595628\nMESSAGEBIRD_ACCESS_KEY=Wq5Zx8Lm2Np7Rt4Vb9Kc3Hd6F\n")
        try fixture.write("backup/store.py", "store_access_key = \"K7QM2ZP4XW9RT3LN8VB6\"\nstore_secret = \"Hq2Vw9Lz4Tx7Mc3Pn8Bd5Gs1Rk6Jf0YaQm8vTz3L\"\n")
        try fixture.commit("add stores")

        let values = Set(try scan(fixture).findings.filter { $0.rule.kind != .file }.map { $0.secret.reveal() })
        #expect(!values.contains("UHQXG5RM4R86Z5595628"))
        #expect(!values.contains("K7QM2ZP4XW9RT3LN8VB6"))
        #expect(values.contains("Wq5Zx8Lm2Np7Rt4Vb9Kc3Hd6F"))
        #expect(values.contains("Hq2Vw9Lz4Tx7Mc3Pn8Bd5Gs1Rk6Jf0YaQm8vTz3L"))
    }

    /// The path rules run on a blob while the scan holds it once the history walk has placed it: with one job the walk
    /// comes first and nothing is read twice; a path learnt only after the scan (an orphaned commit's) is read again.
    /// With more jobs the walk is one job's first task while the others read, and whatever the split the findings are
    /// the same.
    @Test func pathRulesRunWhileTheScanHoldsTheBlob() throws {
        let fixture = try GitFixture()
        try fixture.write(".env", "SESSION_SECRET=Vq7rT2mZkw9pX4\n")
        try fixture.write("notes/handoff.txt", "staging api:\n  Gq7Tz2Wm9Kx4Lp8Rv3Nb6Hc1Jd5Fs0YeUa2QiO7\n")
        try fixture.write("app.py", "print(\"app\")\n")
        try fixture.commit("add")
        try fixture.write(".env", "SESSION_SECRET=Hn4sW8qLz2Rv7K\n")
        try fixture.commit("rotate")
        try fixture.write("old/.env", "SESSION_SECRET=Pz6tY3mQw8Kc2J\n")
        try fixture.git("add", "old/.env")
        let tree = try fixture.git("write-tree").trimmingCharacters(in: .whitespacesAndNewlines)
        try fixture.git("commit-tree", tree, "-m", "never on a branch")
        try fixture.git("reset", "-q", "--hard")

        let one = try fixture.scanWithBuiltinRules(jobs: 1)
        // Four blobs at reachable path-rule paths (two `.env` versions, the notes, and `app.py`, whose string literals
        // the table rules read for SQL); the orphan's `.env` only after.
        #expect(one.summary.pathRuleBlobs == 4)
        #expect(one.summary.pathRuleBlobsReadAgain == 1)
        #expect(one.findings.contains { $0.secret.reveal() == "Pz6tY3mQw8Kc2J" })
        #expect(one.findings.contains { $0.secret.reveal() == "Gq7Tz2Wm9Kx4Lp8Rv3Nb6Hc1Jd5Fs0YeUa2QiO7" })
        func places(_ report: ScanReport) -> [String] {
            report.findings.flatMap { finding in
                finding.occurrences.map { "\(finding.id) \($0.path ?? "") \($0.line) \($0.commit?.hex ?? "")" }
            }.sorted()
        }
        #expect(places(one).count >= 5)
        for jobs in [2, 3] {
            let many = try fixture.scanWithBuiltinRules(jobs: jobs)
            #expect(many.summary.pathRuleBlobs + many.summary.pathRuleBlobsReadAgain == 5, "jobs \(jobs)")
            #expect(places(many) == places(one), "jobs \(jobs)")
        }
    }

    @Test func fileStillPresentHasNoRemovalAndAMovedFileIsRemovedFromItsOldPath() throws {
        let fixture = try GitFixture()
        try fixture.write(".env", "SESSION_SECRET=Vq7rT2mZkw9pX4\n")
        try fixture.commit("add")
        try FileManager.default.createDirectory(at: fixture.root.appendingPathComponent("config"), withIntermediateDirectories: true)
        try fixture.git("mv", ".env", "config/.env")
        let moved = try fixture.commit("move")
        let files = try scan(fixture).findings.filter { $0.rule.id == "env-file.committed" }
        let byPath = Dictionary(uniqueKeysWithValues: files.map { ($0.shownSecret(revealing: false), $0) })
        #expect(byPath[".env"]?.occurrences.first?.removedIn?.id.hex == moved)
        #expect(byPath["config/.env"]?.occurrences.first?.removedIn == nil)
    }

    @Test func exampleEnvFileIsReportedOnlyWithRealLookingValues() throws {
        let fixture = try GitFixture()
        try fixture.write(".env.example", "STRIPE_SECRET_KEY=your-stripe-key\nDB_PASSWORD=\n")
        try fixture.write("svc/.env.sample", "SIGNING_SECRET=Qm7vT2xZp9Lk4Wn8Rb3Hc6Jd\n")
        try fixture.commit("examples")
        let files = try scan(fixture).findings.filter { $0.rule.kind == .file }
        #expect(files.map { $0.shownSecret(revealing: false) } == ["svc/.env.sample"])
    }
}

@Suite struct LineDeduplicationTests {
    let key = SyntheticSecrets.acme

    @Test func aSecretOnAnUnchangedLineIsReportedInEveryVersionAtItsOwnLine() throws {
        let fixture = try GitFixture()
        try fixture.write("config.py", "A = 1\nB = 2\nACME = '\(key)'\n")
        let first = try fixture.commit("v1")
        try fixture.write("config.py", "# header\n# more\nA = 1\nB = 2\nACME = '\(key)'\n")
        let second = try fixture.commit("v2")
        try fixture.write("config.py", "# header\n# more\nA = 3\nB = 2\nACME = '\(key)'\nC = 4\n")
        let third = try fixture.commit("v3")

        for jobs in [1, 2] {
            let finding = try #require(try fixture.scan(jobs: jobs).findings.first)
            #expect(finding.occurrences.map(\.commit?.hex) == [first, second, third], "jobs \(jobs)")
            #expect(finding.occurrences.map(\.line) == [3, 5, 5], "jobs \(jobs)")
        }
    }

    @Test func aSecretAddedOnANewLineNextToOldOnesIsFound() throws {
        let fixture = try GitFixture()
        let filler = (1...200).map { "line \($0) of ordinary text" }.joined(separator: "\n")
        try fixture.write("notes.txt", filler + "\n")
        try fixture.commit("v1")
        try fixture.write("notes.txt", filler + "\nACME=\(SyntheticSecrets.acmeOther)\n")
        try fixture.commit("v2")
        let finding = try #require(try fixture.scan(jobs: 1).findings.first)
        #expect(finding.secret.reveal() == SyntheticSecrets.acmeOther)
        #expect(finding.occurrences.map(\.line) == [201])
    }

    /// A packed history, where most versions are deltas of others, gives what the same history gives loose: a delta
    /// built on a version matched clean skips the lines it copies whole from it, and what it inserts is still found,
    /// at the right commits and lines (a secret added and removed again, one kept while other lines change).
    @Test func aPackedHistoryOfDeltasGivesWhatTheLooseOneGives() throws {
        let fixture = try GitFixture()
        var lines = (1...300).map { "line \($0) of ordinary text, long enough to be worth a delta" }
        func commit(_ message: String) throws {
            try fixture.write("notes.txt", lines.joined(separator: "\n") + "\n")
            try fixture.commit(message)
        }
        try commit("v1")
        lines.insert("ACME=\(key)", at: 150)
        try commit("v2: a secret")
        lines[20] = "line 20 changed while the secret stays"
        try commit("v3")
        lines.remove(at: 150)
        try commit("v4: gone again")
        for version in 5...8 {
            lines[10 * version] = "line \(10 * version) changed in version \(version)"
            try commit("v\(version)")
        }
        lines.insert("  ACME=\(SyntheticSecrets.acmeOther)", at: 250)
        try commit("v9: a second secret")
        lines.remove(at: 250)
        lines[5] = "line 5 changed at last"
        try commit("v10: it goes too")

        func places(_ report: ScanReport) -> [String] {
            report.findings.flatMap { finding in
                finding.occurrences.map { "\(finding.secret.reveal()) \($0.commit?.hex ?? "-") \($0.path ?? "-") \($0.line)" }
            }.sorted()
        }
        let loose = try places(fixture.scan(jobs: 1))
        #expect(loose.count == 3)  // the first secret in versions 2 and 3, the second in version 9
        try fixture.git("repack", "-adf", "-q", "--window=50", "--depth=50")
        for jobs in [1, 2] {
            #expect(try places(fixture.scan(jobs: jobs)) == loose, "jobs \(jobs)")
        }
    }

    @Test func aLineRepeatedWithinOneBlobIsMatchedAtEachPlace() throws {
        let fixture = try GitFixture()
        try fixture.write("a.txt", "ACME=\(key)\nother\nACME=\(key)\n")
        try fixture.commit("twice")
        let finding = try #require(try fixture.scan(jobs: 1).findings.first)
        #expect(finding.occurrences.map(\.line) == [1, 3])
    }

    /// Over many versions of files whose lines far outnumber the recent-lines cache (so its slots are overwritten
    /// all the time): a blob's regions cover exactly its lines no earlier blob had, and the two lines before each.
    @Test func regionsCoverExactlyTheNewLinesAndTheirContext() {
        var generator = SystemRandomNumberGenerator()
        let vocabulary = 200_000
        var seen = Set<Int>()
        let deduplicator = LineDeduplicator()
        for _ in 0..<400 {
            let lines = (0..<600).map { _ in Int.random(in: 0..<vocabulary, using: &generator) }
            let text = lines.map { "line \($0) of the vocabulary" }.joined(separator: "\n") + "\n"
            var starts: [Int] = []
            var offset = 0
            for line in lines {
                starts.append(offset)
                offset += "line \(line) of the vocabulary".utf8.count + 1
            }
            let regions = Array(text.utf8).withUnsafeBytes { deduplicator.regions(in: $0) }
            deduplicator.commit()
            let newLines = Set(lines.indices.filter { !seen.contains(lines[$0]) })
            let expected = Set(newLines.flatMap { max(0, $0 - LineDeduplicator.contextLines)...$0 })
            let covered = Set(lines.indices.filter { index in regions.contains { $0.contains(starts[index]) } })
            #expect(covered == expected)
            seen.formUnion(lines)
        }
    }

    @Test func linesAreHashedWithTheirBytes() {
        func hash(_ text: String) -> UInt64 { Array(text.utf8).withUnsafeBytes { LineHash.of($0) } }
        #expect(hash("abc") != hash("abd"))
        #expect(hash("12345678abc") != hash("12345678abd"))
        #expect(hash("") != hash("\0"))
        #expect(hash("same line") == hash("same line"))
        var set = LineHashSet()
        #expect(set.insert(42) && !set.insert(42) && set.contains(42) && !set.contains(43))
        for value in 0..<100_000 { _ = set.insert(UInt64(value) &* 0x9E37_79B9) }
        #expect(set.contains(99_999 &* 0x9E37_79B9))
    }

    /// The line and tree sets fill to 3/4 before doubling: 300,000 hashes take 2¹⁹ slots (4 MiB), not 2²⁰. Without a
    /// limit (the history walk's seen trees and paths), every key is kept, however many.
    @Test func hashSetsFillToThreeQuartersAndKeepEveryKey() {
        var set = LineHashSet(limit: nil)
        let keys = (1...300_000).map { UInt64($0) &* 0xBF58_476D_1CE4_E5B9 }
        #expect(keys.allSatisfy { set.insert($0) })
        #expect(set.count == keys.count)
        #expect(set.capacity == 1 << 19)
        #expect(keys.allSatisfy { set.contains($0) && !set.insert($0) })
        #expect(!set.contains(12345))
        var bounded = LineHashSet(limit: 10)
        for key in keys.prefix(10) { _ = bounded.insert(key) }
        #expect(bounded.insert(keys[10]) && !bounded.contains(keys[10]), "a full set says new and keeps nothing more")
    }

    /// The batched lookup the deduplicator uses answers as `contains` does, for present and absent hashes, 0
    /// included (it shares a slot key with 1), after the set has grown.
    @Test func batchedLookupsAgreeWithSingleOnes() {
        var set = LineHashSet()
        for value in stride(from: 0, to: 300_000, by: 3) { _ = set.insert(UInt64(value) &* 0x9E37_79B9_7F4A_7C15) }
        let probes = (0..<1_000).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 } + [0, 1, 2, .max]
        var found = [Bool](repeating: false, count: probes.count)
        set.lookUp(probes, into: &found)
        #expect(found == probes.map { set.contains($0) })
        // An answer already known (from the recent-lines cache) is kept, not looked up again.
        var known = [true] + [Bool](repeating: false, count: probes.count - 1)
        set.lookUp(probes, into: &known)
        #expect(known == [true] + found.dropFirst())
        #expect(found.filter { $0 }.count == 336)  // every third of the thousand, and 0 and 1 (one key)
    }

    /// Regions are the new lines with the two lines above each, merged: a second version with one line changed
    /// gives that line and its context only, whatever the blob's length.
    @Test func regionsAreTheNewLinesWithTheirContext() {
        let lines = LineDeduplicator()
        let first = (1...10).map { "line \($0)\n" }.joined()
        var second = first.replacingOccurrences(of: "line 6\n", with: "changed 6\n")
        second = second.replacingOccurrences(of: "line 10\n", with: "changed 10")
        func regions(_ text: String) -> [String] {
            let bytes = Array(text.utf8)
            return bytes.withUnsafeBytes { raw in lines.regions(in: raw).map { String(decoding: bytes[$0], as: UTF8.self) } }
        }
        #expect(regions(first) == [first])
        lines.commit()
        #expect(regions(second) == ["line 4\nline 5\nchanged 6\n", "line 8\nline 9\nchanged 10"])
        lines.commit()
        #expect(regions(second).isEmpty)
    }

    /// A line seen before is read again as context only if it holds a keyword: one without opens no window, so the
    /// prefilter would find nothing there (on git/git and curl most of the bytes it read were such lines). Where the
    /// matcher said where the keywords were, a changed line's context is the keyword lines above it, no others.
    @Test func contextLinesAreReadOnlyWhenTheyHoldAKeyword() {
        let lines = LineDeduplicator()
        let first = "line 1\napi_key:\nline 3\nline 4\nline 5\n"
        func regions(_ text: String) -> [String] {
            let bytes = Array(text.utf8)
            return bytes.withUnsafeBytes { raw in lines.regions(in: raw).map { String(decoding: bytes[$0], as: UTF8.self) } }
        }
        #expect(regions(first) == [first])
        lines.keywordEnds = [13]  // the `y` of `api_key`, on the second line
        lines.commit()
        let second = "line 1\napi_key:\n  changed 3\nline 4\n  changed 5\n"
        #expect(regions(second) == ["api_key:\n  changed 3\n", "  changed 5\n"])
        lines.keywordEnds = []
        lines.commit()
        // A hot line is read again with the key name above it, not the plain line below it.
        Array(second.utf8).withUnsafeBytes { lines.markHot([16..<27], in: $0) }  // `  changed 3`
        lines.keywordEnds = []
        #expect(regions("api_key:\n  changed 3\nline 5\n") == ["api_key:\n  changed 3\n"])
        lines.commit()
        // Not told where the keywords are (nil): every new line counts as holding one, as before.
        lines.keywordEnds = nil
        #expect(regions("line 1\nline 3\nnew\n") == ["new\n"])
        lines.commit()
        #expect(regions("line 3\nnew\nnewer\n") == ["new\nnewer\n"])
    }

    /// Only the lines a match touches turn hot: the lines after it in the blob are read again in later blobs only if
    /// they are new (every line to the blob's end once turned hot, and was read again in every later version).
    @Test func onlyTheLinesOfAMatchTurnHot() {
        let lines = LineDeduplicator()
        let text = "a\nsecret here\nb\nc\nd\n"
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { lines.regions(in: $0) }
        lines.keywordEnds = []
        lines.commit()
        bytes.withUnsafeBytes { lines.markHot([2..<8], in: $0) }  // `secret` on the second line
        let again = bytes.withUnsafeBytes { raw in lines.regions(in: raw).map { String(decoding: bytes[$0], as: UTF8.self) } }
        #expect(again == ["secret here\n"])
        lines.commit()
        // An empty range marks the line it stands on.
        bytes.withUnsafeBytes { lines.markHot([16..<16], in: $0) }  // the start of `c`
        let third = bytes.withUnsafeBytes { raw in lines.regions(in: raw).map { String(decoding: bytes[$0], as: UTF8.self) } }
        #expect(third == ["secret here\n", "c\n"])
    }

    /// Lines a delta copied whole from a base already matched are neither read nor remembered, even by a worker that
    /// never saw them; a copy's first line is not whole unless it starts the base too. Above a new line, copied lines
    /// are read as its context unless the worker knows they hold no keyword.
    @Test func linesCopiedWholeFromAMatchedBaseAreSkipped() {
        let text = (1...8).map { "line \($0)\n" }.joined()  // each line 7 bytes
        let bytes = Array(text.utf8)
        func strings(_ ranges: [Range<Int>], of bytes: [UInt8]) -> [String] { ranges.map { String(decoding: bytes[$0], as: UTF8.self) } }
        func copiedLines(_ copies: [DeltaCopy], base: String) -> [String] {
            let base = Array(base.utf8)
            return strings(bytes.withUnsafeBytes { target in base.withUnsafeBytes { CopiedLines.ranges(in: target, copies: copies, base: $0) } }, of: bytes)
        }
        // Two copies that split line 2 between them: it is whole in the base, where the second copy implies.
        #expect(copiedLines([DeltaCopy(target: 0, source: 0, length: 10), DeltaCopy(target: 10, source: 10, length: 46)], base: text) == [text])
        // The same bytes two places further on in a base whose first line is longer: line 1 is not a line there.
        #expect(copiedLines([DeltaCopy(target: 0, source: 2, length: 56)], base: "##" + text) == [String(text.dropFirst(7))])
        // A copy that stops in the middle of line 8: the lines it holds whole are lines 2 to 7 (line 1 is not in it).
        #expect(copiedLines([DeltaCopy(target: 3, source: 3, length: 50)], base: "lone 1\n" + text.dropFirst(7)) == [
            "line 2\nline 3\nline 4\nline 5\nline 6\nline 7\n",
        ])
        let copied = [7..<49]  // lines 2 to 7

        let lines = LineDeduplicator()
        func regions(_ bytes: [UInt8], copied: [Range<Int>] = []) -> [String] {
            lines.copied = copied
            defer {
                lines.keywordEnds = []  // no keyword on any line: none is context worth reading again
                lines.commit()
            }
            return strings(bytes.withUnsafeBytes { lines.regions(in: $0) }, of: bytes)
        }
        // Lines 1 and 8 are new; the two copied lines above line 8 are read as its context, unknown to this worker.
        #expect(regions(bytes, copied: copied) == ["line 1\n", "line 6\nline 7\nline 8\n"])
        // Skipped lines were not remembered: a blob that holds them without a delta reads them as new.
        #expect(regions(bytes) == ["line 2\nline 3\nline 4\nline 5\nline 6\nline 7\n"])
        // Now known to hold no keyword, the copied lines above a changed last line are not read.
        let changed = Array(text.replacingOccurrences(of: "line 8", with: "eight!").utf8)
        #expect(regions(changed, copied: copied) == ["eight!\n"])
    }

    /// Through the matcher: a key name on an unchanged line still opens the window over its new value below, while
    /// the unchanged lines around it without a keyword are not read again.
    @Test func aNewValueBelowAnUnchangedKeyNameIsFoundAndPlainContextIsSkipped() throws {
        let rule = Rule(id: "acme.below", name: "Value below its name", kind: .credential, severity: .high, confidence: .medium,
                        pattern: "acme_key:\\s*\\n[ \\t]*(?<secret>[A-Za-z0-9]{24})", keywords: ["acme_key"], paths: [],
                        excludedPaths: [], parser: nil, minEntropy: 0, validators: [], playbook: nil, references: ["https://dredge.test"],
                        examples: [], counterExamples: [], source: .init(file: "t", line: 1))
        let matcher = try Matcher(rules: [rule])
        let lines = LineDeduplicator()
        let filler = (1...20).map { "filler \($0)" }.joined(separator: "\n")
        func match(_ text: String) -> Matcher.Outcome {
            Array(text.utf8).withUnsafeBytes { matcher.matches(in: $0, blob: .zero, lines: lines) }
        }
        #expect(match(filler + "\nacme_key:\n  not-a-value\n").matches.isEmpty)
        let outcome = match(filler + "\nacme_key:\n  Zq8Wn3Rt6Yp1Ks4Lm7Xc2Vb5\n")
        // The changed line and the key name above it; not `filler 20`, the other line of context before.
        #expect(outcome.regions?.count == 1)
        #expect(outcome.regions?.first?.count == "acme_key:\n  Zq8Wn3Rt6Yp1Ks4Lm7Xc2Vb5\n".utf8.count)
        #expect(outcome.matches.map { $0.secret.reveal() } == ["Zq8Wn3Rt6Yp1Ks4Lm7Xc2Vb5"])
    }

    /// The deduplicator's marks (a line holds a keyword) are kept by the set as it grows, and answered alike by the
    /// single and the batched lookups; sets that never mark answer false.
    /// What production-readiness audits keep finding, in one history: `.env` and `.env.prod` with live keys (the
    /// second removed since), a weak password in a compose file, a placeholder `SECRET_KEY` and a demo API key as
    /// defaults in settings, a JSON list of customers' emails and phones, a token in a commit message. Each is found:
    /// a filter that quiets real code must not quiet these.
    @Test func theAuditsUsualFindingsAreAllReported() throws {
        let fixture = try GitFixture()
        let env = "STRIPE_SECRET_KEY=\(SyntheticSecrets.stripeLiveKey)\nDATABASE_URL=postgres://app:Vq7rT2mZkw9pX4@db.internal:5432/app\n"
        try fixture.write(".env", env)
        try fixture.write(".env.prod", env)
        try fixture.write("docker-compose.yml", "services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: changeme\n")
        try fixture.write("settings.py", "SECRET_KEY = 'django-insecure-7x!q2@z#k9$w8m4r^t6y&u1i3o5p0a'\nAPI_KEY = \"demo-api-key-12345\"\n")
        let customers = (0..<30).map { number in
            "  {\"name\": \"Customer \(number)\", \"email\": \"client\(number).r\(300 + number * 7)@gmail.com\", "
                + "\"phone\": \"+1 415 \(610 + number) \(4100 + number * 13)\"}"
        }
        try fixture.write("customers.json", "[\n" + customers.joined(separator: ",\n") + "\n]\n")
        try fixture.commit("initial")
        try fixture.git("commit", "-q", "--allow-empty", "-m", "rotate: old token \(SyntheticSecrets.githubMessageToken) is gone")
        try fixture.git("rm", "-q", ".env.prod")
        try fixture.commit("remove prod env")

        let findings = try fixture.scanWithBuiltinRules().findings
        func has(_ rule: String, at path: String) -> Bool {
            findings.contains { $0.rule.id == rule && $0.occurrences.contains { $0.path == path } }
        }
        #expect(has("env-file.committed", at: ".env") && has("env-file.committed", at: ".env.prod"))
        #expect(findings.contains { $0.secret.reveal() == SyntheticSecrets.stripeLiveKey })
        #expect(findings.contains { $0.secret.reveal() == "Vq7rT2mZkw9pX4" })
        #expect(findings.contains { $0.rule.kind == .weakCredential && $0.secret.reveal() == "changeme" })
        #expect(findings.contains { $0.rule.kind == .weakCredential && $0.secret.reveal() == "demo-api-key-12345" })
        #expect(findings.contains { $0.occurrences.contains { $0.path == "settings.py" && $0.line == 1 } })
        #expect(findings.contains { $0.rule.id.hasPrefix("pii.") && $0.occurrences.contains { $0.path == "customers.json" } })
        #expect(findings.contains { finding in
            finding.secret.reveal() == SyntheticSecrets.githubMessageToken && finding.occurrences.contains { $0.message != nil }
        })
    }

    /// A committed `.env` whose secrets are placeholder words in capitals (`CHANGE_ME_SECRET`) holds weak defaults,
    /// not the names of variables: the file and each default are findings. A variable's name (`GITHUB_TOKEN`) is not.
    @Test func placeholderDefaultsInCapitalsAreWeakNotNames() throws {
        let fixture = try GitFixture()
        try fixture.write(".env", "SECRET_KEY=CHANGE_ME_SECRET\nDJANGO_SECRET_KEY=INSECURE_SECRET_KEY\n")
        try fixture.write(".github/workflows/release.yml", "      server-password: GITHUB_TOKEN\n")
        try fixture.commit("add settings")

        let findings = try fixture.scanWithBuiltinRules().findings
        #expect(findings.contains { $0.rule.id == "env-file.committed" })
        let weak = Set(findings.filter { $0.rule.kind == .weakCredential }.map { $0.secret.reveal() })
        #expect(weak == ["CHANGE_ME_SECRET", "INSECURE_SECRET_KEY"])
        #expect(!findings.contains { $0.secret.reveal() == "GITHUB_TOKEN" })
    }

    @Test func lineMarksSurviveTheSetsGrowth() {
        var set = LineHashSet()
        let keys = (1...200_000).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 }
        for (index, key) in keys.enumerated() { _ = set.insert(key, marked: index % 3 == 0) }
        #expect(keys.indices.allSatisfy { set.isMarked(keys[$0]) == ($0 % 3 == 0) })
        var found = [Bool](repeating: false, count: keys.count)
        var marked = [Bool](repeating: false, count: keys.count)
        set.lookUp(keys, into: &found, marked: &marked)
        #expect(found.allSatisfy { $0 })
        #expect(marked == keys.indices.map { $0 % 3 == 0 })
        var plain = LineHashSet()
        _ = plain.insert(7)
        #expect(plain.contains(7) && !plain.isMarked(7))
    }
}

@Suite struct DataStoreTests {
    /// People at real-looking addresses with phones of no fictional range: a store of people, high. (Ofcom's drama
    /// range for every phone would make them made up: `madeUpPeopleAndTheirCardsAreTestData`.)
    @Test func aJSONDatabaseIsOneFindingPerVersionWithCountsAndTheReadmeIsNone() throws {
        let fixture = try GitFixture()
        func events(_ people: Int) -> String {
            let rows = (0..<people).map { index in
                #"{"event": "signup", "event_data": {"Name": "Person \#(index)", "Email": "person\#(index)@gmail.com", "Phone": "+44 7911 1\#(String(format: "%05d", index))"}}"#
            }
            return #"{"events": ["# + rows.joined(separator: ", ") + "]}"
        }
        try fixture.write("README.md", "Maintainers: Jane Roe <jane@corp.io>, Raj Patel <raj@corp.io>\n")
        try fixture.write("data/events_database.json", events(50))
        let first = try fixture.commit("events")
        try fixture.write("data/events_database.json", events(61))
        let second = try fixture.commit("more events")

        let stores = try fixture.scanWithBuiltinRules().findings.filter { $0.rule.kind == .pii }
        #expect(stores.count == 2)
        let byCommit = Dictionary(uniqueKeysWithValues: stores.map { ($0.occurrences.first?.commit?.hex ?? "", $0) })
        let small = try #require(byCommit[first])
        let large = try #require(byCommit[second])
        #expect(small.shownSecret(revealing: true) == "data/events_database.json")
        #expect(small.validation["emails"] == "50")
        #expect(large.validation["emails"] == "61")
        #expect(large.validation["phones"] == "61")
        #expect(large.validation["keys"]?.contains("Email") == true)
        #expect(large.severity == .high)
        #expect(!(large.validation["samples"] ?? "").contains("person1@gmail.com"))
    }
}

@Suite struct CredentialFileTests {
    /// Every credential-file rule, fed its own first example as a committed file that a later commit removes:
    /// each must be reported with the commit that added it and the commit that removed it.
    @Test func everyCredentialFileKindIsReportedWithItsAddingAndRemovingCommits() throws {
        let rules = try PatternPackLoader.merge(base: PatternPackLoader.builtin()).filter { $0.kind == .file }
        #expect(rules.count >= 25)
        let fixture = try GitFixture()
        try fixture.write("README.md", "# app\n")
        try fixture.commit("init")
        var planted: [String: String] = [:]  // rule id → path
        for (index, rule) in rules.enumerated() {
            let example = try #require(rule.examples.first)
            let path = "case\(index)/" + (example.path ?? "unknown")
            try fixture.write(path, example.text)
            planted[rule.id] = path
        }
        let added = try fixture.commit("add credential files")
        try fixture.git("rm", "-q", "-r", ".")
        try fixture.write("README.md", "# app\n")
        let removed = try fixture.commit("remove them")

        let findings = try fixture.scanWithBuiltinRules().findings.filter { $0.rule.kind == .file }
        for (ruleID, path) in planted.sorted(by: { $0.key < $1.key }) {
            let finding = findings.first { $0.rule.id == ruleID && $0.shownSecret(revealing: false) == path }
            let occurrence = finding?.occurrences.first
            #expect(occurrence?.commit?.hex == added, "\(ruleID) at \(path)")
            #expect(occurrence?.removedIn?.id.hex == removed, "\(ruleID) at \(path)")
        }
    }
}
