import Foundation
import TestSupport
import Testing

/// `dredge purge` on a repository shaped like the audits' (`AuditFixture`), with the real git filter-repo.
@Suite struct AuditPurgeTests {
    private func scanned() throws -> AuditFixture {
        let fixture = try AuditFixture()
        let scan = try DredgeBinary.run(["scan", "--quiet", "--format", "json", fixture.repository.path])
        try #require(scan.status == 1, "scan: \(scan.stderr)")
        for expected in ["github.personal-access-token", "weak.command-line-password"] {
            #expect(scan.stdout.contains("\"rule\" : \"\(expected)\""), "\(expected) not found")
        }
        #expect(scan.stdout.contains(#""kind" : "commit""#))
        return fixture
    }

    private func git(_ directory: String, _ arguments: String...) throws -> String {
        try ProcessRunner.run("/usr/bin/env", ["git", "-C", directory] + arguments).stdout
    }

    @Test func rehearsalLeavesNothingInFilesKeysOrMessages() throws {
        let fixture = try scanned()
        let result = try DredgeBinary.run(["purge", "rehearse", fixture.repository.path, "--keep"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("Nothing is left"))
        let kept = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("Kept in ") })
        let directory = String(kept.dropFirst("Kept in ".count).prefix { $0 != " " })
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let mirror = "\(directory)/mirror.git"

        let history = try git(mirror, "log", "--all", "-p", "--format=%H%n%B")
        for secret in AuditFixture.secrets { #expect(!history.contains(secret), "\(secret) is left") }
        let keyBody = fixture.privateKey.split(separator: "\n")[1]
        #expect(!history.contains(keyBody))
        #expect(history.contains("deploy: temporary token ***REMOVED*** for the release job"))
        let paths = try git(mirror, "log", "--all", "--format=", "--name-only").split(separator: "\n")
        for removed in [".env", ".env.prod", "deploy/keys/deploy_key"] { #expect(!paths.contains(Substring(removed)), "\(removed)") }
        #expect(try git(mirror, "show", "main:docker-compose.yml") == AuditFixture.compose
            .replacingOccurrences(of: "POSTGRES_PASSWORD: changeme", with: "POSTGRES_PASSWORD: ***REMOVED***")
            .replacingOccurrences(of: "--requirepass redispass", with: "--requirepass ***REMOVED***"))
        #expect(try git(mirror, "show", "main:app/settings.py")
            == AuditFixture.settings.replacingOccurrences(of: "dev-secret-change-me", with: "***REMOVED***"))
        #expect(try git(mirror, "show", "feature:scripts/release.sh").contains("GH_TOKEN=***REMOVED***"))
    }

    @Test func planRewritesMessagesRemovesTheKeyFileAndRewritesTheUnpushedBranchLocally() throws {
        let fixture = try scanned()
        let work = fixture.repository.path
        let output = fixture.repository.root.appendingPathComponent("../plan-\(UUID().uuidString)").standardizedFileURL
        defer { try? FileManager.default.removeItem(at: output) }
        let plan = try DredgeBinary.run(["purge", "plan", work, "--output", output.path])
        #expect(plan.status == 0, "\(plan.stderr)")
        let script = try String(contentsOf: output.appendingPathComponent("purge.sh"), encoding: .utf8)
        let runbook = try String(contentsOf: output.appendingPathComponent("PLAN.md"), encoding: .utf8)
        let mode = try FileManager.default.attributesOfItem(atPath: output.appendingPathComponent("replacements.txt").path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(script.contains("--replace-message \"$HERE/replacements.txt\""))
        #expect(script.contains("--path 'deploy/keys/deploy_key'") && script.contains("--path '.env.prod'"))
        #expect(script.contains("SOURCE='\(fixture.remote.path)'"))
        #expect(script.contains("refs=('refs/heads/feature')"))
        #expect(runbook.contains("LOCAL=yes bash purge.sh") && runbook.contains("commit message of"))
        for secret in AuditFixture.secrets where secret != SyntheticSecrets.awsKeyID {  // an identifier: shown in full
            #expect(!script.contains(secret) && !runbook.contains(secret))
        }

        // The local step rewrites only the unpushed branch's own commits, here, and pushes nothing.
        let main = try git(work, "rev-parse", "main", "origin/main")
        let remoteBefore = try git(fixture.remote.path, "for-each-ref")
        let local = try ProcessRunner.run("/usr/bin/env", ["bash", "purge.sh"], environment: ProcessInfo.processInfo.environment.merging(["LOCAL": "yes"]) { $1 },
                                          currentDirectory: output)
        #expect(local.status == 0, "\(local.stdout)\(local.stderr)")
        #expect(try git(work, "rev-parse", "main", "origin/main") == main)
        #expect(try git(fixture.remote.path, "for-each-ref") == remoteBefore)
        #expect(try git(work, "log", "-p", "origin/main..feature").contains("GH_TOKEN=***REMOVED***"))
        #expect(!(try git(work, "log", "-p", "origin/main..feature")).contains(SyntheticSecrets.githubTagToken))
        #expect(try git(work, "merge-base", "feature", "main") == (try git(work, "rev-parse", "main")))
        let range = try DredgeBinary.run(["scan", "--range", "origin/main..feature", work])
        #expect(range.status == 0, "\(range.stdout)")
    }
}
