import DredgeKit
import Foundation
import TestSupport
import Testing

@Suite struct MarkdownReporterTests {
    /// Renders GitHub-flavoured Markdown to HTML with cmark-gfm, raw HTML allowed so an injection would show.
    private func html(_ markdown: String) throws -> String {
        let result = try ProcessRunner.run("/usr/bin/cmark-gfm", ["--unsafe", "-e", "table", "-e", "autolink", "-e", "strikethrough"],
                                           stdin: markdown)
        try #require(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    /// Every table's rows, each as its cell count.
    private func cellCounts(_ html: String) -> [[Int]] {
        html.components(separatedBy: "<table>").dropFirst().map { table in
            table.components(separatedBy: "</table>")[0].components(separatedBy: "<tr>").dropFirst().map {
                $0.components(separatedBy: "<td").count + $0.components(separatedBy: "<th").count - 2
            }
        }
    }

    @Test func hostilePathsStayInsideTheirCell() throws {
        let report = try ReportFixture.report()
        let markdown = try MarkdownReporter(showSecrets: false).render(report)
        #expect(!markdown.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        let page = try html(markdown)
        let tables = cellCounts(page)
        #expect(tables.count == 2 + report.findings.count)  // summary, findings, one per finding
        for rows in tables { #expect(Set(rows).count == 1, "a row with a different number of cells: \(rows)") }
        #expect(tables[1].count == report.findings.count + 1)
        #expect(tables.dropFirst(2).map(\.count) == report.findings.map { $0.occurrences.count + 1 })
        for injected in ["<a ", "<img", "<em>", "<strong>", "<del>", "<b>"] { #expect(!page.contains(injected), "\(injected)") }
        let shown = TerminalText.escape(ReportFixture.hostilePath)
            .replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        #expect(page.contains("<code>\(shown)</code>"))
        #expect(page.contains("<code>\(ReportFixture.envPath)</code> key <code>AWS_SECRET_ACCESS_KEY</code>"))
        #expect(page.contains("<code>acme…H5gA</code>"))
        for secret in ReportFixture.secrets { #expect(!markdown.contains(secret)) }
    }

    @Test(arguments: [("a|b", "`a\\|b`"), ("`tick`", "`` `tick` ``"), ("a``b", "```a``b```"), ("line\nbreak", "`line\\u{a}break`"),
                      ("", "")])
    func codeSpans(text: String, markdown: String) {
        #expect(MarkdownText.code(text) == markdown)
    }

    @Test func plainTextEscapesMarkup() throws {
        let text = "*a* _b_ [c](d) <e> `f` | g & h ~i~ #j !k \\l"
        #expect(try html(MarkdownText.plain(text)) == "<p>" + text.replacingOccurrences(of: "&", with: "&amp;")
            .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;") + "</p>\n")
    }
}
