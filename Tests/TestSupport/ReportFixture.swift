import DredgeKit
import Foundation

/// A history for report-format tests: planted secrets at an ordinary path, in a `.env`, and at a path built to break
/// reports (line break, pipes, backticks, Markdown and HTML, a formula prefix, a control sequence, `%`, non-ASCII),
/// plus a blob that holds a secret and no commit reaches.
public enum ReportFixture {
    public static let hostilePath = "=cmd|'calc'!A0 `x` <img src=x onerror=alert(1)> [link](javascript:alert(1)) *s* _u_ é漢 %41\n\u{1B}[31m|end.py"
    public static let plainPath = "src/app.py"
    public static let envPath = "deploy dir/.env"
    public static let lostSecret = String(SyntheticSecrets.acme.dropLast()) + "Q"
    public static let secrets = [SyntheticSecrets.acme, SyntheticSecrets.acmeOther, SyntheticSecrets.awsSecretKey, lostSecret]

    public static func make() throws -> GitFixture {
        let fixture = try GitFixture()
        try fixture.write(plainPath, "DEBUG = True\nACME = '\(SyntheticSecrets.acme)'\n")
        try fixture.write(envPath, "AWS_SECRET_ACCESS_KEY=\(SyntheticSecrets.awsSecretKey)\n")
        try fixture.commit("config")
        try fixture.write(hostilePath, "key = \"\(SyntheticSecrets.acmeOther)\"\n")
        try fixture.commit("hostile path")
        try fixture.git(["hash-object", "-w", "--stdin"], stdin: "LOST = '\(lostSecret)'\n")
        return fixture
    }

    /// Builds the fixture and scans it with the built-in rules and the test pack, as `dredge scan --patterns` does.
    public static func report() throws -> ScanReport {
        let fixture = try make()
        var request = ScanRequest(repositoryPath: fixture.path)
        request.patternDirectories = [FixturePaths.fixtures.appendingPathComponent("packs")]
        request.jobs = 2
        return try Scanner(request).run()
    }

    /// Runs Debian's Python 3 (with python3-jsonschema) on a script, `input` on its standard input.
    public static func python(_ script: String, _ arguments: [String] = [], input: String) throws -> ProcessRunner.Result {
        try ProcessRunner.run("/usr/bin/python3", ["-c", script] + arguments, stdin: input)
    }
}
