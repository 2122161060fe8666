@testable import DredgeKit
import Foundation
import Git
import TestSupport
import Testing

/// Commit messages, annotated tag messages and notes as scan items, on real repositories built with `git`.
@Suite struct MessageScanTests {
    static let message = "deploy: temporary token \(SyntheticSecrets.githubMessageToken) for the release job"

    private func scan(_ fixture: GitFixture, input: ScanInput = .history, maxBlobSize: Int = 64 << 20) throws -> ScanReport {
        var request = ScanRequest(repositoryPath: fixture.path)
        request.input = input
        request.jobs = 2
        request.maxBlobSize = maxBlobSize
        return try Scanner(request).run()
    }

    private func finding(_ secret: String, in report: ScanReport) throws -> Finding {
        try #require(report.findings.first { $0.secret.reveal() == secret }, "\(report.findings.map(\.rule.id))")
    }

    /// Loose objects are read through libgit2, packed ones by the pack reader: both find the message, once.
    @Test(arguments: [false, true])
    func commitMessageIsFoundOnceWithItsCommitAuthorAndDate(packed: Bool) throws {
        let fixture = try GitFixture()
        try fixture.write("README.md", "hello\n")
        try fixture.commit("readme")
        let leak = try fixture.commit(Self.message, author: "Bob Builder", email: "bob@dredge.test")
        try fixture.write("notes.md", "later\n")
        try fixture.commit("notes")
        if packed { try fixture.git("repack", "-adq") }

        let report = try scan(fixture)
        #expect(report.summary.messagesScanned == 3)
        let finding = try finding(SyntheticSecrets.githubMessageToken, in: report)
        #expect(finding.rule.id == "github.personal-access-token")
        #expect(finding.validation.verdict == .valid)
        let occurrence = try #require(finding.occurrences.first)
        #expect(finding.occurrences.count == 1)
        #expect(occurrence.message == MessageLocation(kind: .commit, object: try #require(ObjectID(hex: leak))))
        #expect(occurrence.commit?.hex == leak && occurrence.blob.hex == leak && occurrence.path == nil)
        #expect((occurrence.line, occurrence.column) == (1, 25))
        #expect(occurrence.author?.name == "Bob Builder")
        #expect(occurrence.author?.date == Date(timeIntervalSince1970: TimeInterval(GitFixture.firstDate + 2 * 86_400)))
        #expect(occurrence.reachable)
        #expect(occurrence.place == "commit message of \(leak.prefix(12))")
        #expect(finding.exposure.references == ["refs/heads/main"])
        #expect(finding.exposure.tips == ["refs/heads/main"])  // a message stays until the history is rewritten
        #expect(finding.exposure.introducedIn.map(\.id.hex) == [leak])
    }

    @Test func tagMessageIsFoundWithItsTaggerAndNotItsSignature() throws {
        let fixture = try GitFixture()
        let commit = try fixture.commit("release")
        try fixture.git(["tag", "-a", "v1.0", "-m", "release 1.0\n\nCI token \(SyntheticSecrets.githubTagToken)"], author: "Tia Tagger", email: "tia@dredge.test")
        // A tag whose signature block holds a token-shaped line: a signature is no message, so it is not matched.
        let signed = "object \(commit)\ntype commit\ntag v1.1\ntagger Tia Tagger <tia@dredge.test> 1704067200 +0000\n\nrelease 1.1\n"
            + "-----BEGIN PGP SIGNATURE-----\n\n\(SyntheticSecrets.githubToken)\n-----END PGP SIGNATURE-----\n"
        let signedID = try fixture.git(["mktag"], stdin: signed).trimmingCharacters(in: .whitespacesAndNewlines)
        try fixture.git("update-ref", "refs/tags/v1.1", signedID)

        let report = try scan(fixture)
        #expect(report.summary.messagesScanned == 3)  // the commit and both tags
        #expect(!report.findings.contains { $0.secret.reveal() == SyntheticSecrets.githubToken })
        let finding = try finding(SyntheticSecrets.githubTagToken, in: report)
        let tag = try fixture.git("rev-parse", "v1.0").trimmingCharacters(in: .whitespacesAndNewlines)
        let occurrence = try #require(finding.occurrences.first)
        #expect(occurrence.message == MessageLocation(kind: .tag, object: try #require(ObjectID(hex: tag))))
        #expect(occurrence.commit == nil && occurrence.path == nil && occurrence.blob.hex == tag)
        #expect((occurrence.line, occurrence.column) == (3, 10))
        #expect(occurrence.author?.name == "Tia Tagger")
        #expect(occurrence.reachable)
        #expect(finding.exposure.references == ["refs/tags/v1.0"])
    }

    @Test func rangeScansReadTheMessagesOfTheirCommitsAndTaggedTips() throws {
        let fixture = try GitFixture()
        let base = try fixture.commit("base \(SyntheticSecrets.githubToken)")  // before the range: not read
        let leak = try fixture.commit(Self.message)
        try fixture.git("tag", "-a", "v2", "-m", "token \(SyntheticSecrets.githubTagToken)")

        let range = try scan(fixture, input: .range(try #require(CommitRange(parsing: "\(base)..v2"))))
        #expect(range.summary.messagesScanned == 2)  // the commit in the range and the tag its tip names
        #expect(Set(range.findings.map { $0.secret.reveal() }) == [SyntheticSecrets.githubMessageToken, SyntheticSecrets.githubTagToken])
        let commit = try finding(SyntheticSecrets.githubMessageToken, in: range).occurrences
        #expect(commit.map(\.message?.kind) == [.commit] && commit.map(\.commit?.hex) == [leak])
        #expect(try finding(SyntheticSecrets.githubTagToken, in: range).occurrences.map(\.message?.kind) == [.tag])

        let branch = try scan(fixture, input: .range(try #require(CommitRange(parsing: "\(base)..main"))))
        #expect(branch.findings.map { $0.secret.reveal() } == [SyntheticSecrets.githubMessageToken])
    }

    @Test func aNoteIsPlacedOnTheObjectItAnnotates() throws {
        let fixture = try GitFixture()
        let commit = try fixture.commit("release")
        try fixture.git("notes", "add", "-m", "rollout used \(SyntheticSecrets.githubMessageToken)", commit)
        let finding = try finding(SyntheticSecrets.githubMessageToken, in: try scan(fixture))
        let occurrence = try #require(finding.occurrences.first)
        #expect(occurrence.message == MessageLocation(kind: .note, object: try #require(ObjectID(hex: commit))))
        #expect(occurrence.path == commit)  // the note's blob, at its path in the notes tree
        #expect(occurrence.place == "\(commit) (note on \(commit.prefix(12)))")
        #expect(finding.exposure.references == ["refs/notes/commits"])
    }

    /// Bad input: a message git recorded in Latin-1 is read as such (the secret found, the column in characters).
    @Test func latin1MessageIsConvertedBeforeMatching() throws {
        let fixture = try GitFixture()
        let file = fixture.root.appendingPathComponent("message.txt")
        try (Data("Schl\u{00FC}ssel f\u{00FC}r CI: ".unicodeScalars.map { UInt8($0.value) }) + Data(SyntheticSecrets.githubMessageToken.utf8) + Data("\n".utf8))
            .write(to: file)
        try fixture.git("-c", "i18n.commitEncoding=ISO-8859-1", "commit", "-q", "--allow-empty", "-F", file.path)
        let raw = try Repository(at: fixture.path).withObjectBytes(try #require(ObjectID(hex: try fixture.git("rev-parse", "HEAD")
            .trimmingCharacters(in: .whitespacesAndNewlines)))) { kind, bytes in ObjectMessage(kind: kind, content: bytes) }
        #expect(String(decoding: raw.text, as: UTF8.self) == "Schl\u{00FC}ssel f\u{00FC}r CI: \(SyntheticSecrets.githubMessageToken)\n")
        let occurrence = try #require(try finding(SyntheticSecrets.githubMessageToken, in: try scan(fixture)).occurrences.first)
        #expect((occurrence.line, occurrence.column) == (1, 19))
    }

    /// Bad input: a 1 MB message is read and matched like a blob, and skipped like one over `--max-blob-size`.
    @Test func aOneMegabyteMessageIsScannedOrSkippedAsOversized() throws {
        let fixture = try GitFixture()
        let filler = String(repeating: "Refactor the release pipeline so that every job reads its settings once.\n", count: 14_500)
        let file = fixture.root.appendingPathComponent("message.txt")
        try Data(("huge\n\n" + filler + "token \(SyntheticSecrets.githubMessageToken)\n").utf8).write(to: file)
        try fixture.git("commit", "-q", "--allow-empty", "-F", file.path)
        try fixture.git("repack", "-adq")

        let report = try scan(fixture)
        #expect(report.summary.messageBytes > 1_000_000)
        let occurrence = try #require(try finding(SyntheticSecrets.githubMessageToken, in: report).occurrences.first)
        #expect(occurrence.line == 14_503)
        let limited = try scan(fixture, maxBlobSize: 512 << 10)
        #expect(limited.findings.isEmpty && limited.summary.oversizedBlobs == 1 && limited.summary.errors.isEmpty)
    }

    @Test func aCommitNoRefReachesHasAnUnreachableMessage() throws {
        let fixture = try GitFixture()
        try fixture.commit("base")
        let dropped = try fixture.commit(Self.message)
        try fixture.git("reset", "-q", "--hard", "HEAD~1")
        try fixture.git("reflog", "expire", "--expire=now", "--all")
        let occurrence = try #require(try finding(SyntheticSecrets.githubMessageToken, in: try scan(fixture)).occurrences.first)
        #expect(occurrence.commit?.hex == dropped && occurrence.unreachable)
    }
}
