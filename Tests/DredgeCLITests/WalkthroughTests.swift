import Foundation
import TestSupport
import Testing

/// A new user's walk through the README on a bare remote, a clone and a plain directory (`WalkthroughFixture`): what
/// a responder reads must name the right place, fill every value it can, and not mislead.
@Suite struct WalkthroughTests {
    func run(_ arguments: [String], status: Int32 = 1, in directory: URL? = nil) throws -> ProcessRunner.Result {
        let result = try DredgeBinary.run(arguments, in: directory)
        try #require(result.status == status, "dredge \(arguments.joined(separator: " ")): \(result.status) \(result.stderr)")
        return result
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// Words no report may print for these inputs: each one names a place that was not scanned.
    static let wrongPlaces = ["Committed", "committed .env", "in no ref's history", "from 0 commits", "(s)"]

    // MARK: item 1: a bare repository is published

    @Test func aBareRemoteCountsAsPublishedAndItsChecklistNeverAdvisesAgainstRotating() throws {
        let walk = try WalkthroughFixture()
        try run(["scan", "-q", walk.remote.path])
        let inventory = try json(try run(["inventory", walk.remote.path, "--format", "json"], status: 0).stdout)
        let findings = try #require(inventory["findings"] as? [[String: Any]])
        #expect(!findings.isEmpty)
        #expect(findings.allSatisfy { $0["pushed"] as? Bool == true }, "a bare repository's credentials are all published")

        let checklist = try run(["checklist", walk.remote.path], status: 0).stdout
        #expect(!checklist.contains("rotation may not be needed"))
        #expect(checklist.contains("bare repository"))
        let text = try run(["scan", walk.remote.path]).stdout
        #expect(text.contains("published"))
        #expect(!text.contains("not pushed"))
    }

    @Test func aMirrorWithPullRequestRefsIsPublishedToo() throws {
        let walk = try WalkthroughFixture()
        let mirror = try walk.mirror()
        let report = try json(try run(["scan", "-q", mirror.path, "--format", "json"]).stdout)
        let findings = try #require(report["findings"] as? [[String: Any]])
        let stripe = try #require(findings.first { $0["rule"] as? String == "stripe.live-secret-key" })
        let exposure = try #require(stripe["exposure"] as? [String: Any])
        #expect(exposure["pushed"] as? Bool == true)
        // Review refs are counted with a sample, not listed in `references` (schema version 2).
        #expect(exposure["references"] as? [String] == [])
        let review = try #require(exposure["review_references"] as? [String: Any])
        #expect(review["count"] as? Int == 1)
        #expect(review["sample"] as? [String] == ["refs/pull/1/head"])
    }

    @Test func aCloneStillTellsLocalOnlyFromPushed() throws {
        let walk = try WalkthroughFixture()
        try run(["scan", "-q", walk.clone.path])
        let checklist = try run(["checklist", walk.clone.path], status: 0).stdout
        let stripe = try #require(checklist.components(separatedBy: "\n## ").first { $0.contains("Stripe") })
        #expect(stripe.contains("rotation may not be needed"))  // only on the unpushed feature branch
        let env = try #require(checklist.components(separatedBy: "\n## ").first { $0.contains(".env file") })
        #expect(!env.contains("rotation may not be needed"))
    }

    // MARK: item 2: labels describe the input scanned

    @Test func aRangeScanSaysWhatItReadNotThatNoRefHoldsIt() throws {
        let walk = try WalkthroughFixture()
        let text = try run(["scan", "--range", "origin/main..feature"], in: walk.clone.root)
        #expect(text.stdout.contains("commits origin/main..feature"))
        for wrong in Self.wrongPlaces { #expect(!text.stdout.contains(wrong), "\(wrong)") }
        #expect(text.stderr.contains("scanned 1 blob (") && text.stderr.contains("from 1 commit of origin/main..feature"))

        let report = try json(try run(["scan", "-q", "--range", "origin/main..feature", "--format", "json"], in: walk.clone.root).stdout)
        let scan = try #require(report["scan"] as? [String: Any])
        #expect((scan["input"] as? [String: Any])?["kind"] as? String == "range")
        #expect((scan["input"] as? [String: Any])?["value"] as? String == "origin/main..feature")
        let finding = try #require((report["findings"] as? [[String: Any]])?.first)
        #expect(finding["exposure"] is NSNull, "a range is not followed through the refs: no `references: []`")
    }

    @Test func theRepositoryIsNamedTheSameWayWhateverTheInput() throws {
        let walk = try WalkthroughFixture()
        func repository(_ arguments: [String], in directory: URL) throws -> String? {
            let report = try json(try run(["scan", "-q", "--format", "json"] + arguments, in: directory).stdout)
            return (report["scan"] as? [String: Any])?["repository"] as? String
        }
        let expected = walk.clone.root.resolvingSymlinksInPath().path
        let full = try repository(["."], in: walk.clone.root)
        #expect(full.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path } == expected)
        let range = try repository(["--range", "origin/main..feature"], in: walk.clone.root.appendingPathComponent("deploy"))
        #expect(range == full)
        let bare = try repository([walk.remote.path], in: walk.clone.root)
        #expect(bare.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path } == walk.remote.root.resolvingSymlinksInPath().path)
    }

    @Test func filesOnDiskAndStagedFilesAreNotCalledCommitted() throws {
        let walk = try WalkthroughFixture()
        let plain = try run(["scan", "--no-git", walk.directory.path])
        for wrong in Self.wrongPlaces { #expect(!plain.stdout.contains(wrong) && !plain.stderr.contains(wrong), "\(wrong)") }
        #expect(plain.stdout.contains("files on disk, not git objects"))
        #expect(plain.stdout.contains("    on disk, not in git"))
        #expect(plain.stdout.contains(".env file (env-file.committed)"))
        #expect(plain.stderr.contains("2 files"))

        try walk.clone.write("config/.env.local", "API_TOKEN=\(WalkthroughFixture.sessionSecret)x9\n")
        try walk.clone.git("add", "config/.env.local")
        let staged = try run(["scan", "--staged"], in: walk.clone.root)
        for wrong in Self.wrongPlaces { #expect(!staged.stdout.contains(wrong) && !staged.stderr.contains(wrong), "\(wrong)") }
        #expect(staged.stdout.contains("staged in the index, not committed yet"))
        #expect(staged.stderr.contains("1 staged file"))
    }

    // MARK: items 3 and 4: the checklist

    @Test func theChecklistLinksTheKeyPairFillsItsValuesAndGroupsTheFile() throws {
        let walk = try WalkthroughFixture()
        let scan = try json(try run(["scan", "-q", walk.clone.path, "--format", "json"]).stdout)
        let findings = try #require(scan["findings"] as? [[String: Any]])
        // One secret, one finding: the .env value is not also a generic assignment.
        let session = findings.filter { ($0["occurrences"] as? [[String: Any]])?.contains { $0["key"] as? String == "SESSION_SECRET" } == true }
        #expect(session.count == 1)
        #expect(session.first?["rule"] as? String == "env-file.secret-value")
        let keyID = try #require(findings.first { $0["rule"] as? String == "aws.access-key-id" })
        #expect(keyID["secret"] as? String == SyntheticSecrets.awsKeyID, "a key id is an identifier: printed in full")
        #expect(keyID["redacted"] as? Bool == false)

        let checklist = try run(["checklist", walk.clone.path], status: 0).stdout
        #expect(checklist.contains("--access-key-id \(SyntheticSecrets.awsKeyID)"), "commands carry the key id, in full")
        #expect(!checklist.contains(SyntheticSecrets.awsSecretKey))
        #expect(!checklist.contains(WalkthroughFixture.sessionSecret))
        for unfilled in ["ACCOUNT_ID", "KEY_TYPE", "OLD_KEY_ID", ":PATH", "{", "}"] {
            #expect(!checklist.contains(unfilled), "\(unfilled) left unfilled")
        }
        let account = try #require((keyID["validation"] as? [String: String])?["account_id"])
        #expect(checklist.contains("`\(account)`"))
        // Three items: the .env with the key pair and the session secret, the deploy key file, the Stripe key.
        let items = checklist.components(separatedBy: "\n## ").dropFirst()
        #expect(items.count == 3, "\(items.map { $0.prefix(60) })")
        let env = try #require(items.first { $0.contains(".env file") })
        #expect(env.contains("AWS access key ID: \(SyntheticSecrets.awsKeyID) with AWS secret access key wK3p…u9Ro"))
        #expect(env.contains("SESSION\\_SECRET") || env.contains("Secret in a .env file"))
        #expect(env.components(separatedBy: "**Find the owner**").count - 1 == 3)  // the file, the pair, the session secret
        #expect(env.components(separatedBy: "dredge purge plan").count - 1 == 1)
        let key = try #require(items.first { $0.contains("SSH private key file") })
        #expect(key.contains("OpenSSH private key"))
        #expect(checklist.split(separator: "\n").count < 200, "\(checklist.split(separator: "\n").count) lines")
        // Where it lives: one line per path and line, with the later commit counted.
        #expect(env.contains("- .env lines 1, 2, 3, 4, commit \(walk.commits["env"]!.prefix(12)) (2024-01-03, Bob Builder) and 1 later commit"))
        #expect(env.components(separatedBy: "\n- .env").count - 1 == 1)

        // The key id triaged on its own: the secret left open is still named by it, with its account.
        let keyIDShort = String((keyID["id"] as? String ?? "").prefix(12))
        try run(["triage", keyIDShort, "--status", "rotated", "--note", "INC-1"], status: 0, in: walk.clone.root)
        let after = try run(["checklist", walk.clone.path], status: 0).stdout
        #expect(after.contains("AWS secret access key: wK3p…u9Ro"), "\(after)")
        #expect(after.contains("--access-key-id \(SyntheticSecrets.awsKeyID)") && after.contains("`\(account)`"))
        #expect(!after.contains("--access-key-id KEY_ID") && !after.contains("ACCOUNT_ID"))
    }

    @Test func passwordsOfOneFileWithTheSameStepsShareOneSection() throws {
        let fixture = try GitFixture()
        try fixture.write(".env", "SESSION_SECRET=Vq7rT2mZkw9pXb4Hs8LcQe3N\nJWT_SECRET=Hq2Lm8Vx4Nb6Hc1Jd5Fg0Se7Ya3Qu9Rz\n"
                          + "API_SECRET=Lm8Vx4Nb6Hc1Jd5Fg0Se7Ya3Qu9RoWk\n")
        try fixture.commit("env")
        try run(["scan", "-q", fixture.path])
        let checklist = try run(["checklist", fixture.path], status: 0).stdout
        #expect(checklist.contains("3 credentials under one playbook"))
        #expect(checklist.components(separatedBy: "**Find the owner**").count - 1 == 2, "\(checklist)")  // the file, the three
        for key in ["SESSION\\_SECRET", "JWT\\_SECRET", "API\\_SECRET"] { #expect(checklist.contains(key)) }
        let json = try json(try run(["checklist", fixture.path, "--format", "json"], status: 0).stdout)
        let credentials = try #require(json["credentials"] as? [[String: Any]])
        #expect(credentials.reduce(0) { $0 + 1 + (($1["alike"] as? [Any])?.count ?? 0) } == 4)  // no finding left out
    }

    // MARK: item 10: the text report

    @Test func theTextReportHasAHeaderOneLinePerPlaceContextAndNoFileEntropy() throws {
        let walk = try WalkthroughFixture()
        let output = walk.clone.root.appendingPathComponent("report.txt")
        try run(["scan", "-q", walk.clone.path, "-o", output.path])
        let text = try String(contentsOf: output, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first?.hasPrefix("dredge scan of \(walk.clone.path)") == true || lines.first?.contains("dredge scan of ") == true)
        #expect(text.contains("the whole history"))
        #expect(lines.contains { $0.contains("findings (") && $0.contains("critical") && $0.contains("high") })
        // .env line 3 is in two commits (the edit kept the secret): one line, the second commit counted.
        #expect(lines.filter { $0.contains(".env:3:") }.count == 1)
        #expect(text.contains("and 1 more commit up to \(walk.commits["edit"]!.prefix(12))"))
        // A committed file has no entropy to show.
        let file = try #require(text.components(separatedBy: "\n\n").first { $0.contains("(env-file.committed)") })
        #expect(!file.contains("entropy"))
        // The line of code, redacted.
        #expect(lines.contains { $0.trimmingCharacters(in: .whitespaces) == "AWS_SECRET_ACCESS_KEY=wK3p…u9Ro" })
        #expect(!text.contains(SyntheticSecrets.awsSecretKey))
    }

    @Test func markdownNamesFilesOnDiskAndAPersonalDataStoreIsSummarisedOnce() throws {
        let walk = try WalkthroughFixture()
        try FileManager.default.createDirectory(at: walk.directory.appendingPathComponent("data"), withIntermediateDirectories: true)
        try Data(PurgeFixture.customers.utf8).write(to: walk.directory.appendingPathComponent("data/customers.json"))
        let markdown = try run(["scan", "--no-git", walk.directory.path, "--format", "markdown"]).stdout
        #expect(!markdown.contains("unreachable"), "a file on disk is not an unreachable blob")
        #expect(markdown.contains("on disk, not in git"))
        #expect(markdown.contains("| Scanned | 3 files,"))

        let text = try run(["scan", "--no-git", walk.directory.path]).stdout
        let store = try #require(text.components(separatedBy: "\n\n").first { $0.contains("(pii.data-store)") })
        #expect(store.components(separatedBy: "3 records").count - 1 == 1, "\(store)")
        #expect(!store.contains("records 3") && !store.contains("emails 3"))
        #expect(!store.contains("entropy"))
    }

    @Test func aBaselineThatSuppressedEverythingSaysSoAndAJSONLBaselineWorks() throws {
        let walk = try WalkthroughFixture()
        let baseline = walk.clone.root.appendingPathComponent("baseline.jsonl")
        try run(["scan", "-q", walk.clone.path, "--format", "jsonl", "-o", baseline.path])
        let again = try run(["scan", walk.clone.path, "--baseline", baseline.path], status: 0)
        #expect(!again.stdout.contains("No secrets found."))
        #expect(again.stdout.contains("suppressed"))
        #expect(again.stdout.contains("findings in the baseline"))

        // A clean scan's JSON Lines report is its summary line alone: still a baseline.
        let clean = try GitFixture()
        try clean.write("README.md", "nothing\n")
        try clean.commit("clean")
        let empty = clean.root.appendingPathComponent("empty.jsonl")
        try run(["scan", "-q", clean.path, "--format", "jsonl", "-o", empty.path], status: 0)
        try run(["scan", "-q", clean.path, "--baseline", empty.path], status: 0)
        let broken = clean.root.appendingPathComponent("broken.jsonl")
        try Data("{\"type\":\"finding\",\"id\":\"abc\"}\n".utf8).write(to: broken)
        let refused = try DredgeBinary.run(["scan", "-q", clean.path, "--baseline", broken.path])
        #expect(refused.status == 2 && refused.stderr.contains("broken.jsonl"), "\(refused.stderr)")
    }

    // MARK: item 11: one rule for finding ids

    @Test func triageTakesTheSameIDPrefixAsDredgeignoreAndRejectsAmbiguity() throws {
        let walk = try WalkthroughFixture()
        let report = try json(try run(["scan", "-q", walk.clone.path, "--format", "json"]).stdout)
        let id = try #require((report["findings"] as? [[String: Any]])?.first?["id"] as? String)
        let short = try DredgeBinary.run(["triage", String(id.prefix(6)), "--status", "rotated", "--note", "x"], in: walk.clone.root)
        #expect(short.status == 2)
        #expect(short.stderr.contains("12 to 64 hex digits"))
        try run(["triage", String(id.prefix(12)), "--status", "rotated", "--note", "x"], status: 0, in: walk.clone.root)
    }
}
