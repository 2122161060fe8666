import Foundation

/// One row per occurrence, RFC 4180: a header row, CRLF line ends, fields quoted when they hold a comma, quote or line
/// break. Paths and names come from whoever wrote the history, so a cell a spreadsheet would run as a formula gets a
/// leading `'`.
public struct CSVReporter: Reporter {
    public let showSecrets: Bool

    public init(showSecrets: Bool) { self.showSecrets = showSecrets }

    public static let columns = ["finding_id", "rule_id", "rule_name", "kind", "severity", "confidence", "secret", "path",
                                 "line", "column", "key", "commit", "author", "email", "date", "blob", "unreachable", "message"]

    public func render(_ report: ScanReport) throws -> String {
        let rows = report.findings.flatMap { finding in finding.occurrences.map { row(finding, $0) } }
        return ([Self.columns] + rows).map { $0.map(Self.field).joined(separator: ",") + "\r\n" }.joined()
    }

    private func row(_ finding: Finding, _ occurrence: Occurrence) -> [String] {
        [finding.id.hex, finding.rule.id, finding.rule.name, finding.rule.kind.rawValue, finding.severity.rawValue,
         finding.confidence.rawValue, finding.shownSecret(revealing: showSecrets),
         occurrence.path ?? "", String(occurrence.line), String(occurrence.column), occurrence.key ?? "",
         occurrence.commit?.hex ?? "", occurrence.author?.name ?? "", occurrence.author?.email ?? "",
         occurrence.author?.date.formatted(.iso8601) ?? "", occurrence.blob.hex, String(occurrence.unreachable),
         occurrence.message?.description ?? ""]
    }

    /// One cell: defused if a spreadsheet would evaluate it, then quoted if it needs to be.
    static func field(_ value: String) -> String {
        let defused = value.unicodeScalars.first.map(formulaStarts.contains) == true ? "'" + value : value
        guard defused.unicodeScalars.contains(where: quoted.contains) else { return defused }
        return "\"" + defused.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// First characters that make Excel, LibreOffice or Google Sheets read a cell as a formula (OWASP CSV injection).
    private static let quoted: Set<Unicode.Scalar> = [",", "\"", "\n", "\r"]
    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
}
