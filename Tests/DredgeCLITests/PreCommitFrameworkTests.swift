import Foundation
import TestSupport
import Testing

/// The hooks of `.pre-commit-hooks.yaml` run by the real pre-commit framework, from a clone of this repository at a
/// tag, as a user's `.pre-commit-config.yaml` names them. The old single hook was hard-wired to `--staged`, so
/// `pre-commit run --all-files` passed over a committed token.
@Suite(.serialized) struct PreCommitFrameworkTests {
    static let tag = "v0.0.0-test"

    /// A clone of this repository, its `.pre-commit-hooks.yaml` as it is in the work tree, tagged `tag`.
    private func hookSource() throws -> GitFixture {
        let source = try GitFixture()
        try FileManager.default.removeItem(at: source.root)
        let cloned = try ProcessRunner.run("/usr/bin/env", ["git", "clone", "-q", "--depth", "1", "--no-local",
                                                            "file://\(FixturePaths.packageRoot.path)", source.path])
        try #require(cloned.status == 0, "\(cloned.stderr)")
        try FileManager.default.removeItem(at: source.root.appendingPathComponent(".pre-commit-hooks.yaml"))
        try FileManager.default.copyItem(at: FixturePaths.packageRoot.appendingPathComponent(".pre-commit-hooks.yaml"),
                                         to: source.root.appendingPathComponent(".pre-commit-hooks.yaml"))
        try source.commit("the hooks as in the work tree")
        try source.git("tag", Self.tag)
        return source
    }

    /// A repository whose `.pre-commit-config.yaml` uses both hooks from `source` at the tag.
    private func project(using source: GitFixture) throws -> GitFixture {
        let project = try GitFixture()
        try project.write(".pre-commit-config.yaml", """
            repos:
              - repo: \(source.path)
                rev: \(Self.tag)
                hooks:
                  - id: dredge
                  - id: dredge-files

            """)
        try project.write("README.md", "hello\n")
        try project.commit("pre-commit")
        return project
    }

    private func preCommit(_ arguments: [String], in project: GitFixture, home: URL) throws -> ProcessRunner.Result {
        let binaries = DredgeBinary.url.deletingLastPathComponent().path
        let environment = ["PATH": "\(binaries):/usr/local/bin:/usr/bin:/bin", "HOME": home.path, "NO_COLOR": "1",
                           "PRE_COMMIT_HOME": home.appendingPathComponent("cache").path,
                           "GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1", "LANG": "C.UTF-8"]
        return try ProcessRunner.run("/usr/bin/env", ["pre-commit"] + arguments, environment: environment, currentDirectory: project.root)
    }

    @Test func bothHooksFindWhatTheyAreFor() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/pre-commit") else {
            Issue.record("pre-commit is not installed: run scripts/install-deps.sh")
            return
        }
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("pre-commit-home-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let source = try hookSource()
        let project = try project(using: source)

        // Clean: both pass.
        let clean = try preCommit(["run", "--all-files"], in: project, home: home)
        #expect(clean.status == 0, "\(clean.stdout)\(clean.stderr)")

        // A committed token: the staged hook has nothing staged, the files hook finds it in every tracked file.
        try project.write("deploy.sh", "export GITHUB_TOKEN=\(SyntheticSecrets.githubToken)\n")
        try project.commit("token")
        let all = try preCommit(["run", "--all-files"], in: project, home: home)
        #expect(all.status == 1, "\(all.stdout)\(all.stderr)")
        #expect(all.stdout.contains("deploy.sh:1"), "\(all.stdout)")
        #expect(all.stdout.contains("github."))
        #expect(!all.stdout.contains(SyntheticSecrets.githubToken))
        let staged = try preCommit(["run", "dredge", "--all-files"], in: project, home: home)
        #expect(staged.status == 0, "the staged hook reads the index, which holds nothing new: \(staged.stdout)")

        // A staged token: the staged hook blocks it.
        try project.write("later.sh", "export GITHUB_TOKEN=\(SyntheticSecrets.githubToken)\n")
        try project.git("add", "later.sh")
        let commit = try preCommit(["run", "dredge"], in: project, home: home)
        #expect(commit.status == 1, "\(commit.stdout)\(commit.stderr)")
        #expect(commit.stdout.contains("later.sh"), "\(commit.stdout)")
    }

    /// What the framework passes with `--all-files` on a large repository: thousands of paths to one `--no-git`, and
    /// options after them. Each is scanned (ArgumentParser alone took seconds over such a list: they skip it).
    @Test func thousandsOfFilesPassedAsArgumentsAreAllScanned() throws {
        let project = try GitFixture()
        let names = (1...3000).map { "src/file\($0).txt" }
        for name in names { try project.write(name, "nothing to see in \(name)\n") }
        try project.write("src/file2999.txt", "export GITHUB_TOKEN=\(SyntheticSecrets.githubToken)\n")
        let result = try DredgeBinary.run(["scan", "--no-git"] + names + ["--format", "json", "-q"], in: project.root)
        #expect(result.status == 1, "\(result.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((report["scan"] as? [String: Any])?["blobs_scanned"] as? Int == 3000)
        let paths = (report["findings"] as? [[String: Any]] ?? []).flatMap { ($0["occurrences"] as? [[String: Any]] ?? []).compactMap { $0["path"] as? String } }
        #expect(paths == ["src/file2999.txt"], "\(paths)")
    }
}
