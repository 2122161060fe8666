import Foundation

/// A report for people and tickets: a summary table, a table of findings, then per finding a table of where it is.
/// Everything the repository controls is quoted through `MarkdownText`, so a hostile path cannot break a table or
/// inject a link or HTML.
public struct MarkdownReporter: Reporter {
    public let showSecrets: Bool

    public init(showSecrets: Bool) { self.showSecrets = showSecrets }

    public func render(_ report: ScanReport) throws -> String {
        var sections = ["# dredge report", summary(report.summary, report.findings)]
        if report.findings.isEmpty {
            let suppressed = report.summary.suppressed
            sections.append(suppressed.isEmpty ? "No secrets found." : "No secrets left to report: suppressed \(MarkdownText.plain(suppressed.description)).")
        } else {
            sections.append("## Findings\n\n" + table(["#", "Severity", "Rule", "Secret", "Confidence", "Finding id", "Occurrences"],
                                                      report.findings.enumerated().map(row)))
            sections += report.findings.enumerated().map { section($0, $1, input: report.summary.input) }
        }
        return sections.joined(separator: "\n\n") + "\n"
    }

    private func summary(_ summary: ScanSummary, _ findings: [Finding]) -> String {
        let bySeverity = Severity.allCases.reversed().compactMap { severity in
            let count = findings.count { $0.severity == severity }
            return count > 0 ? "\(count) \(severity.rawValue)" : nil
        }
        var rows = [
            ["Repository", MarkdownText.code(summary.repository)],
            ["Input", MarkdownText.plain(summary.input.place)],
            ["Started", summary.startedAt.formatted(.iso8601)],
            ["Scanned", scanned(summary)],
            ["Findings", bySeverity.isEmpty ? "0" : "\(findings.count) (\(bySeverity.joined(separator: ", ")))"],
            ["Occurrences", String(findings.reduce(0) { $0 + $1.occurrences.count })],
        ]
        if !summary.suppressed.isEmpty { rows.append(["Suppressed", MarkdownText.plain(summary.suppressed.description)]) }
        if !summary.historyComplete { rows.append(["History", "incomplete (shallow clone, missing objects or broken refs)"]) }
        if !summary.errors.isEmpty { rows.append(["Unreadable", "\(summary.errors.count) objects or refs (see the JSON report)"]) }
        return table(["Scan", ""], rows)
    }

    private func scanned(_ summary: ScanSummary) -> String {
        let rules = Plural.count(summary.rules, "rule")
        switch summary.input {
        case .files: return "\(Plural.count(summary.blobsScanned, "file")), \(rules)"
        case .staged: return "\(Plural.count(summary.blobsScanned, "staged file")), \(rules)"
        case .history, .range: return "\(Plural.count(summary.commits, "commit")), \(Plural.count(summary.blobs, "blob")), \(rules)"
        }
    }

    private func row(_ index: Int, _ finding: Finding) -> [String] {
        [String(index + 1), finding.severity.rawValue, MarkdownText.code(finding.rule.id),
         secretCell(finding), finding.confidence.rawValue,
         MarkdownText.code(finding.id.short), String(finding.occurrences.count)]
    }

    /// A table cell holds one line, so a revealed multi-line secret (a private key) is named there and printed whole
    /// in a fenced block under its finding's heading.
    private func secretCell(_ finding: Finding) -> String {
        guard let lines = revealedLines(finding) else { return MarkdownText.code(finding.shownSecret(revealing: showSecrets)) }
        return "\(lines.count) lines, below"
    }

    private func revealedLines(_ finding: Finding) -> [Substring]? {
        guard showSecrets else { return nil }
        let lines = finding.shownSecret(revealing: true).split(separator: "\n", omittingEmptySubsequences: false)
        return lines.count > 1 ? lines : nil
    }

    private func section(_ index: Int, _ finding: Finding, input: ScanInput) -> String {
        var text = "### \(index + 1). \(MarkdownText.plain(finding.rule.name))\n\n"
        if let lines = revealedLines(finding) {
            text += MarkdownText.fencedBlock(lines.map { TerminalText.escape(String($0)) }.joined(separator: "\n")) + "\n\n"
        }
        return text + table(["Commit", "Path", "Line", "Column", "Author", "Date", "Note"], finding.occurrences.map { row($0, input: input) })
    }

    private func row(_ occurrence: Occurrence, input: ScanInput) -> [String] {
        var place = occurrence.message.map { MarkdownText.plain($0.description) + (occurrence.path.map { " " + MarkdownText.code($0) } ?? "") }
            ?? MarkdownText.code(occurrence.shownPath ?? "blob \(occurrence.blob.hex)")
        if let key = occurrence.key { place += " key " + MarkdownText.code(key) }
        var notes: [String] = []
        let decoded = occurrence.layers.filter { !$0.kind.isArchive }
        if !decoded.isEmpty { notes.append("decoded: " + decoded.map(\.summary).joined(separator: ", ")) }
        if occurrence.message?.kind == .tag {
            if occurrence.unreachable { notes.append("no ref names this tag") }
        } else if occurrence.commit == nil && occurrence.reachable {
            notes.append(MarkdownText.plain(input.findingPlace))  // staged or on disk: not committed
        } else if occurrence.commit == nil {
            notes.append("unreachable: no commit holds this blob")
        } else if occurrence.unreachable {
            notes.append("unreachable commit")
        }
        if let removal = occurrence.removedIn {
            notes.append("removed in \(MarkdownText.code(String(removal.id.hex.prefix(12)))) \(removal.author.date.formatted(.iso8601))")
        }
        return [occurrence.commit.map { MarkdownText.code(String($0.hex.prefix(12))) } ?? "",
                place, String(occurrence.line), String(occurrence.column),
                occurrence.author.map { MarkdownText.code("\($0.name) <\($0.email)>") } ?? "",
                occurrence.author?.date.formatted(.iso8601) ?? "", notes.joined(separator: "; ")]
    }

    /// A GitHub-flavoured table; cells must already be escaped.
    private func table(_ header: [String], _ rows: [[String]]) -> String {
        ([header, header.map { _ in "---" }] + rows).map { "| " + $0.joined(separator: " | ") + " |" }.joined(separator: "\n")
    }
}
