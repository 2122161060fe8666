import Foundation

/// The human report: one block per finding, most severe first, then one line per occurrence.
public struct TextReporter: Reporter {
    public let showSecrets: Bool
    public let colored: Bool

    public init(showSecrets: Bool, colored: Bool) {
        self.showSecrets = showSecrets
        self.colored = colored
    }

    public func render(_ report: ScanReport) throws -> String {
        guard !report.findings.isEmpty else { return "No secrets found.\n" }
        return report.findings.map(block).joined(separator: "\n")
    }

    private func block(_ finding: Finding) -> String {
        let secret = finding.shownSecret(revealing: showSecrets)
        // A secret of several lines (a private key) is printed as the block it is, indented below its line.
        let block = secret.contains("\n") ? TerminalText.lines(secret, indent: "        ").map { paint($0, "1") } : []
        var lines = [
            "\(paint(finding.severity.rawValue.uppercased(), Self.colors[finding.severity]!)) \(TerminalText.escape(finding.rule.name)) "
                + paint("(\(finding.rule.id))", "2"),
            "    secret \(block.isEmpty ? paint(TerminalText.escape(secret), "1") : "(\(block.count) lines, below)")"
                + "  entropy \(String(format: "%.2f", finding.entropy))  confidence \(finding.confidence.rawValue)  id \(finding.id.short)",
        ] + block
        if !finding.validation.details.isEmpty {
            let facts = finding.validation.details.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            lines.append("    validation \(TerminalText.escape(facts))")
        }
        lines.append("    " + exposure(finding.exposure))
        lines += finding.occurrences.map(line)
        return lines.joined(separator: "\n") + "\n"
    }

    private func line(_ occurrence: Occurrence) -> String {
        var place = "\(TerminalText.escape(occurrence.place)):\(occurrence.line):\(occurrence.column)"
        if let key = occurrence.key { place += " \(TerminalText.escape(key))" }
        if occurrence.message?.kind == .tag, let tagger = occurrence.author {
            let reach = occurrence.reachable ? "" : "  (no ref names this tag)"
            return "    \(paint(place, "36"))  \(Self.dateFormatter.string(from: tagger.date))  \(TerminalText.escape("\(tagger.name) <\(tagger.email)>"))\(reach)"
        }
        guard let commit = occurrence.commit, let author = occurrence.author else {
            let note = occurrence.message != nil ? "" : occurrence.reachable ? "(not committed)" : "(unreachable: no commit holds this blob)"
            return "    \(paint(place, "36"))  \(note)"
        }
        let when = Self.dateFormatter.string(from: author.date)
        let who = TerminalText.escape("\(author.name) <\(author.email)>")
        var reach = occurrence.reachable ? "" : "  (unreachable commit)"
        if let removal = occurrence.removedIn {
            reach += "  removed in \(removal.id.hex.prefix(12)) \(Self.dateFormatter.string(from: removal.author.date))"
        }
        return "    \(paint(place, "36"))  \(paint(String(commit.hex.prefix(12)), "33"))  \(when)  \(who)\(reach)"
    }

    /// Whether it left the machine and which refs hold it, the two facts that decide how urgent rotation is.
    private func exposure(_ exposure: Exposure) -> String {
        guard exposure.referenced else { return paint("in no ref's history (only reflogs or unreachable objects)", "2") }
        let pushed = exposure.pushed ? paint("pushed", "1;31") : paint("not pushed (local refs only)", "32")
        let refs = exposure.references.map { TerminalText.escape(Self.shortName($0)) }
        let shown = refs.prefix(5).joined(separator: ", ") + (refs.count > 5 ? " and \(refs.count - 5) more" : "")
        return "\(pushed)  in \(shown)" + (exposure.tips.isEmpty ? "  (no longer in any tip's tree)" : "")
    }

    /// `refs/heads/main` → `main`, `refs/remotes/origin/main` → `origin/main`.
    static func shortName(_ reference: String) -> String {
        for prefix in ["refs/heads/", "refs/remotes/"] where reference.hasPrefix(prefix) { return String(reference.dropFirst(prefix.count)) }
        return reference.hasPrefix("refs/") ? String(reference.dropFirst(5)) : reference
    }

    private func paint(_ text: String, _ code: String) -> String {
        colored ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    private static let colors: [Severity: String] = [.critical: "1;31", .high: "31", .medium: "33", .low: "34"]

    private static let dateFormatter = DateFormatter.utc("yyyy-MM-dd HH:mm'Z'")
}
