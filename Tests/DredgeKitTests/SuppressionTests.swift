@testable import DredgeKit
import Foundation
import TestSupport
import Testing

/// Each suppression mechanism drops what it names and nothing more: a second secret is always still reported.
@Suite struct SuppressionTests {
    let kept = SyntheticSecrets.acme
    let dropped = SyntheticSecrets.acmeOther

    private func secrets(_ report: ScanReport) -> Set<String> { Set(report.findings.map { $0.secret.reveal() }) }

    @Test func excludedPathsDropTheirOccurrencesAndFindingsLeftWithNone() throws {
        let fixture = try GitFixture()
        try fixture.write(".dredge.yml", "exclude_paths:\n  - vendor/\n  - '*.snap'\n")
        try fixture.write("src/app.py", "KEY = '\(kept)'\n")
        try fixture.write("vendor/lib/copy.py", "KEY = '\(kept)'\n")
        try fixture.write("vendor/other.py", "KEY = '\(dropped)'\n")
        try fixture.write("ui/__snapshots__/view.snap", "token: \(dropped)\n")
        try fixture.commit("code")

        let report = try fixture.scanConfigured()
        #expect(secrets(report) == [kept])
        #expect(report.findings.first?.occurrences.compactMap(\.path) == ["src/app.py"])
        #expect(report.summary.suppressed.excludedPaths == 1)
        #expect(report.summary.occurrences == 1)
    }

    @Test func ignoredFindingStaysIgnoredWhenTheSecretMovesToAnotherLineAndFile() throws {
        let fixture = try GitFixture()
        try fixture.write("config.py", "KEY = '\(dropped)'\nOTHER = '\(kept)'\n")
        try fixture.commit("config")
        let id = try #require(try fixture.scanConfigured().findings.first { $0.secret.reveal() == dropped }?.id)
        try fixture.write(".dredgeignore", "# rotated on 2024-03-01, see OPS-12\n\n\(id.short)  # test key\n")
        try fixture.git("rm", "-q", "config.py")
        try fixture.write("settings/deploy.py", "# moved\n\n\nDEPLOY_KEY = '\(dropped)'\n")
        try fixture.write("settings/other.py", "OTHER = '\(kept)'\n")
        try fixture.commit("move")

        let report = try fixture.scanConfigured()
        #expect(secrets(report) == [kept])
        #expect(report.summary.suppressed.ignored == 1)
    }

    @Test func fullIDsAndPrefixesAreAcceptedAndAnotherIDSuppressesNothing() throws {
        let fixture = try GitFixture()
        try fixture.write("a.py", "A = '\(dropped)'\nB = '\(kept)'\n")
        try fixture.commit("two")
        let id = FindingID(ruleID: "acme.live-key", secret: Secret(dropped))
        for entry in [id.hex, id.hex.uppercased(), String(id.hex.prefix(20))] {
            try fixture.write(".dredgeignore", entry + "\n")
            #expect(secrets(try fixture.scanConfigured()) == [kept])
        }
        try fixture.write(".dredgeignore", String(repeating: "0", count: 64) + "\n")
        #expect(secrets(try fixture.scanConfigured()) == [kept, dropped])
    }

    @Test(arguments: ["# dredge:allow", "// dredge:allow", "<!-- dredge:allow -->", "# dredge:allow acme.live-key"])
    func inlineAllowDropsOnlyTheMatchOnItsLine(comment: String) throws {
        let fixture = try GitFixture()
        try fixture.write("notes.md", "example: \(dropped) \(comment)\nreal: \(kept)\n")
        try fixture.commit("notes")
        let report = try fixture.scan()
        #expect(secrets(report) == [kept])
        #expect(report.summary.suppressed.inline == 1)
    }

    @Test func inlineAllowNamingAnotherRuleAllowsNothing() throws {
        let fixture = try GitFixture()
        try fixture.write("notes.md", "example: \(dropped) # dredge:allow aws.access-key-id\n")
        try fixture.commit("notes")
        #expect(secrets(try fixture.scan()) == [dropped])
    }

    @Test func inlineAllowOnADotEnvLineDropsThatEntryOnly() throws {
        let fixture = try GitFixture()
        try fixture.write(".env", "DB_PASSWORD=Zq8Wn3Rt6Yp1Ks4Lm # dredge:allow\nAPI_TOKEN=Lm7Xc2Vb5Nj9Hg0Fq\n")
        try fixture.commit("env")
        let report = try fixture.scanWithBuiltinRules()
        let reported = secrets(report)
        #expect(reported.contains("Lm7Xc2Vb5Nj9Hg0Fq"))
        #expect(!reported.contains("Zq8Wn3Rt6Yp1Ks4Lm"))
        #expect(reported.contains(".env"))  // the committed file itself is not a match on that line
    }

    /// An allowed line is one text: every blob that holds it drops it, and a version of the line without the marker
    /// is reported, whether lines are deduplicated or not and on one thread or two.
    @Test(arguments: [(1, true), (2, true), (1, false)])
    func inlineAllowIsAPropertyOfTheLineInEveryBlob(jobs: Int, lineDeduplication: Bool) throws {
        let fixture = try GitFixture()
        try fixture.write("a.py", "X = 1\nKEY = '\(dropped)'  # dredge:allow\n")
        try fixture.commit("one")
        try fixture.write("a.py", "X = 2\nKEY = '\(dropped)'  # dredge:allow\n")
        try fixture.write("b.py", "KEY = '\(dropped)'  # dredge:allow\nKEY = '\(kept)'\n")
        try fixture.commit("two")
        try fixture.write("c.py", "KEY = '\(dropped)'\n")
        try fixture.commit("three")

        let report = try fixture.scan(jobs: jobs, lineDeduplication: lineDeduplication)
        #expect(secrets(report) == [kept, dropped])
        #expect(report.findings.first { $0.secret.reveal() == dropped }?.occurrences.compactMap(\.path) == ["c.py"])
        #expect(report.summary.suppressed.inline == 3)
    }

    @Test func disabledRulesAreNotRunAndAnUnknownIDNamesItsLine() throws {
        let fixture = try GitFixture()
        try fixture.write("keys.py", "AWS = '\(SyntheticSecrets.awsKeyID)'\nGH = '\(SyntheticSecrets.githubToken)'\n")
        try fixture.commit("keys")
        try fixture.write(".dredge.yml", "disable_rules: [aws.access-key-id]\n")
        var request = ScanRequest(repositoryPath: fixture.path)
        request.configuration = try ScanConfiguration.load(repositoryPath: fixture.path)
        let report = try Scanner(request).run()
        #expect(report.findings.map(\.rule.id) == ["github.personal-access-token"])
        #expect(report.summary.suppressed.disabledRules == 1)

        try fixture.write(".dredge.yml", "# keys\ndisable_rules:\n  - github.personal-access-token\n  - aws.acess-key-id\n")
        request.configuration = try ScanConfiguration.load(repositoryPath: fixture.path)
        let error = #expect(throws: DredgeError.self) { try Scanner(request).run() }
        #expect("\(error!)" == "\(fixture.path)/.dredge.yml:4: `disable_rules`: no rule has the id `aws.acess-key-id`")
    }

    @Test func thresholdsDropWhatIsBelowThem() throws {
        let fixture = try GitFixture()
        try fixture.write("a.py", "A = '\(kept)'\n")
        try fixture.commit("one")
        var configuration = ScanConfiguration()
        configuration.minSeverity = .critical  // the acme rule is critical
        #expect(secrets(try fixture.scan(configuration: configuration)) == [kept])
        configuration.minConfidence = .high  // and of medium confidence
        let report = try fixture.scan(configuration: configuration)
        #expect(report.findings.isEmpty)
        #expect(report.summary.suppressed.belowThreshold == 1)
    }

    /// A key its provider made to be public (a Stripe publishable key, in every checkout page) is `info`: left out by
    /// default, listed with `min_severity: info`, and even then it does not fail the scan.
    @Test func valuesMadeToBePublicAreListedOnlyWhenAskedFor() throws {
        let fixture = try GitFixture()
        let publishable = "pk_live_51i9Vu50rApfjOSxl1Ca7Uc6Coj4wkgmwrmeTdUKQCwllPZDuPONEm2g0sTWg4LUcrmvEGyqVrZNsZRdgS763TPpG8a2Fcb4Hkc"
        try fixture.write("web/checkout.js", "const stripe = Stripe('\(publishable)');\n")
        try fixture.commit("checkout")
        var request = ScanRequest(repositoryPath: fixture.path)
        let hidden = try Scanner(request).run()
        #expect(hidden.findings.isEmpty)
        #expect(hidden.summary.suppressed.belowThreshold == 1)
        request.configuration.minSeverity = .info
        let shown = try Scanner(request).run()
        #expect(shown.findings.map(\.rule.id) == ["stripe.live-publishable-key"])
        #expect(shown.findings.first?.severity == .info)
        #expect(!request.configuration.fails(shown))
    }

    @Test func minEntropyRaisesTheFloorOfEveryRule() throws {
        let fixture = try GitFixture()
        try fixture.write("a.py", "A = '\(kept)'\n")
        try fixture.commit("one")
        var configuration = ScanConfiguration()
        configuration.minEntropy = 4.0  // below the secret's 5.2 bits per byte
        #expect(secrets(try fixture.scan(configuration: configuration)) == [kept])
        configuration.minEntropy = 6.0
        #expect(try fixture.scan(configuration: configuration).findings.isEmpty)
    }

    @Test func aBareRepositoryIsConfiguredByTheFilesInHEAD() throws {
        let work = try GitFixture()
        try work.write(".dredge.yml", "exclude_paths: [old/]\n")
        try work.write(".dredgeignore", FindingID(ruleID: "acme.live-key", secret: Secret(dropped)).short + "\n")
        try work.write("old/a.py", "A = '\(kept)'\n")
        try work.write("b.py", "B = '\(dropped)'\n")
        try work.commit("configured")
        let bare = try work.clone(["--bare"])

        let configuration = try ScanConfiguration.load(repositoryPath: bare.path)
        #expect(configuration.file == "HEAD:.dredge.yml")
        let report = try bare.scan(configuration: configuration)
        #expect(report.summary.suppressed.excludedPaths == 1)
        #expect(report.summary.suppressed.ignored == 1)
    }

    @Test func patternsInTheConfigurationAreReadRelativeToIt() throws {
        let fixture = try GitFixture()
        let packs = FixturePaths.fixtures.appendingPathComponent("packs").path
        try fixture.write("ci/dredge.yml", "patterns: [\(packs)]\nexclude_paths: [ci/]\n")
        try fixture.write("ci/.dredgeignore", FindingID(ruleID: "acme.live-key", secret: Secret(dropped)).hex + "\n")
        try fixture.write("a.py", "A = '\(kept)'\nB = '\(dropped)'\n")
        try fixture.commit("one")
        let configuration = try ScanConfiguration.load(repositoryPath: fixture.path, file: fixture.root.appendingPathComponent("ci/dredge.yml"))
        var request = ScanRequest(repositoryPath: fixture.path)
        request.builtinRules = false
        request.configuration = configuration
        let report = try Scanner(request).run()
        #expect(secrets(report) == [kept])
        #expect(report.summary.suppressed.ignored == 1)
    }
}
