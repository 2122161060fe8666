import Foundation
import TestSupport
import Testing

/// `dredge purge plan` and `dredge purge rehearse` on a real history, with the real git filter-repo.
@Suite struct PurgeCommandTests {
    /// Scans the fixture so that the inventory exists, as a responder would before planning.
    private func scanned() throws -> PurgeFixture {
        let fixture = try PurgeFixture()
        let scan = try DredgeBinary.run(["scan", "--quiet", fixture.repository.path])
        try #require(scan.status == 1, "scan: \(scan.stderr)")
        return fixture
    }

    private func findingID(_ rule: String, in fixture: PurgeFixture) throws -> String {
        let inventory = try DredgeBinary.run(["inventory", fixture.repository.path, "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(inventory.stdout.utf8)) as? [String: Any]
        let findings = try #require(object?["findings"] as? [[String: Any]])
        return try #require(findings.first { $0["rule"] as? String == rule }?["id"] as? String)
    }

    @Test func rehearsalPurgesEveryFindingAndLeavesTheRepositoryAlone() throws {
        let fixture = try scanned()
        let before = try fixture.references()
        let result = try DredgeBinary.run(["purge", "rehearse", fixture.repository.path, "--keep"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("Nothing is left"))
        #expect(result.stdout.contains("3 paths to remove, 2 secrets to replace"))
        for secret in PurgeFixture.secrets { #expect(!result.stdout.contains(secret) && !result.stderr.contains(secret)) }
        #expect(try fixture.references() == before)

        let kept = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("Kept in ") })
        let directory = String(kept.dropFirst("Kept in ".count).prefix { $0 != " " })
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let mirror = "\(directory)/mirror.git"
        let settings = try ProcessRunner.run("/usr/bin/env", ["git", "-C", mirror, "show", "main:src/settings.py"]).stdout
        #expect(settings == PurgeFixture.settings.replacingOccurrences(of: SyntheticSecrets.githubToken, with: "***REMOVED***"))
        let paths = try ProcessRunner.run("/usr/bin/env", ["git", "-C", mirror, "log", "--all", "--format=", "--name-only"]).stdout
        #expect(paths.contains("src/settings.py") && paths.contains("billing.py"))
        for removed in [".env", "config/production.env", "data/customers.json"] {
            #expect(!paths.split(separator: "\n").contains(Substring(removed)))
        }
        let tagged = try ProcessRunner.run("/usr/bin/env", ["git", "-C", mirror, "show", "v1.0:billing.py"]).stdout
        #expect(tagged == "STRIPE_KEY = '***REMOVED***'\n")
        let history = try ProcessRunner.run("/usr/bin/env", ["git", "-C", mirror, "log", "--all", "-p", "--format=%H"]).stdout
        for secret in PurgeFixture.secrets { #expect(!history.contains(secret)) }
        #expect(!history.contains("ana.silva@gmail.com"))
    }

    @Test func planFilesKeepSecretsInTheReplacementsFileOnly() throws {
        let fixture = try scanned()
        let output = fixture.repository.root.appendingPathComponent("plan")
        let result = try DredgeBinary.run(["purge", "plan", fixture.repository.path, "--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        func mode(_ name: String) throws -> Int {
            try #require(FileManager.default.attributesOfItem(atPath: output.appendingPathComponent(name).path)[.posixPermissions] as? Int)
        }
        #expect(try mode("") == 0o700)
        #expect(try mode("replacements.txt") == 0o600)
        let replacements = try String(contentsOf: output.appendingPathComponent("replacements.txt"), encoding: .utf8)
        let expected = "\(SyntheticSecrets.githubToken)==>***REMOVED***\n\(SyntheticSecrets.stripeLiveKey)==>***REMOVED***\n"
        #expect(replacements == expected)
        let runbook = try String(contentsOf: output.appendingPathComponent("PLAN.md"), encoding: .utf8)
        let script = try String(contentsOf: output.appendingPathComponent("purge.sh"), encoding: .utf8)
        for secret in PurgeFixture.secrets where secret != SyntheticSecrets.awsKeyID {  // an identifier: shown in full
            #expect(!runbook.contains(secret) && !script.contains(secret) && !result.stdout.contains(secret))
        }
        // The .env is removed at both paths it ever had; the PII export with it.
        for path in [".env", "config/production.env", "data/customers.json"] { #expect(script.contains("--path '\(path)'")) }
        #expect(script.contains("SOURCE='\(fixture.repository.root.standardizedFileURL.path)'"))
        #expect(runbook.contains("Rotate first") && runbook.contains("refs/pull/*") && runbook.contains("--delete-files"))
        #expect(runbook.contains("`refs/heads/main`, `refs/tags/v1.0`"))
        #expect(runbook.contains("4 of the 5 commits"))
    }

    @Test func falsePositivesAreLeftOutAndSaidSo() throws {
        let fixture = try scanned()
        let token = try findingID("github.personal-access-token", in: fixture)
        let triage = try DredgeBinary.run(["triage", String(token.prefix(12)), "--status", "false-positive",
                                           "--repository", fixture.repository.path, "--note", "test token"])
        try #require(triage.status == 0, "\(triage.stderr)")
        let output = fixture.repository.root.appendingPathComponent("plan")
        #expect(try DredgeBinary.run(["purge", "plan", fixture.repository.path, "--output", output.path]).status == 0)
        let replacements = try String(contentsOf: output.appendingPathComponent("replacements.txt"), encoding: .utf8)
        #expect(!replacements.contains(SyntheticSecrets.githubToken))
        let runbook = try String(contentsOf: output.appendingPathComponent("PLAN.md"), encoding: .utf8)
        #expect(runbook.contains("### Left out\n\n- `\(token.prefix(12))` GitHub personal access token (classic): `ghp_…Hqlg`: triaged false-positive"))
        // What is left out is not counted as left over.
        let rehearsal = try DredgeBinary.run(["purge", "rehearse", fixture.repository.path])
        #expect(rehearsal.status == 0, "\(rehearsal.stdout)")
    }

    @Test func findingOptionLimitsThePlan() throws {
        let fixture = try scanned()
        let customers = try findingID("pii.data-store", in: fixture)
        let output = fixture.repository.root.appendingPathComponent("plan")
        let result = try DredgeBinary.run(["purge", "plan", fixture.repository.path, "--output", output.path, "--finding", String(customers.prefix(12))])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("1 path to remove, 0 secrets to replace"))
        let script = try String(contentsOf: output.appendingPathComponent("purge.sh"), encoding: .utf8)
        #expect(script.contains("--path 'data/customers.json'") && !script.contains("--path '.env'") && !script.contains("--replace-text"))
    }

    @Test func rehearsalListsWhatIsLeftAndExitsOne() throws {
        let fixture = try scanned()
        // Committed after the scan: the inventory does not know it, so the plan cannot purge it.
        try fixture.repository.write("deploy.sh", "export GH_TOKEN=\(SyntheticSecrets.githubToken.dropLast(6))AAAAAA\n")
        try fixture.repository.write("late.py", "STRIPE = '\(SyntheticSecrets.stripeLiveKey.dropLast())X'\n")
        try fixture.repository.commit("late")
        let result = try DredgeBinary.run(["purge", "rehearse", fixture.repository.path])
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("found but not in the inventory"))
        #expect(result.stdout.contains("Left after the rewrite"))
        #expect(result.stdout.contains("late.py"))
        #expect(!result.stdout.contains(String(SyntheticSecrets.stripeLiveKey.dropLast()) + "X"))
    }

    @Test func missingFilterRepoExitsTwoWithTheInstallHint() throws {
        let fixture = try scanned()
        let bin = fixture.repository.root.appendingPathComponent("bin-without-filter-repo")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: bin.appendingPathComponent("git").path, withDestinationPath: "/usr/bin/git")
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = bin.path
        let result = try ProcessRunner.run(DredgeBinary.url.path, ["purge", "rehearse", fixture.repository.path], environment: environment)
        #expect(result.status == 2)
        #expect(result.stderr.contains("apt-get install git-filter-repo"))
        #expect(result.stderr.contains("pip install git-filter-repo"))
    }
}
