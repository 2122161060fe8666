/// Turns a scan report into bytes for one output format. Reporters read findings, never the repository.
public protocol Reporter {
    func render(_ report: ScanReport) throws -> String
}

/// The formats `--format` accepts.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, json, jsonl, sarif, csv, markdown

    /// The reporter for this format; `showSecrets` prints secrets in full, `colored` adds terminal colours (text only).
    public func reporter(showSecrets: Bool, colored: Bool) -> any Reporter {
        switch self {
        case .text: TextReporter(showSecrets: showSecrets, colored: colored)
        case .json: JSONReporter(showSecrets: showSecrets)
        case .jsonl: JSONLReporter(showSecrets: showSecrets)
        case .sarif: SARIFReporter(showSecrets: showSecrets)
        case .csv: CSVReporter(showSecrets: showSecrets)
        case .markdown: MarkdownReporter(showSecrets: showSecrets)
        }
    }
}
