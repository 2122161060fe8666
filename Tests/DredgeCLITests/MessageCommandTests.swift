import Foundation
import TestSupport
import Testing

/// Secrets in commit and tag messages through the built binary: every report format, the inventory, the checklist,
/// `--range`, and the pre-push hook on a real `git push` to a local bare remote.
@Suite struct MessageCommandTests {
    static let message = "deploy: temporary token \(SyntheticSecrets.githubMessageToken) for the release job"

    @Test func everyFormatNamesTheCommitMessage() throws {
        let fixture = try GitFixture()
        try fixture.write("README.md", "hello\n")
        let leak = try fixture.commit(Self.message, author: "Bob Builder", email: "bob@dredge.test")
        let place = "commit message of \(leak.prefix(12))"

        let text = try DredgeBinary.run(["scan", fixture.path])
        #expect(text.status == 1)
        #expect(text.stdout.contains("\(place):1:25  \(leak.prefix(12))  2024-01-02 00:00Z  Bob Builder <bob@dredge.test>"), "\(text.stdout)")
        #expect(!text.stdout.contains(SyntheticSecrets.githubMessageToken))
        #expect(text.stderr.contains("and 1 message (0.0 MB) from 1 commit"))

        let json = try DredgeBinary.run(["scan", fixture.path, "--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let scan = try #require(document["scan"] as? [String: Any])
        #expect(scan["messages_scanned"] as? Int == 1)
        let finding = try #require((document["findings"] as? [[String: Any]])?.first)
        let occurrence = try #require((finding["occurrences"] as? [[String: Any]])?.first)
        #expect(occurrence["message"] as? [String: String] == ["kind": "commit", "object": leak])
        #expect(occurrence["commit"] as? String == leak && occurrence["path"] is NSNull && occurrence["author"] as? String == "Bob Builder")

        let jsonl = try DredgeBinary.run(["scan", fixture.path, "--format", "jsonl"])
        #expect(jsonl.stdout.contains(#""message":{"kind":"commit","object":"\#(leak)"}"#))

        let sarif = try DredgeBinary.run(["scan", fixture.path, "--format", "sarif"])
        #expect(sarif.stdout.contains(#""uri" : "commit/\#(leak)""#) && sarif.stdout.contains(#""uriBaseId" : "GIT_MESSAGE""#), "\(sarif.stdout)")
        #expect(sarif.stdout.contains(#""message" : "\#(place)""#))

        let csv = try DredgeBinary.run(["scan", fixture.path, "--format", "csv"])
        let rows = csv.stdout.components(separatedBy: "\r\n")
        #expect(rows.count == 3 && rows[0].hasSuffix(",unreachable,message") && rows[1].hasSuffix(",\(leak),false,\(place)"), "\(rows)")

        let markdown = try DredgeBinary.run(["scan", fixture.path, "--format", "markdown"])
        #expect(markdown.stdout.contains("| `\(leak.prefix(12))` | \(place) | 1 | 25 | `Bob Builder <bob@dredge.test>` |"), "\(markdown.stdout)")

        let inventory = try DredgeBinary.run(["inventory", fixture.path, "--format", "json"])
        #expect(inventory.stdout.contains(#""messages" : [\#n        "\#(place)"\#n      ]"#), "\(inventory.stdout)")
        #expect(inventory.stdout.contains(#""kind" : "commit""#))
        let table = try DredgeBinary.run(["inventory", fixture.path])
        #expect(table.stdout.contains(place))
        let checklist = try DredgeBinary.run(["checklist", fixture.path])
        #expect(checklist.stdout.contains("- \(place) line 1, commit \(leak.prefix(12)) (2024-01-02, Bob Builder)"), "\(checklist.stdout)")
    }

    @Test func rangeScanFindsTheMessagesOfItsCommits() throws {
        let (work, _) = try GitFixture.pushedToBareRemote()
        let leak = try work.commit(Self.message)
        let range = try DredgeBinary.run(["scan", "--range", "origin/main..HEAD", work.path])
        #expect(range.status == 1)
        #expect(range.stdout.contains("commit message of \(leak.prefix(12)):1:25"))
        let clean = try DredgeBinary.run(["scan", "--range", "HEAD~1..origin/main", work.path])
        #expect(clean.status == 0, "\(clean.stdout)")
    }

    @Test func thePrePushHookBlocksASecretInACommitOrTagMessage() throws {
        let (work, remote) = try GitFixture.pushedToBareRemote()
        let install = try DredgeBinary.run(["hook", "install"], in: work.root)
        try #require(install.status == 0, "\(install.stderr)")
        let leak = try work.commit(Self.message)
        let blocked = try work.gitResult(["push", "origin", "main"])
        #expect(blocked.status != 0)
        #expect(blocked.stderr.contains("github.personal-access-token"))
        #expect(blocked.stderr.contains("commit message of \(leak.prefix(12)), line 1"), "\(blocked.stderr)")
        #expect(!blocked.stderr.contains(SyntheticSecrets.githubMessageToken))
        #expect(try remote.gitResult(["rev-parse", "--verify", "-q", "refs/heads/main"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines) != leak)

        // Reworded, the commit goes through; then a tag whose message holds a token is blocked on its own.
        try work.git("commit", "-q", "--amend", "--allow-empty", "-m", "deploy: read the token from the CI secret store")
        let clean = try work.gitResult(["push", "origin", "main"])
        #expect(clean.status == 0, "\(clean.stderr)")
        try work.git("tag", "-a", "v1.0", "-m", "release\n\nCI token \(SyntheticSecrets.githubTagToken)")
        let tag = try work.gitResult(["push", "origin", "v1.0"])
        #expect(tag.status != 0)
        #expect(tag.stderr.contains("tag message of"), "\(tag.stderr)")
        #expect(try remote.gitResult(["rev-parse", "--verify", "-q", "refs/tags/v1.0"]).status != 0)
    }
}
