@testable import DredgeKit
import Foundation
import TestSupport
import Testing

@Suite struct CSVReporterTests {
    /// Python's csv module reads the report (RFC 4180 dialect, strict) and prints the rows as JSON.
    private func parse(_ csv: String) throws -> [[String]] {
        let script = "import csv, io, json, sys\n"
            + "text = sys.stdin.buffer.read().decode('utf-8')\n"
            + "print(json.dumps(list(csv.reader(io.StringIO(text, newline=''), strict=True))))"
        let result = try ReportFixture.python(script, input: csv)
        try #require(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String]])
    }

    @Test func oneRowPerOccurrenceWithHostilePathsQuotedAndDefused() throws {
        let report = try ReportFixture.report()
        let csv = try CSVReporter(showSecrets: false).render(report)
        // Every record ends in CRLF; a bare LF appears only inside a quoted path.
        #expect(csv.hasSuffix("\r\n"))
        let rows = try parse(csv)
        #expect(rows.first == CSVReporter.columns)
        let records = rows.dropFirst()
        #expect(records.count == report.findings.reduce(0) { $0 + $1.occurrences.count })
        #expect(records.allSatisfy { $0.count == CSVReporter.columns.count })
        let column = Dictionary(uniqueKeysWithValues: CSVReporter.columns.enumerated().map { ($1, $0) })
        let paths = records.map { $0[column["path"]!] }
        #expect(paths.contains("'" + ReportFixture.hostilePath))
        #expect(paths.contains(ReportFixture.plainPath))
        #expect(paths.contains(""))  // the unreachable blob
        let lost = try #require(records.first { $0[column["path"]!].isEmpty })
        #expect(lost[column["unreachable"]!] == "true")  // the same word as the JSON report
        #expect(lost[column["commit"]!].isEmpty)
        let plain = try #require(records.first { $0[column["path"]!] == ReportFixture.plainPath })
        #expect(plain[column["rule_id"]!] == "acme.live-key")
        #expect(plain[column["secret"]!] == "acme…H5gA")
        #expect(plain[column["line"]!] == "2")
        #expect(plain[column["date"]!] == "2024-01-02T00:00:00Z")
        #expect(plain[column["unreachable"]!] == "false")
        #expect(plain[column["key"]!].isEmpty)
        #expect(records.contains { $0[column["key"]!] == "AWS_SECRET_ACCESS_KEY" })
        for secret in ReportFixture.secrets { #expect(!csv.contains(secret)) }
    }

    @Test(arguments: [("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"),
                      ("\r\nx", "\"'\r\nx\""), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("plain", "plain"),
                      ("", "")])
    func cellsAreDefusedThenQuoted(value: String, cell: String) {
        #expect(CSVReporter.field(value) == cell)
    }
}
