import Foundation
import TestSupport
import Testing

/// `dredge scan` with `.dredge.yml`, `.dredgeignore`, `--baseline` and `--fail-on`, through the real binary.
@Suite struct SuppressionCommandTests {
    let packs = FixturePaths.fixtures.appendingPathComponent("packs").path

    private func findings(_ json: String) throws -> [[String: Any]] {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        return try #require(document["findings"] as? [[String: Any]])
    }

    private func suppressed(_ json: String) throws -> [String: Int] {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        return try #require((document["scan"] as? [String: Any])?["suppressed"] as? [String: Int])
    }

    @Test(arguments: [
        ("exclude_paths: [vendor/]\nfail_on: high\nignore: [x]\n", 3, "unknown setting `ignore`"),
        ("min_severity:\n  level: high\n", 2, "`min_severity` must be one of"),
        ("fail_on: severe\n", 1, "`fail_on` must be one of info | low | medium | high | critical, not `severe`"),
    ])
    func badConfigurationExitsTwoNamingFileAndLine(yaml: String, line: Int, message: String) throws {
        let fixture = try GitFixture()
        try fixture.write("a.py", "A = '\(SyntheticSecrets.acme)'\n")
        try fixture.commit("one")
        try fixture.write(".dredge.yml", yaml)
        let result = try DredgeBinary.run(["scan", fixture.path, "--patterns", packs])
        #expect(result.status == 2)
        #expect(result.stderr.contains("dredge: \(fixture.path)/.dredge.yml:\(line): \(message)"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func malformedIgnoreLineExitsTwoNamingFileAndLine() throws {
        let fixture = try GitFixture()
        try fixture.write("a.py", "A = '\(SyntheticSecrets.acme)'\n")
        try fixture.commit("one")
        try fixture.write(".dredgeignore", "# reviewed keys\nc2e32bba3d1dd857  # test key\nAKIAQ3EGRTWJKZ5XWXQM\n")
        let result = try DredgeBinary.run(["scan", fixture.path, "--patterns", packs])
        #expect(result.status == 2)
        #expect(result.stderr.contains("dredge: \(fixture.path)/.dredgeignore:3: expected a finding id"), "\(result.stderr)")
        #expect(!result.stderr.contains("AKIAQ3EGRTWJKZ5XWXQM"))
    }

    @Test func baselineReportsOnlyTheSecretAddedSince() throws {
        let fixture = try GitFixture()
        try fixture.write("a.py", "A = '\(SyntheticSecrets.acme)'\n")
        try fixture.commit("old")
        let baseline = fixture.root.appendingPathComponent("../\(fixture.root.lastPathComponent)-baseline.json").standardizedFileURL
        defer { try? FileManager.default.removeItem(at: baseline) }
        let first = try DredgeBinary.run(["scan", fixture.path, "--patterns", packs, "--format", "json", "--output", baseline.path])
        #expect(first.status == 1)

        let unchanged = try DredgeBinary.run(["scan", fixture.path, "--patterns", packs, "--baseline", baseline.path])
        #expect(unchanged.status == 0)
        // Not "No secrets found.": the report says what the baseline left out.
        #expect(unchanged.stdout.hasSuffix("\nNo secrets left to report: suppressed 1 finding in the baseline.\n"), "\(unchanged.stdout)")
        #expect(unchanged.stderr.contains("suppressed 1 finding in the baseline"))

        try fixture.write("a.py", "# moved down\nA = '\(SyntheticSecrets.acme)'\n")
        try fixture.write("b.py", "B = '\(SyntheticSecrets.acmeOther)'\n")
        try fixture.commit("new")
        let rescan = try DredgeBinary.run(["scan", fixture.path, "--patterns", packs, "--baseline", baseline.path, "--format", "json"])
        #expect(rescan.status == 1)
        let reported = try findings(rescan.stdout)
        #expect(reported.count == 1)
        #expect(reported.first?["secret"] as? String == "acme…g0Fd")
        #expect(try suppressed(rescan.stdout)["baseline"] == 1)
    }

    @Test func malformedBaselineExitsTwoNamingTheFile() throws {
        let fixture = try GitFixture()
        try fixture.commit("empty")
        try fixture.write("report.json", #"{"schema_version": 1, "findings": [{"rule": "acme.live-key"}]}"#)
        let result = try DredgeBinary.run(["scan", fixture.path, "--baseline", fixture.root.appendingPathComponent("report.json").path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(fixture.path)/report.json: not a dredge JSON report (findings[0]: missing `id`)"), "\(result.stderr)")
    }

    /// A medium-severity copy of the test pack's rule, in a directory of its own.
    private func mediumPack(in fixture: GitFixture) throws -> String {
        let text = try String(contentsOf: FixturePaths.fixtures.appendingPathComponent("packs/acme.yml"), encoding: .utf8)
            .replacingOccurrences(of: "severity: critical", with: "severity: medium")
        try fixture.write("rules/acme.yml", text)
        return fixture.root.appendingPathComponent("rules").path
    }

    @Test func failOnAboveTheFindingsExitsZeroButStillReportsThem() throws {
        let fixture = try GitFixture()
        try fixture.write("a.py", "A = '\(SyntheticSecrets.acme)'\n")
        try fixture.commit("one")
        let medium = try mediumPack(in: fixture)
        let arguments = ["scan", fixture.path, "--no-builtin-rules", "--patterns", medium]

        let high = try DredgeBinary.run(arguments + ["--fail-on", "high"])
        #expect(high.status == 0)
        #expect(high.stdout.contains("MEDIUM Acme live secret key"))
        #expect(try DredgeBinary.run(arguments + ["--fail-on", "medium"]).status == 1)

        try fixture.write(".dredge.yml", "fail_on: critical\n")
        #expect(try DredgeBinary.run(arguments).status == 0)
        #expect(try DredgeBinary.run(arguments + ["--fail-on", "low"]).status == 1)  // the option wins over the file
        #expect(try DredgeBinary.run(arguments + ["--fail-on", "severe"]).status == 2)
    }

    @Test func configFileElsewhereBringsItsPacksIgnoreListAndSummary() throws {
        let fixture = try GitFixture()
        try fixture.write("src/a.py", "A = '\(SyntheticSecrets.acme)'  # dredge:allow\nB = '\(SyntheticSecrets.acmeOther)'\n")
        try fixture.write("vendor/c.py", "C = '\(SyntheticSecrets.acmeOther)'\n")
        try fixture.commit("one")
        let first = try findings(try DredgeBinary.run(["scan", fixture.path, "--patterns", packs, "--format", "json"]).stdout)
        let id = try #require(first.first?["id"] as? String)

        let settings = FileManager.default.temporaryDirectory.appendingPathComponent("settings-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: settings) }
        try FileManager.default.createDirectory(at: settings.appendingPathComponent("packs"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: packs + "/acme.yml", toPath: settings.appendingPathComponent("packs/acme.yml").path)
        try "patterns: [packs]\nexclude_paths: [vendor/]\n".write(to: settings.appendingPathComponent("ci.yml"), atomically: true, encoding: .utf8)
        try "\(id.prefix(16)) # accepted: test key\n".write(to: settings.appendingPathComponent(".dredgeignore"), atomically: true, encoding: .utf8)

        let result = try DredgeBinary.run(["scan", fixture.path, "--config", settings.appendingPathComponent("ci.yml").path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try findings(result.stdout).isEmpty)
        let counts = try suppressed(result.stdout)
        #expect(counts["inline"] == 1)
        #expect(counts["ignored"] == 1)
        #expect(counts["excluded_paths"] == 0)  // the vendor copy's secret is the ignored one: it had src/a.py too
        #expect(result.stderr.contains("suppressed 1 finding in .dredgeignore, 1 match on dredge:allow lines"), "\(result.stderr)")
    }
}
