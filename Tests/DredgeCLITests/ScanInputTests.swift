import Foundation
import TestSupport
import Testing

/// `scan --range`, `--staged` and `--no-git`: the narrower inputs, with the built-in rules, as a user runs them.
@Suite struct ScanInputTests {
    private func findings(_ result: ProcessRunner.Result) throws -> [[String: Any]] {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return try #require(document["findings"] as? [[String: Any]])
    }

    private func rules(_ findings: [[String: Any]]) -> Set<String> { Set(findings.compactMap { $0["rule"] as? String }) }

    @Test func rangeFindsExactlyTheSecretsItsCommitsIntroduce() throws {
        let fixture = try GitFixture()
        try fixture.write("old.py", "KEY = '\(SyntheticSecrets.awsKeyID)'\n")
        let start = try fixture.commit("old secret")
        try fixture.write("new.py", "TOKEN = '\(SyntheticSecrets.githubToken)'\n")
        let leak = try fixture.commit("new secret")
        try fixture.write("README.md", "docs\n")
        try fixture.write("old.py", "KEY = '\(SyntheticSecrets.awsKeyID)'\nDEBUG = True\n")  // an edit keeps the older secret
        try fixture.commit("docs")
        let result = try DredgeBinary.run(["scan", fixture.path, "--range", "\(start)..HEAD", "--format", "json", "-q"])
        #expect(result.status == 1)
        let found = try findings(result)
        #expect(rules(found) == ["github.personal-access-token"])
        let occurrence = try #require((found.first?["occurrences"] as? [[String: Any]])?.first)
        #expect(occurrence["commit"] as? String == leak)
        #expect(occurrence["path"] as? String == "new.py")
        #expect(occurrence["line"] as? Int == 1)
        #expect(occurrence["author"] as? String == "Alice Example")
        // After the leak, the range holds only the docs commit.
        let after = try DredgeBinary.run(["scan", fixture.path, "--range", "\(leak)..HEAD", "--format", "json", "-q"])
        #expect(after.status == 0)
        let bad = try DredgeBinary.run(["scan", fixture.path, "--range", "nope..HEAD"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("unknown revision `nope`"))
    }

    @Test func stagedFindsASecretInAFileNotYetCommitted() throws {
        let fixture = try GitFixture()  // no commits yet
        try fixture.write("app.py", "TOKEN = '\(SyntheticSecrets.githubToken)'\n")
        try fixture.write("unstaged.py", "KEY = '\(SyntheticSecrets.awsKeyID)'\n")
        try fixture.git("add", "app.py")
        let result = try DredgeBinary.run(["scan", fixture.path, "--staged"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("app.py:1:10"))
        #expect(result.stdout.contains("staged in the index, not committed yet"))
        #expect(!result.stdout.contains("aws.access-key-id"))
        try fixture.commit("app")
        let clean = try DredgeBinary.run(["scan", fixture.path, "--staged"])
        #expect(clean.status == 0)  // committed now: nothing staged differs from HEAD
    }

    @Test func noGitScansFilesOnDiskAndRespectsGitignore() throws {
        let fixture = try GitFixture()
        try fixture.write(".gitignore", "build/\n*.log\n")
        try fixture.write("src/app.py", "TOKEN = '\(SyntheticSecrets.githubToken)'\n")
        try fixture.write("build/out.py", "KEY = '\(SyntheticSecrets.awsKeyID)'\n")
        try fixture.write("debug.log", "KEY = '\(SyntheticSecrets.awsKeyID)'\n")
        let outside = try GitFixture()
        try outside.write("secret.txt", "KEY = '\(SyntheticSecrets.awsKeyID)'\n")
        try FileManager.default.createSymbolicLink(atPath: fixture.root.appendingPathComponent("link.txt").path,
                                                   withDestinationPath: outside.root.appendingPathComponent("secret.txt").path)
        let result = try DredgeBinary.run(["scan", "--no-git", fixture.path, "--format", "json", "-q"])
        #expect(result.status == 1)
        let found = try findings(result)
        #expect(rules(found) == ["github.personal-access-token"])
        let occurrence = try #require((found.first?["occurrences"] as? [[String: Any]])?.first)
        #expect(occurrence["path"] as? String == "\(fixture.path)/src/app.py")
        #expect(occurrence["commit"] is NSNull)
        let all = try DredgeBinary.run(["scan", "--no-git", "src", "--all-files", "--format", "json", "-q"], in: fixture.root)
        #expect(rules(try findings(all)) == ["github.personal-access-token"])
        let everything = try DredgeBinary.run(["scan", "--no-git", ".", "--all-files", "--format", "json", "-q"], in: fixture.root)
        let paths = Set(try findings(everything).flatMap { ($0["occurrences"] as? [[String: Any]] ?? []).compactMap { $0["path"] as? String } })
        #expect(paths == ["src/app.py", "build/out.py", "debug.log"])  // never the symlink's target
    }
}
