import Foundation
import TestSupport
import Testing

@Suite struct ScanCommandTests {
    let packs = FixturePaths.fixtures.appendingPathComponent("packs").path

    @Test func findingsExitOneWithARedactedTextReport() throws {
        let fixture = try GitFixture()
        try fixture.write(".env", "ACME_KEY=\(SyntheticSecrets.acme)\n")
        let commit = try fixture.commit("leak", author: "Carol Coder", email: "carol@dredge.test")
        let result = try DredgeBinary.run(["scan", fixture.path, "--patterns", packs])
        #expect(result.status == 1)
        #expect(result.stdout.contains("acme.live-key"))
        #expect(result.stdout.contains(".env:1:10"))
        #expect(result.stdout.contains(String(commit.prefix(12))))
        #expect(result.stdout.contains("Carol Coder <carol@dredge.test>"))
        #expect(!result.stdout.contains(SyntheticSecrets.acme))
        #expect(!result.stderr.contains(SyntheticSecrets.acme))
        #expect(result.stderr.contains("1 finding(s)"))
    }

    @Test func cleanRepositoryExitsZero() throws {
        let fixture = try GitFixture()
        try fixture.write("README.md", "nothing to see\n")
        try fixture.commit("clean")
        let result = try DredgeBinary.run(["scan", fixture.path, "--patterns", packs])
        #expect(result.status == 0)
        #expect(result.stdout == "No secrets found.\n")
    }

    @Test func nonRepositoryExitsTwoNamingThePath() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("plain-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try DredgeBinary.run(["scan", directory.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(directory.path) is not a git repository"))
    }

    @Test func unknownFlagExitsTwo() throws {
        let result = try DredgeBinary.run(["scan", "--no-such-flag"])
        #expect(result.status == 2)
    }
}
