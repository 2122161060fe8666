import Foundation
import TestSupport
import Testing

/// `dredge scan` records, `dredge inventory`, `triage` and `checklist` read: on the incident repository of
/// `IncidentFixture` (two pushed credentials, one only on a local branch, one removed, one secret in two files).
@Suite struct InventoryCommandTests {
    struct Row {
        let json: [String: Any]
        var id: String { json["id"] as! String }
        var pushed: Bool { json["pushed"] as! Bool }
        var references: [String] { json["references"] as! [String] }
        var tips: [String] { json["tips"] as! [String] }
        var paths: [String] { json["paths"] as! [String] }
        var status: String { json["status"] as! String }
        var triage: [String: Any]? { json["triage"] as? [String: Any] }
    }

    func inventory(_ incident: IncidentFixture, _ extra: [String] = []) throws -> [String: Row] {
        let result = try DredgeBinary.run(["inventory", incident.repository.path, "--format", "json"] + extra)
        try #require(result.status == 0, "\(result.stderr)")
        let document = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        let rows = (document["findings"] as! [[String: Any]]).map(Row.init)
        return Dictionary(rows.map { ($0.json["rule"] as! String, $0) }, uniquingKeysWith: { a, _ in a })
    }

    func scan(_ incident: IncidentFixture, _ extra: [String] = []) throws {
        let result = try DredgeBinary.run(["scan", "-q", incident.repository.path] + extra)
        try #require(result.status == 1, "\(result.stderr)")
    }

    @Test func inventoryTellsExposureRefsAndPushed() throws {
        let incident = try IncidentFixture()
        try scan(incident)
        let rows = try inventory(incident)

        let keyID = try #require(rows["aws.access-key-id"])
        #expect(keyID.pushed)
        #expect(keyID.references == ["refs/heads/local-only", "refs/heads/main", "refs/remotes/origin/main"])
        #expect(keyID.tips.isEmpty)
        #expect(keyID.json["removed_in"] as? String == incident.commits["removal"])
        #expect(keyID.json["first_commit"] as? String == incident.commits["env"])
        #expect(keyID.json["first_seen"] as? String == "2024-01-03T00:00:00Z")
        #expect(keyID.json["last_commit"] as? String == incident.commits["removal"])
        #expect(keyID.json["last_seen"] as? String == "2024-01-05T00:00:00Z")
        #expect(keyID.json["exposure_end"] is NSNull)  // null, not omitted: every entry has the same keys  // still in the history of pushed refs: the exposure goes on
        let days = Int(Date().timeIntervalSince(Date(timeIntervalSince1970: TimeInterval(GitFixture.firstDate + 2 * 86_400))) / 86_400)
        #expect(keyID.json["exposure_days"] as? Int == days)

        let token = try #require(rows["github.personal-access-token"])
        #expect(token.pushed)
        #expect(Set(token.paths) == ["src/settings.py", "scripts/deploy.sh"])  // one credential, two files

        let stripe = try #require(rows["stripe.live-secret-key"])
        #expect(!stripe.pushed)
        #expect(stripe.references == ["refs/heads/local-only"])

        let text = try DredgeBinary.run(["inventory", incident.repository.path]).stdout
        let stripeLine = try #require(text.split(separator: "\n").first { $0.contains("stripe.live-secret-key") })
        #expect(stripeLine.contains("local"))
        #expect(!text.contains(SyntheticSecrets.stripeLiveKey))

        // Most severe first, then longest exposed.
        let csv = try DredgeBinary.run(["inventory", incident.repository.path, "--format", "csv"]).stdout
        let severities = csv.split(separator: "\r\n").dropFirst().map { $0.split(separator: ",")[4] }
        #expect(severities == severities.sorted { ["critical", "high", "medium", "low"].firstIndex(of: String($0))! < ["critical", "high", "medium", "low"].firstIndex(of: String($1))! })
    }

    @Test func triageSurvivesRescanAndGoneFindingsAreMarked() throws {
        let incident = try IncidentFixture()
        try incident.repository.git("config", "user.name", "Carol Responder")
        try incident.repository.git("config", "user.email", "carol@dredge.test")
        try scan(incident)
        let keyID = try #require(try inventory(incident)["aws.access-key-id"])
        let triage = try DredgeBinary.run(["triage", String(keyID.id.prefix(12)), "--status", "rotated", "--note", "INC-7 key replaced",
                                           "--repository", incident.repository.path])
        try #require(triage.status == 0, "\(triage.stderr)")

        // The local branch goes away for good; the rescan keeps the triage and marks the Stripe key gone.
        try incident.repository.git("branch", "-q", "-D", "local-only")
        try incident.repository.git("reflog", "expire", "--expire=now", "--all")
        try incident.repository.git("gc", "-q", "--prune=now")
        try scan(incident)

        let rows = try inventory(incident)
        let rotated = try #require(rows["aws.access-key-id"])
        #expect(rotated.status == "rotated")
        #expect(rotated.triage?["note"] as? String == "INC-7 key replaced")
        #expect(rotated.triage?["user"] as? String == "Carol Responder")
        #expect(rotated.triage?["email"] as? String == "carol@dredge.test")
        #expect(rotated.references == ["refs/heads/main", "refs/remotes/origin/main"])
        #expect(rows["stripe.live-secret-key"] == nil)

        let all = try inventory(incident, ["--include-gone"])
        let gone = try #require(all["stripe.live-secret-key"])
        #expect(gone.json["present"] as? Bool == false)
        #expect(gone.json["gone_at"] != nil)
        #expect(gone.json["exposure_end"] != nil)

        let open = try inventory(incident, ["--status", "open"])
        #expect(open["aws.access-key-id"] == nil)
        #expect(open["github.personal-access-token"] != nil)
    }

    @Test func checklistFillsInTheAWSKeyCommands() throws {
        let incident = try IncidentFixture()
        try scan(incident)
        let scanJSON = try DredgeBinary.run(["scan", "-q", incident.repository.path, "--format", "json"]).stdout
        let findings = (try JSONSerialization.jsonObject(with: Data(scanJSON.utf8)) as! [String: Any])["findings"] as! [[String: Any]]
        let validation = try #require(findings.first { $0["rule"] as? String == "aws.access-key-id" }?["validation"] as? [String: String])
        let accountID = try #require(validation["account_id"])
        #expect(accountID.count == 12 && accountID.allSatisfy(\.isNumber))

        let result = try DredgeBinary.run(["checklist", incident.repository.path])
        try #require(result.status == 0, "\(result.stderr)")
        let checklist = result.stdout
        let section = try #require(checklist.components(separatedBy: "\n## ").first { $0.contains("AWS access key ID") })
        #expect(section.contains("| account id | \(accountID) |"))
        #expect(section.contains("aws organizations describe-account --account-id \(accountID)"))
        // The key id is an identifier: in full, so the commands can be pasted.
        #expect(section.contains("`aws iam update-access-key --access-key-id \(SyntheticSecrets.awsKeyID) --status Inactive --user-name USER`"))
        #expect(section.contains("aws iam delete-access-key --access-key-id \(SyntheticSecrets.awsKeyID)"))
        #expect(section.contains("--start-time 2024-01-03"))
        #expect(section.contains("| pushed | yes: refs/remotes/origin/main holds it"))
        #expect(section.contains("- [ ] `dredge triage "))
        #expect(section.contains(".env lines 1, 2, 3, commit \(incident.commits["env"]!.prefix(12))"))

        let stripe = try #require(checklist.components(separatedBy: "\n## ").first { $0.contains("Stripe") })
        #expect(stripe.contains("rotation may not be needed"))
        #expect(!checklist.contains(SyntheticSecrets.awsSecretKey))
        #expect(!checklist.contains("{"))  // every placeholder filled in
    }

    @Test func inventoryFileIsPrivateAndHoldsSecretsOnlyWhenAsked() throws {
        let incident = try IncidentFixture()
        let datastore = incident.repository.root.appendingPathComponent(".git/dredge/inventory.sqlite")
        try scan(incident)
        let attributes = try FileManager.default.attributesOfItem(atPath: datastore.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(try Data(contentsOf: datastore).range(of: Data(SyntheticSecrets.githubToken.utf8)) == nil)

        let elsewhere = incident.repository.root.appendingPathComponent("../inventory-\(UUID().uuidString).sqlite").standardizedFileURL
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        try scan(incident, ["--datastore", elsewhere.path, "--store-secrets"])
        #expect(try Data(contentsOf: elsewhere).range(of: Data(SyntheticSecrets.githubToken.utf8)) != nil)
        let shown = try DredgeBinary.run(["checklist", "--datastore", elsewhere.path, "--show-secrets", incident.repository.path]).stdout
        #expect(shown.contains("--access-key-id \(SyntheticSecrets.awsKeyID)"))
    }

    /// A forge's review refs are counted, not listed: a mirror of a busy repository has tens of thousands, and each
    /// credential would carry them all (75 MB for a curl mirror). The credential is still pushed, and the checklist
    /// says the forge holds it.
    @Test func reviewRefsAreCountedNotListed() throws {
        let fixture = try GitFixture()
        try fixture.write("config/aws.ini", "aws_access_key_id = \(SyntheticSecrets.awsKeyID)\n")
        let commit = try fixture.commit("config").trimmingCharacters(in: .whitespacesAndNewlines)
        for number in 1...3 { _ = try fixture.git("update-ref", "refs/pull/\(number)/head", commit) }
        let scan = try DredgeBinary.run(["scan", "-q", fixture.path])
        try #require(scan.status == 1, "\(scan.stderr)")

        let listed = try DredgeBinary.run(["inventory", fixture.path, "--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [String: Any])
        let row = try #require((document["findings"] as? [[String: Any]])?.first { $0["rule"] as? String == "aws.access-key-id" })
        #expect(row["references"] as? [String] == ["refs/heads/main"])
        #expect(row["review_references"] as? Int == 3 && row["review_tips"] as? Int == 3)
        #expect(row["pushed"] as? Bool == true)

        let checklist = try DredgeBinary.run(["checklist", fixture.path]).stdout
        #expect(checklist.contains("refs/heads/main, 3 pull or merge request refs on the forge"), "\(checklist)")
        #expect(checklist.contains("yes: 3 pull or merge request refs on the forge (refs/pull/…, refs/merge-requests/…) hold it"), "\(checklist)")
    }

    @Test func inventoryBeforeAnyScanSaysToScanFirst() throws {
        let fixture = try GitFixture()
        try fixture.commit("empty")
        let result = try DredgeBinary.run(["inventory", fixture.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("run `dredge scan` first"))
    }
}
