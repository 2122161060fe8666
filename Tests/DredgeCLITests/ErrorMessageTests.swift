import Foundation
import TestSupport
import Testing

/// Each failure exits 2 with a message that names the real cause, not a neighbouring one: the old messages said
/// "permission denied" for a plain file, "You don't have permission" for a missing directory, "not a git repository"
/// for a missing path, and dumped an NSCocoaErrorDomain error for a repository dredge may not write into.
@Suite struct ErrorMessageTests {
    let packs = FixturePaths.fixtures.appendingPathComponent("packs").path

    private func repositoryWithAToken() throws -> GitFixture {
        let fixture = try GitFixture()
        try fixture.write("app.env", "ACME_KEY=\(SyntheticSecrets.acme)\n")
        try fixture.commit("token")
        return fixture
    }

    @Test func aPlainFileIsNotARepositoryAndTheMessageSaysHowToScanIt() throws {
        let fixture = try repositoryWithAToken()
        let file = fixture.root.appendingPathComponent("app.env").path
        let result = try DredgeBinary.run(["scan", file, "--patterns", packs, "--no-builtin-rules"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(file) is not a git repository (a file, not a directory; to scan files on disk: dredge scan --no-git \(file))"), "\(result.stderr)")
        #expect(!result.stderr.contains("permission"))
    }

    @Test func anOutputFileInAMissingDirectorySaysTheDirectoryIsMissing() throws {
        let fixture = try repositoryWithAToken()
        let output = "/nonexistent-\(UUID().uuidString)/dir/x.json"
        let result = try DredgeBinary.run(["scan", fixture.path, "--patterns", packs, "--no-builtin-rules", "-o", output])
        #expect(result.status == 2)
        #expect(result.stderr.contains("cannot write \(output): no such file or directory"), "\(result.stderr)")
        #expect(!result.stderr.contains("permission"))
    }

    @Test func aMissingPathToScanIsMissingNotANonRepository() throws {
        let missing = "/nonexistent-\(UUID().uuidString)"
        for arguments in [["scan", "--no-git", missing], ["scan", missing], ["inventory", missing], ["checklist", missing]] {
            let result = try DredgeBinary.run(arguments)
            #expect(result.status == 2)
            #expect(result.stderr.contains("cannot read \(missing): no such file or directory"), "\(arguments): \(result.stderr)")
            #expect(!result.stderr.contains("git repository"))
        }
    }

    @Test(arguments: ["missing", "directory", "not-utf8", "unreadable"])
    func aConfigurationFileThatCannotBeReadSaysWhy(_ fault: String) throws {
        let fixture = try repositoryWithAToken()
        let config = fixture.root.appendingPathComponent("settings.yml")
        let expected: String
        switch fault {
        case "missing":
            expected = "no such file or directory"
        case "directory":
            try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
            expected = "is a directory"
        case "not-utf8":
            try FileManager.default.copyItem(at: FixturePaths.invalid.appendingPathComponent("config-not-utf8.dredge.yml"), to: config)
            expected = "not UTF-8 text"
        default:
            try Data("fail_on: high\n".utf8).write(to: config)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: config.path)
            expected = "permission denied"
        }
        let arguments = ["scan", fixture.path, "--patterns", packs, "--no-builtin-rules", "--config", config.path]
        let result = fault == "unreadable" ? try DredgeBinary.runUnprivileged(arguments) : try DredgeBinary.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains("cannot read \(config.path): \(expected)"), "\(result.stderr)")
    }

    /// Evidence on a read-only mount, or a repository owned by someone else: the scan's report still comes out whole
    /// with its exit code, and the warning says what could not be written, why, and how to record elsewhere.
    @Test func aRepositoryDredgeMayNotWriteStillGetsItsReportAndAClearWarning() throws {
        let fixture = try repositoryWithAToken()
        let gitDirectory = fixture.root.appendingPathComponent(".git").path
        if getuid() != 0 { try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: gitDirectory) }
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: gitDirectory) }
        let result = try DredgeBinary.runUnprivileged(["scan", fixture.path, "--patterns", packs, "--no-builtin-rules", "--format", "json"])
        #expect(result.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((report["findings"] as? [Any])?.isEmpty == false)
        #expect(result.stderr.contains("warning: the inventory was not recorded (cannot write \(gitDirectory)/dredge/inventory.sqlite: permission denied)"), "\(result.stderr)")
        #expect(result.stderr.contains("--datastore FILE"))
        #expect(!result.stderr.contains("NSCocoaErrorDomain"))
    }

    @Test func aMissingBaselineSaysItIsMissing() throws {
        let fixture = try repositoryWithAToken()
        let baseline = fixture.root.appendingPathComponent("nope.json").path
        let result = try DredgeBinary.run(["scan", fixture.path, "--patterns", packs, "--no-builtin-rules", "--baseline", baseline])
        #expect(result.status == 2)
        #expect(result.stderr.contains("cannot read \(baseline): no such file or directory"), "\(result.stderr)")
    }

    @Test func aNegativeJobCountIsRefusedForWhatItIs() throws {
        let result = try DredgeBinary.run(["scan", "--jobs", "-1"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--jobs must be at least 1"), "\(result.stderr)")
        #expect(!result.stderr.contains("Missing value"))
    }

    @Test func aMistypedCommandGetsASuggestion() throws {
        let directory = FileManager.default.temporaryDirectory
        let result = try DredgeBinary.run(["inventroy"], in: directory)
        #expect(result.status == 2)
        #expect(result.stderr.contains("`inventroy` is not a dredge command, nor a path here; did you mean `dredge inventory`?"), "\(result.stderr)")
        #expect(!result.stderr.contains("is not a git repository"))
        // A word close to no command stays a path that does not exist.
        let far = try DredgeBinary.run(["zzzzzzzz"], in: directory)
        #expect(far.stderr.contains("cannot read zzzzzzzz: no such file or directory"), "\(far.stderr)")
    }
}

/// `patterns check` reports every problem in one pass, each at the line of its field or example, and says why an
/// example yields nothing; it used to stop at the first problem and point at the rule's first line.
@Suite struct PatternsCheckTests {
    private func check(_ name: String) throws -> ProcessRunner.Result {
        try DredgeBinary.run(["patterns", "check", FixturePaths.invalid.appendingPathComponent(name).path])
    }

    @Test func everyStructuralProblemIsReportedAtItsFieldsLine() throws {
        let result = try check("rule-several-faults.yml")
        #expect(result.status == 2)
        let file = "rule-several-faults.yml"
        for expected in [
            "\(file):11: rule Acme.Bad-ID: id must be lowercase and dotted",
            "\(file):14: rule Acme.Bad-ID: `severity` must be one of info | low | medium | high | critical, not `urgent`",
            "\(file):17: rule Acme.Bad-ID: reference is not a URL: docs.acme.example/bad",
            "\(file):24: rule acme.unclosed: pattern does not compile",
            "\(file):29: rule acme.fine: duplicate rule id (first at ",
            "\(file):46: rule acme.bad-examples: an example needs both `text` and `secret`",
            "\(file):47: rule acme.bad-examples: unknown example field `note`",
        ] {
            #expect(result.stdout.contains(expected), "missing \(expected) in \(result.stdout)")
        }
        #expect(result.stdout.contains("7 problems"), "\(result.stdout)")
        // In the order of the file, so they can be fixed from the top.
        let lines = result.stdout.split(separator: "\n").compactMap { $0.split(separator: ":").dropFirst().first.flatMap { Int($0) } }
        #expect(lines == lines.sorted(), "\(lines)")
    }

    @Test func everyFailingExampleSaysWhyAtItsOwnLine() throws {
        let result = try check("rule-examples-that-fail.yml")
        #expect(result.status == 1)
        let file = "rule-examples-that-fail.yml"
        for expected in [
            "\(file):11: rule acme.placeholder: example 1 does not yield its secret: the placeholder filter drops it",
            "\(file):22: rule acme.low-entropy: example 1 does not yield its secret: its entropy 2.36 is below min_entropy 3.5",
            "\(file):33: rule acme.no-keyword: example 2 does not yield its secret: none of its keywords (acme_kw_) is in it",
            "\(file):43: rule acme.no-match: example 1 does not yield its secret: the pattern does not match it",
            "\(file):53: rule acme.wrong-capture: example 1 does not yield its secret: the pattern captures `acme_wc_q8w3r6`, not the expected `acme_wc_q8w3r6t1y4u7`",
            "\(file):66: rule acme.counter-matches: counter-example 2 yields `acme_cm_z9x8c7v6b5n4`, and should yield nothing",
        ] {
            #expect(result.stdout.contains(expected), "missing \(expected) in \(result.stdout)")
        }
        #expect(!result.stdout.contains(":32:"))  // the first example of acme.no-keyword is fine
        #expect(result.stdout.contains("6 rules in 1 pack: 6 problems"), "\(result.stdout)")
    }
}
