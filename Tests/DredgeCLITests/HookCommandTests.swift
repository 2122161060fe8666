import Foundation
import TestSupport
import Testing

/// Real pushes to a local bare remote through the hook `dredge hook install` writes, which calls the built binary.
@Suite struct PrePushHookTests {
    private func install(_ work: GitFixture, _ arguments: [String] = []) throws -> ProcessRunner.Result {
        let result = try DredgeBinary.run(["hook", "install"] + arguments, in: work.root)
        #expect(result.status == 0, "\(result.stderr)")
        return result
    }

    private func remoteTip(_ remote: GitFixture, _ branch: String = "main") throws -> String? {
        let result = try remote.gitResult(["rev-parse", "--verify", "-q", "refs/heads/\(branch)"])
        return result.status == 0 ? result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) : nil
    }

    @Test func installingParsesTheBuiltInRulesForTheFirstPush() throws {
        let (work, _) = try GitFixture.pushedToBareRemote()
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("dredge-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: cache) }
        let result = try DredgeBinary.run(["hook", "install"], in: work.root, environment: ["XDG_CACHE_HOME": cache.path])
        #expect(result.status == 0, "\(result.stderr)")
        let cached = try FileManager.default.contentsOfDirectory(atPath: cache.appendingPathComponent("dredge").path)
        #expect(cached.count == 1 && cached[0].hasPrefix("builtin-rules-") && cached[0].hasSuffix(".bin"), "\(cached)")
    }

    @Test func aSecretInThePushedCommitsBlocksThePush() throws {
        let (work, remote) = try GitFixture.pushedToBareRemote()
        let before = try remoteTip(remote)
        _ = try install(work)
        try work.write("config.py", "TOKEN = '\(SyntheticSecrets.githubToken)'\n")
        let leak = try work.commit("add config")
        try work.write("notes.md", "later\n")
        try work.commit("notes")
        let push = try work.gitResult(["push", "origin", "main"])
        #expect(push.status != 0)
        #expect(try remoteTip(remote) == before)  // the remote did not receive the ref
        #expect(push.stderr.contains("github.personal-access-token"))
        #expect(push.stderr.contains("commit \(leak.prefix(12))  config.py:1"))
        #expect(push.stderr.contains("ghp_…"))
        #expect(!push.stderr.contains(SyntheticSecrets.githubToken))
        #expect(push.stderr.contains("git push --no-verify"))
        #expect(push.stderr.contains("dredge:allow"))
        #expect(push.stderr.contains("rotate"))
    }

    /// The hook reads the repository's suppressions: an inline allow and a `.dredgeignore` entry let the push through.
    @Test func suppressedSecretsDoNotBlock() throws {
        let (work, remote) = try GitFixture.pushedToBareRemote()
        _ = try install(work)
        try work.write("docs/example.py", "TOKEN = '\(SyntheticSecrets.githubToken)'  # dredge:allow documented example\n")
        try work.write("deploy/app.env", "STRIPE_KEY=\(SyntheticSecrets.stripeLiveKey)\n")
        try work.commit("examples")
        let blocked = try work.gitResult(["push", "origin", "main"])
        #expect(blocked.status != 0)
        #expect(!blocked.stderr.contains("github.personal-access-token"))  // allowed inline
        let ids = blocked.stderr.components(separatedBy: .whitespacesAndNewlines).filter { $0.count == 64 && $0.allSatisfy(\.isHexDigit) }
        try #require(!ids.isEmpty, "\(blocked.stderr)")
        try work.write(".dredgeignore", ids.map { "\($0)  # test key of the sandbox account, INC-9\n" }.joined())
        let head = try work.commit("ignore the sandbox key")
        let push = try work.gitResult(["push", "origin", "main"])
        #expect(push.status == 0, "\(push.stderr)")
        #expect(try remoteTip(remote) == head)
    }

    @Test func aCleanPushPasses() throws {
        let (work, remote) = try GitFixture.pushedToBareRemote()
        _ = try install(work)
        try work.write("src/app.py", "print('hello')\n")
        let head = try work.commit("app")
        let push = try work.gitResult(["push", "origin", "main"])
        #expect(push.status == 0, "\(push.stderr)")
        #expect(try remoteTip(remote) == head)
    }

    @Test func aSecretTheRemoteAlreadyHasDoesNotBlock() throws {
        let (work, remote) = try GitFixture.pushedToBareRemote()
        try work.write("old.env", "AWS_ACCESS_KEY_ID=\(SyntheticSecrets.awsKeyID)\n")
        try work.commit("old leak")
        try work.git("push", "-q", "origin", "main")  // before the hook: the remote has it already
        _ = try install(work)
        try work.write("src/app.py", "print('hello')\n")
        try work.write("old.env", "AWS_ACCESS_KEY_ID=\(SyntheticSecrets.awsKeyID)\nREGION=eu-west-1\n")  // edited, secret kept
        let head = try work.commit("app")
        let push = try work.gitResult(["push", "origin", "main"])
        #expect(push.status == 0, "\(push.stderr)")
        #expect(try remoteTip(remote) == head)
    }

    @Test func aNewBranchIsScannedForWhatNoRemoteRefHas() throws {
        let (work, remote) = try GitFixture.pushedToBareRemote()
        try work.write("old.env", "AWS_ACCESS_KEY_ID=\(SyntheticSecrets.awsKeyID)\n")
        try work.commit("old leak")
        try work.git("push", "-q", "origin", "main")
        _ = try install(work)
        // A clean branch off main passes, though main's history (on the remote) holds a secret.
        try work.git("checkout", "-q", "-b", "clean")
        try work.write("clean.txt", "fine\n")
        try work.commit("clean work")
        let clean = try work.gitResult(["push", "origin", "clean"])
        #expect(clean.status == 0, "\(clean.stderr)")
        #expect(try remoteTip(remote, "clean") != nil)
        // A new branch with a secret of its own is blocked.
        try work.git("checkout", "-q", "-b", "leaky", "main")
        try work.write("deploy.sh", "export GITHUB_TOKEN=\(SyntheticSecrets.githubToken)\n")
        try work.commit("deploy")
        let leaky = try work.gitResult(["push", "origin", "leaky"])
        #expect(leaky.status != 0)
        #expect(leaky.stderr.contains("github.personal-access-token"))
        #expect(!leaky.stderr.contains("aws.access-key-id"))
        #expect(try remoteTip(remote, "leaky") == nil)
    }

    /// A forced update over a remote tip this repository never fetched: the old tip cannot hide anything here, so
    /// the push is scanned for what the remote-tracking refs do not have, not refused as an unknown revision.
    @Test func aForcedUpdateOverATipNeverFetchedIsScanned() throws {
        let (work, remote) = try GitFixture.pushedToBareRemote()
        let other = try remote.clone([])
        try other.write("theirs.txt", "their work\n")
        let theirs = try other.commit("their work")
        try other.git("push", "-q", "origin", "main")
        #expect(!(try work.gitResult(["cat-file", "-e", theirs]).status == 0))  // never fetched here
        _ = try install(work)
        try work.write("deploy.sh", "export GITHUB_TOKEN=\(SyntheticSecrets.githubToken)\n")
        try work.commit("deploy")
        let push = try work.gitResult(["push", "--force", "origin", "main"])
        #expect(push.status != 0)
        #expect(push.stderr.contains("github.personal-access-token"), "\(push.stderr)")
        #expect(try remoteTip(remote) == theirs)
    }

    /// An update of a branch that merged what the remote has is scanned for the branch's own commits and the merge's
    /// own changes, not for the commits the merge brought from the remote's main.
    @Test func anUpdateThatMergesTheRemotesMainIsScannedForItsOwnChanges() throws {
        let (work, remote) = try GitFixture.pushedToBareRemote()
        try work.git("checkout", "-q", "-b", "topic")
        try work.write("topic.txt", "topic\n")
        try work.commit("topic")
        try work.git("push", "-q", "origin", "topic")
        try work.git("checkout", "-q", "main")
        try work.write("old.env", "AWS_ACCESS_KEY_ID=\(SyntheticSecrets.awsKeyID)\n")
        try work.commit("a leak the remote has")
        try work.git("push", "-q", "origin", "main")
        _ = try install(work)
        try work.git("checkout", "-q", "topic")
        try work.git("merge", "-q", "--no-ff", "-m", "merge main", "main")
        let merge = try work.git("rev-parse", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)
        let merged = try work.gitResult(["push", "origin", "topic"])
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(try remoteTip(remote, "topic") == merge)
        // A merge that adds a secret of its own (while resolving) is blocked, and named.
        try work.git("checkout", "-q", "-b", "side", "main")
        try work.write("side.txt", "side\n")
        try work.commit("side")
        try work.git("checkout", "-q", "topic")
        try work.git("merge", "-q", "--no-ff", "--no-commit", "side")
        try work.write("deploy.sh", "export GITHUB_TOKEN=\(SyntheticSecrets.githubToken)\n")
        let evil = try work.commit("merge side")
        let blocked = try work.gitResult(["push", "origin", "topic"])
        #expect(blocked.status != 0)
        #expect(blocked.stderr.contains("commit \(evil.prefix(12))  deploy.sh:1"), "\(blocked.stderr)")
        #expect(!blocked.stderr.contains("aws.access-key-id"))
        #expect(try remoteTip(remote, "topic") == merge)
    }

    /// With thousands of remote-tracking refs (a forge's pull-request refs fetched), a new branch on top of one of
    /// them is scanned for its own commits: the secret the pull request brought is on the remote already.
    @Test func aNewBranchOnAPullRequestRefAmongThousandsIsScannedForItsOwnCommits() throws {
        let (work, remote) = try GitFixture.pushedToBareRemote()
        let first = try work.git("rev-parse", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)
        try work.git("checkout", "-q", "-b", "contribution")
        try work.write("old.env", "AWS_ACCESS_KEY_ID=\(SyntheticSecrets.awsKeyID)\n")
        try work.commit("a pull request's leak")
        try work.git("push", "-q", "origin", "contribution:refs/pull/7/head")
        try work.git("checkout", "-q", "main")
        try work.git("branch", "-q", "-D", "contribution")
        try work.git("fetch", "-q", "origin", "+refs/pull/*:refs/remotes/origin/pull/*")
        let others = (0..<3000).map { "create refs/remotes/origin/pull/\($0 + 100)/head \(first)\n" }.joined()
        try work.git(["update-ref", "--stdin"], stdin: others)
        _ = try install(work)
        try work.git("checkout", "-q", "-b", "follow-up", "origin/pull/7/head")
        try work.write("notes.md", "follow-up\n")
        try work.commit("follow-up")
        let clean = try work.gitResult(["push", "origin", "follow-up"])
        #expect(clean.status == 0, "\(clean.stderr)")
        try work.write("deploy.sh", "export GITHUB_TOKEN=\(SyntheticSecrets.githubToken)\n")
        try work.commit("deploy")
        try work.git("checkout", "-q", "-b", "leaky")
        let leaky = try work.gitResult(["push", "origin", "leaky"])
        #expect(leaky.status != 0)
        #expect(leaky.stderr.contains("github.personal-access-token"))
        #expect(!leaky.stderr.contains("aws.access-key-id"))
        #expect(try remoteTip(remote, "leaky") == nil)
    }

    @Test func aDeletionPasses() throws {
        let (work, remote) = try GitFixture.pushedToBareRemote()
        try work.git("checkout", "-q", "-b", "leaky")
        try work.write("deploy.sh", "export GITHUB_TOKEN=\(SyntheticSecrets.githubToken)\n")
        try work.commit("deploy")
        try work.git("push", "-q", "origin", "leaky")
        try work.git("checkout", "-q", "main")
        _ = try install(work)
        let deletion = try work.gitResult(["push", "origin", "--delete", "leaky"])
        #expect(deletion.status == 0, "\(deletion.stderr)")
        #expect(try remoteTip(remote, "leaky") == nil)
    }

    @Test func aChainedHookRunsWithTheSameInputAndItsFailureBlocks() throws {
        let (work, remote) = try GitFixture.pushedToBareRemote()
        let marker = work.root.appendingPathComponent("chained-ran")
        let hook = work.root.appendingPathComponent(".git/hooks/pre-push")
        try work.write(".git/hooks/pre-push", "#!/bin/sh\necho \"$@\" > '\(marker.path)'\ncat >> '\(marker.path)'\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hook.path)
        _ = try install(work)
        try work.write("a.txt", "a\n")
        let head = try work.commit("a")
        let push = try work.gitResult(["push", "origin", "main"])
        #expect(push.status == 0, "\(push.stderr)")
        let ran = try String(contentsOf: marker, encoding: .utf8)
        #expect(ran.hasPrefix("origin \(remote.path)\n"))
        #expect(ran.contains("refs/heads/main \(head) refs/heads/main "))
        // The chained hook's failure counts: the push stops, though dredge finds nothing.
        try work.write(".git/hooks/pre-push.dredge-chained", "#!/bin/sh\necho refused by the old hook >&2\nexit 3\n")
        try work.write("b.txt", "b\n")
        try work.commit("b")
        let refused = try work.gitResult(["push", "origin", "main"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("refused by the old hook"))
        #expect(try remoteTip(remote) == head)
    }
}

@Suite struct HookInstallTests {
    private let original = "#!/bin/sh\necho the team's own hook\n"

    @Test func installTwiceChangesNothingAndUninstallRestoresTheOriginal() throws {
        let work = try GitFixture()
        let hooks = work.root.appendingPathComponent(".git/hooks")
        try work.write(".git/hooks/pre-push", original)
        _ = try DredgeBinary.run(["hook", "install"], in: work.root)
        let installed = try String(contentsOf: hooks.appendingPathComponent("pre-push"), encoding: .utf8)
        let listing = try FileManager.default.contentsOfDirectory(atPath: hooks.path).sorted()
        let again = try DredgeBinary.run(["hook", "install"], in: work.root)
        #expect(again.status == 0)
        #expect(again.stdout.contains("already dredge's hook"))
        #expect(try String(contentsOf: hooks.appendingPathComponent("pre-push"), encoding: .utf8) == installed)
        #expect(try FileManager.default.contentsOfDirectory(atPath: hooks.path).sorted() == listing)
        #expect(try String(contentsOf: hooks.appendingPathComponent("pre-push.dredge-chained"), encoding: .utf8) == original)
        #expect(installed.contains(DredgeBinary.url.lastPathComponent))

        let removed = try DredgeBinary.run(["hook", "uninstall"], in: work.root)
        #expect(removed.status == 0)
        #expect(try String(contentsOf: hooks.appendingPathComponent("pre-push"), encoding: .utf8) == original)
        #expect(!FileManager.default.fileExists(atPath: hooks.appendingPathComponent("pre-push.dredge-chained").path))
    }

    @Test func coreHooksPathIsHonoured() throws {
        let work = try GitFixture()
        try work.git("config", "core.hooksPath", "githooks")
        let result = try DredgeBinary.run(["hook", "install", "--pre-push", "--pre-commit"], in: work.root)
        #expect(result.status == 0, "\(result.stderr)")
        for hook in ["pre-push", "pre-commit"] {
            #expect(FileManager.default.isExecutableFile(atPath: work.root.appendingPathComponent("githooks/\(hook)").path))
            #expect(!FileManager.default.fileExists(atPath: work.root.appendingPathComponent(".git/hooks/\(hook)").path))
        }
    }

    @Test func thePreCommitHookBlocksAStagedSecret() throws {
        let work = try GitFixture()
        try work.write("README.md", "hello\n")
        let head = try work.commit("first")
        let installed = try DredgeBinary.run(["hook", "install", "--pre-commit"], in: work.root)
        #expect(installed.status == 0, "\(installed.stderr)")
        try work.write("settings.py", "GITHUB_TOKEN = '\(SyntheticSecrets.githubToken)'\n")
        try work.git("add", "settings.py")
        let commit = try work.gitResult(["commit", "-m", "settings"])
        #expect(commit.status != 0)
        #expect(commit.stderr.contains("settings.py:1"))
        #expect(commit.stderr.contains("git commit --no-verify"))
        #expect(try work.git("rev-parse", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines) == head)
    }
}
