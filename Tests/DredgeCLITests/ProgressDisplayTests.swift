import Foundation
import TestSupport
import Testing

/// The progress display, from the real binary: under a terminal (a pty, through util-linux `script`) it draws the
/// phases by name from the start, and the line is cleared before the report; with standard error a pipe it prints
/// nothing but the summary. The old display drew nothing for the first two seconds.
@Suite struct ProgressDisplayTests {
    let packs = FixturePaths.fixtures.appendingPathComponent("packs").path

    private func fixture() throws -> GitFixture {
        let fixture = try GitFixture()
        try fixture.write("app.env", "ACME_KEY=\(SyntheticSecrets.acme)\n")
        try fixture.commit("token")
        return fixture
    }

    @Test func underATerminalThePhasesAreDrawnAndClearedBeforeTheReport() throws {
        let fixture = try fixture()
        let command = [DredgeBinary.url.path, "scan", fixture.path, "--patterns", packs, "--no-builtin-rules"]
            .map { "'\($0)'" }.joined(separator: " ")
        let result = try ProcessRunner.run("/usr/bin/script", ["-qfec", command, "/dev/null"], environment: ["TERM": "xterm", "PATH": "/usr/bin:/bin", "NO_COLOR": "1"])
        #expect(result.stdout.contains("\r\u{1B}[Kdredge: loading rules…"), "\(result.stdout.debugDescription)")
        #expect(result.stdout.contains("\r\u{1B}[Kdredge: "))
        // The last thing drawn is the erasure, and the report follows it on the clean line.
        let lastClear = try #require(result.stdout.range(of: "\r\u{1B}[K", options: .backwards))
        let after = result.stdout[lastClear.upperBound...]
        #expect(after.hasPrefix("dredge scan of "), "\(after.prefix(80).debugDescription)")  // the report's header
    }

    @Test func withStandardErrorAPipeNothingButTheSummaryIsPrinted() throws {
        let fixture = try fixture()
        let result = try DredgeBinary.run(["scan", fixture.path, "--patterns", packs, "--no-builtin-rules"])
        #expect(result.status == 1)
        #expect(!result.stderr.contains("\r"))
        #expect(!result.stderr.contains("loading rules"))
        #expect(result.stderr.hasPrefix("dredge: scanned "), "\(result.stderr)")
    }
}
