import DredgeKit
import Foundation
import TestSupport
import Testing

@Suite struct JSONLReporterTests {
    @Test func everyLineIsAJSONObjectAndFindingsMatchTheJSONReport() throws {
        let report = try ReportFixture.report()
        let jsonl = try JSONLReporter(showSecrets: false).render(report)
        #expect(jsonl.hasSuffix("\n"))
        let lines = jsonl.dropLast().split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == report.findings.count + 1)
        let objects = try lines.map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        let document = try #require(try JSONSerialization.jsonObject(with: Data(try JSONReporter(showSecrets: false).render(report).utf8)) as? [String: Any])
        let findings = try #require(document["findings"] as? [[String: Any]])
        #expect(findings.count == report.findings.count)
        for (line, finding) in zip(objects.dropLast(), findings) {
            #expect(line["type"] as? String == "finding")
            var shape = line
            shape["type"] = nil
            #expect(NSDictionary(dictionary: shape) == NSDictionary(dictionary: finding))
        }
        let summary = try #require(objects.last)
        #expect(summary["type"] as? String == "summary")
        #expect(summary["schema_version"] as? Int == JSONReporter.schemaVersion)
        #expect((summary["scan"] as? [String: Any])?["findings"] as? Int == report.findings.count)
        #expect(summary["findings"] == nil)
        // The path with a line break in it stays inside its one line.
        let paths = objects.flatMap { ($0["occurrences"] as? [[String: Any]] ?? []).compactMap { $0["path"] as? String } }
        #expect(paths.contains(ReportFixture.hostilePath))
    }

    @Test func anEmptyReportIsOneSummaryLine() throws {
        let fixture = try GitFixture()
        try fixture.write("README.md", "nothing here\n")
        try fixture.commit("clean")
        let jsonl = try JSONLReporter(showSecrets: false).render(try fixture.scan())
        let object = try JSONSerialization.jsonObject(with: Data(jsonl.utf8)) as? [String: Any]
        #expect(jsonl.filter { $0 == "\n" }.count == 1)
        #expect(object?["type"] as? String == "summary")
    }
}
