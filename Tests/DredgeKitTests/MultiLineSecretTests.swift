import DredgeKit
import Foundation
import TestSupport
import Testing

/// `--show-secrets` on a private key: the text report prints the key as the block it is (it printed `\u{a}` for each
/// line break), and the machine formats carry it exactly, escaped by their own rules.
@Suite struct MultiLineSecretTests {
    /// A synthetic EC key: the first example of the built-in rule, so it is one the rule is known to match.
    static func key() throws -> String {
        let rules = try PatternPackLoader.merge(base: PatternPackLoader.builtin())
        let rule = try #require(rules.first { $0.id == "pem.ec-private-key" })
        return try #require(rule.examples.first?.secret)
    }

    private func report() throws -> (ScanReport, String) {
        let key = try Self.key()
        let fixture = try GitFixture()
        try fixture.write("deploy/id_ec.pem", key + "\n")
        try fixture.commit("key")
        let report = try fixture.scanWithBuiltinRules()
        try #require(report.findings.contains { $0.rule.id == "pem.ec-private-key" })
        return (report, key)
    }

    @Test func theTextReportPrintsTheKeyAsAnIndentedBlock() throws {
        let (report, key) = try report()
        let text = try TextReporter(showSecrets: true, colored: false).render(report)
        #expect(!text.contains("\\u{a}"))
        let block = key.split(separator: "\n").map { "        " + $0 }.joined(separator: "\n")
        #expect(text.contains("secret (\(key.split(separator: "\n").count) lines, below)"))
        #expect(text.contains(block), "\(text)")
        // Redacted (the default), it stays on one line.
        let redacted = try TextReporter(showSecrets: false, colored: false).render(report)
        #expect(!redacted.contains("lines, below"))
        #expect(!redacted.contains(String(key.split(separator: "\n")[1])))
    }

    @Test func jsonAndSARIFCarryTheKeyExactly() throws {
        let (report, key) = try report()
        let json = try JSONReporter(showSecrets: true).render(report)
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let secrets = (decoded["findings"] as? [[String: Any]] ?? []).compactMap { $0["secret"] as? String }
        #expect(secrets.contains(key))
        let sarif = try SARIFReporter(showSecrets: true).render(report)
        #expect(sarif.contains(#"\n"#) && !sarif.contains("\\u{a}"))
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        let results = ((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]) ?? []
        #expect(results.contains { (($0["message"] as? [String: Any])?["text"] as? String)?.hasSuffix(": " + key) == true })
    }

    @Test func markdownPrintsTheKeyAsAFencedBlock() throws {
        let (report, key) = try report()
        let markdown = try MarkdownReporter(showSecrets: true).render(report)
        #expect(!markdown.contains("\\u{a}"))
        #expect(markdown.contains("```\n" + key + "\n```"), "\(markdown)")
        #expect(markdown.contains("\(key.split(separator: "\n").count) lines, below"))
        // Redacted (the default), there is no block and no line of the key.
        let redacted = try MarkdownReporter(showSecrets: false).render(report)
        #expect(!redacted.contains("lines, below"))
        #expect(!redacted.contains(String(key.split(separator: "\n")[1])))
    }

    @Test func csvQuotesTheKeyWithItsLineBreaks() throws {
        let (report, key) = try report()
        let csv = try CSVReporter(showSecrets: true).render(report)
        let script = "import csv, io, json, sys\n"
            + "text = sys.stdin.buffer.read().decode('utf-8')\n"
            + "print(json.dumps(list(csv.reader(io.StringIO(text, newline=''), strict=True))))"
        let result = try ReportFixture.python(script, input: csv)
        try #require(result.status == 0, "\(result.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String]])
        let column = try #require(CSVReporter.columns.firstIndex(of: "secret"))
        // A cell starting with `-` gets the formula guard `'`; the rest is the key, line breaks and all.
        #expect(rows.dropFirst().contains { $0[column] == "'" + key })
    }
}
