@testable import DredgeKit
import Foundation
import TestSupport
import Testing

/// `.dredge.yml`, `.dredgeignore` and baselines that cannot be used are errors naming the file and the line.
@Suite struct ScanConfigurationTests {
    struct BadConfiguration: Sendable, CustomStringConvertible {
        let yaml: String
        let line: Int
        let message: String
        var description: String { message }
    }

    static let badConfigurations = [
        BadConfiguration(yaml: "exclude_paths: [vendor/]\nexlude_paths: [x]\n", line: 2, message: "unknown setting `exlude_paths`"),
        BadConfiguration(yaml: "# settings\nexclude_paths: vendor/\n", line: 2, message: "`exclude_paths` must be a list"),
        BadConfiguration(yaml: "exclude_paths:\n  - ok/\n  - [nested]\n", line: 3, message: "`exclude_paths` entries must be non-empty strings"),
        BadConfiguration(yaml: "exclude_paths:\n  - 'src/[ab'\n", line: 2, message: "bad glob `src/[ab`: `[` has no closing `]`"),
        BadConfiguration(yaml: "exclude_paths: ['**/test']\n", line: 1, message: "bad glob `**/test`: `**` is not supported"),
        BadConfiguration(yaml: "min_severity: hihg\n", line: 1, message: "`min_severity` must be one of info | low | medium | high | critical, not `hihg`"),
        BadConfiguration(yaml: "\n\nfail_on: [high]\n", line: 3, message: "`fail_on` must be one of info | low | medium | high | critical, not a list or mapping"),
        BadConfiguration(yaml: "min_confidence: certain\n", line: 1, message: "`min_confidence` must be one of low | medium | high"),
        BadConfiguration(yaml: "min_entropy: lots\n", line: 1, message: "`min_entropy` must be a number of bits per byte, 0 to 8"),
        BadConfiguration(yaml: "- just\n- a list\n", line: 1, message: "expected a mapping of settings"),
        BadConfiguration(yaml: "exclude_paths: [a\n", line: 2, message: "invalid YAML"),
    ]

    @Test(arguments: badConfigurations)
    func badConfigurationNamesFileAndLine(bad: BadConfiguration) throws {
        let fixture = try GitFixture()
        try fixture.write(".dredge.yml", bad.yaml)
        let error = #expect(throws: DredgeError.self) { try ScanConfiguration.load(repositoryPath: fixture.path) }
        let message = "\(error!)"
        #expect(message.hasPrefix("\(fixture.path)/.dredge.yml:\(bad.line): "), "\(message)")
        #expect(message.contains(bad.message), "\(message)")
    }

    @Test func everySettingIsRead() throws {
        let fixture = try GitFixture()
        try fixture.write(".dredge.yml", """
            exclude_paths: [vendor/, '*.min.js']
            disable_rules: [generic.secret-assignment]
            patterns: [rules, ../shared]
            min_entropy: 3.5
            min_severity: medium
            min_confidence: medium
            fail_on: high
            """)
        let configuration = try ScanConfiguration.load(repositoryPath: fixture.path)
        #expect(configuration.excludedPaths == ["vendor/", "*.min.js"])
        #expect(configuration.disabledRules == [.init(id: "generic.secret-assignment", line: 2)])
        #expect(configuration.patternDirectories.map(\.path) == [fixture.root.appendingPathComponent("rules").path,
                                                                 fixture.root.deletingLastPathComponent().appendingPathComponent("shared").path])
        #expect(configuration.minEntropy == 3.5)
        #expect((configuration.minSeverity, configuration.minConfidence, configuration.failOn) == (.medium, .medium, .high))
    }

    /// dredge's own `.dredge.yml` keeps the rules' examples and the tests' planted secrets out of a scan of itself.
    @Test func ownConfigurationExcludesTheRulesExamplesAndTheTests() throws {
        let file = FixturePaths.packageRoot.appendingPathComponent(".dredge.yml")
        let configuration = try ScanConfiguration.load(repositoryPath: FixturePaths.packageRoot.path, file: file)
        for path in ["patterns/rules/cloud/aws.yml", "Tests/TestSupport/ScanFixtures.swift", "fixtures/packs/acme.yml"] {
            #expect(PathGlobs(configuration.excludedPaths).matchAny(path), "\(path)")
        }
        #expect(!PathGlobs(configuration.excludedPaths).matchAny("Sources/DredgeKit/Findings/Secret.swift"))
    }

    @Test func noFilesConfigureNothingButANamedFileMustExist() throws {
        let fixture = try GitFixture()
        let configuration = try ScanConfiguration.load(repositoryPath: fixture.path)
        #expect(configuration.file == nil && configuration.ignored.isEmpty && configuration.failOn == .low)
        let missing = fixture.root.appendingPathComponent("nope.yml")
        let error = #expect(throws: DredgeError.self) { try ScanConfiguration.load(repositoryPath: fixture.path, file: missing) }
        #expect("\(error!)".contains("cannot read \(missing.path)"))
    }

    @Test(arguments: [("c2e32bba3d1d rotated", 3), ("c2e32bba3d1", 3), ("zz2e32bba3d1dd8576", 3), (String(repeating: "a", count: 65), 3)])
    func malformedIgnoreLineNamesItsLineAndDoesNotEchoIt(line: String, number: Int) throws {
        let text = "# reviewed\n\n\(line)\nc2e32bba3d1dd85761b7750d2a0201e936ff9b9c5987589d7a638a3ffc65965e\n"
        let error = #expect(throws: DredgeError.self) { try IgnoreList(text: text, file: "repo/.dredgeignore") }
        #expect("\(error!)".hasPrefix("repo/.dredgeignore:\(number): expected a finding id"))
        #expect(!"\(error!)".contains(line))
    }

    @Test func ignoreListReadsCRLFLinesAndComments() throws {
        let id = FindingID(ruleID: "aws.access-key-id", secret: Secret(SyntheticSecrets.awsKeyID))
        let list = try IgnoreList(text: "# a\r\n\(id.short.uppercased()) # b\r\n\r\n", file: ".dredgeignore")
        #expect(list.contains(id))
        #expect(!list.contains(FindingID(ruleID: "aws.access-key-id", secret: Secret(SyntheticSecrets.awsSecretKey))))
    }

    @Test(arguments: [
        ("not json", "not a dredge JSON report"),
        (#"{"findings": []}"#, "missing `schema_version`"),
        (#"{"schema_version": 1, "findings": [{"rule": "x"}]}"#, "findings[0]: missing `id`"),
        (#"{"schema_version": 1, "findings": [{"id": "abc"}]}"#, "findings[0].id is not a finding id"),
        (#"{"schema_version": 9, "findings": []}"#, "schema_version 9 is not one of 1, 2"),
    ])
    func malformedBaselineNamesTheFile(text: String, message: String) throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("baseline-\(UUID().uuidString).json")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let error = #expect(throws: DredgeError.self) { try Baseline(contentsOf: url) }
        #expect("\(error!)".hasPrefix(url.path + ": "))
        #expect("\(error!)".contains(message), "\(error!)")
    }

    @Test(arguments: [
        ("vendor/", "vendor/lib/a.py", true), ("vendor/", "src/vendor/a.py", true), ("vendor/", "vendor.py", false),
        ("vendor/", "vendor", false), ("/vendor/", "src/vendor/a.py", false), ("/vendor/", "vendor/a.py", true),
        ("patterns/rules/", "patterns/rules/cloud/aws.yml", true), ("patterns/rules/", "rules/aws.yml", false),
        ("*.snap", "ui/x.snap", true), ("/a.py", "src/a.py", false), ("/a.py", "a.py", true), ("src/*.py", "src/a.py", true),
        ("src/*.py", "app/src/a.py", true), ("src/*.py", "src/lib/a.py", false), ("a/b/", "x/a/b/c/d", true),
        ("/a/b/", "x/a/b/c", false), ("/a/b/", "a/b/c", true), ("*.env", ".env", false), ("id_rsa", "home/u/.ssh/id_rsa", true),
    ])
    func globsMatchFilesDirectoriesAndAnchoredPaths(glob: String, path: String, expected: Bool) {
        #expect(PathGlob(glob).matches(path) == expected)
    }
}
