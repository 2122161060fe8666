import DredgeKit
import Foundation
import TestSupport
import Testing

/// A loose ref whose file does not hold an object id: libgit2 leaves it out of its listing without a word, so
/// dredge used to scan what the other refs reach and call the history complete. git warns "ignoring broken ref".
@Suite struct BrokenReferenceTests {
    private func repositoryWithABrokenRef() throws -> GitFixture {
        let fixture = try GitFixture()
        try fixture.write("app.env", "ACME_KEY=\(SyntheticSecrets.acme)\n")
        try fixture.commit("token")
        try FileManager.default.copyItem(at: FixturePaths.invalid.appendingPathComponent("ref-not-an-object-id"),
                                         to: fixture.root.appendingPathComponent(".git/refs/heads/x"))
        return fixture
    }

    @Test func aBrokenRefIsAnErrorAndTheHistoryIsNotComplete() throws {
        let report = try repositoryWithABrokenRef().scan()
        #expect(report.summary.errors.contains("ignoring broken ref refs/heads/x"), "\(report.summary.errors)")
        #expect(!report.summary.historyComplete)
        #expect(report.findings.contains { $0.rule.id == "acme.live-key" })  // what the good refs reach is still scanned
    }

    @Test func aScanWarnsAboutTheBrokenRefAsGitDoes() throws {
        let fixture = try repositoryWithABrokenRef()
        let packs = FixturePaths.fixtures.appendingPathComponent("packs").path
        let result = try DredgeBinary.run(["scan", fixture.path, "--patterns", packs, "--no-builtin-rules"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("dredge: warning: ignoring broken ref refs/heads/x"), "\(result.stderr)")
        #expect(result.stderr.contains("history incomplete"))
    }

    @Test func aHealthyRepositoryHasNoSuchWarning() throws {
        let fixture = try GitFixture()
        try fixture.write("README.md", "hello\n")
        try fixture.commit("first")
        try fixture.git("branch", "feature")
        try fixture.git("tag", "-a", "v1", "-m", "one")
        let report = try fixture.scan()
        #expect(report.summary.errors.isEmpty, "\(report.summary.errors)")
        #expect(report.summary.historyComplete)
    }
}
