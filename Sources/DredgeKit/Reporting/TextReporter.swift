import Foundation

/// The human report: a header (what was scanned, when, totals by severity), then one block per finding, most severe
/// first, with one line per place (path and line; the commits that hold it counted) and the redacted line of code.
public struct TextReporter: Reporter {
    public let showSecrets: Bool
    public let colored: Bool

    public init(showSecrets: Bool, colored: Bool) {
        self.showSecrets = showSecrets
        self.colored = colored
    }

    public func render(_ report: ScanReport) throws -> String {
        var text = header(report.summary, findings: report.findings) + "\n"
        guard !report.findings.isEmpty else {
            let suppressed = report.summary.suppressed
            return text + (suppressed.isEmpty ? "No secrets found.\n" : "No secrets left to report: suppressed \(suppressed).\n")
        }
        text += report.findings.map { block($0, input: report.summary.input) }.joined(separator: "\n")
        return text
    }

    /// `dredge scan of /repo (the whole history), 2026-12-04 22:40Z` and the totals.
    private func header(_ summary: ScanSummary, findings: [Finding]) -> String {
        let bySeverity = Severity.allCases.sorted(by: >).compactMap { severity -> String? in
            let count = findings.filter { $0.severity == severity }.count
            return count > 0 ? "\(count) \(severity.rawValue)" : nil
        }
        var lines = [paint("dredge scan of \(TerminalText.escape(summary.repository)): \(TerminalText.escape(summary.input.place))", "1"),
                     "started \(Self.dateFormatter.string(from: summary.startedAt)), \(scope(summary))"]
        var totals = Plural.count(findings.count, "finding")
        if !bySeverity.isEmpty { totals += " (\(bySeverity.joined(separator: ", ")))" }
        totals += ", \(Plural.count(findings.reduce(0) { $0 + $1.occurrences.count }, "occurrence"))"
        if !summary.suppressed.isEmpty { totals += "; suppressed \(summary.suppressed)" }
        lines.append(totals)
        return lines.joined(separator: "\n") + "\n"
    }

    /// What was read: blobs and commits for git inputs, files for `--no-git`.
    private func scope(_ summary: ScanSummary) -> String {
        switch summary.input {
        case .files: Plural.count(summary.blobsScanned, "file") + " read"
        case .staged: Plural.count(summary.blobsScanned, "staged file") + " read"
        case .range, .history:
            "\(Plural.count(summary.blobsScanned, "blob"))"
                + (summary.messagesScanned > 0 ? " and \(Plural.count(summary.messagesScanned, "message"))" : "")
                + " read from \(Plural.count(summary.commits, "commit"))"
        }
    }

    private func block(_ finding: Finding, input: ScanInput) -> String {
        let secret = finding.shownSecret(revealing: showSecrets)
        // A secret of several lines (a private key) is printed as the block it is, indented below its line.
        let block = secret.contains("\n") ? TerminalText.lines(secret, indent: "        ").map { paint($0, "1") } : []
        // A committed file or data store is named by its path, and has no entropy worth showing.
        let isPlace = [.file, .pii].contains(finding.rule.kind)
        var facts = "    \(isPlace ? "path" : "secret") \(block.isEmpty ? paint(TerminalText.escape(secret), "1") : "(\(block.count) lines, below)")"
        if !isPlace { facts += "  entropy \(String(format: "%.2f", finding.entropy))" }
        facts += "  confidence \(finding.confidence.rawValue)  id \(finding.id.short)"
        var lines = [
            "\(paint(finding.severity.rawValue.uppercased(), Self.colors[finding.severity]!)) \(TerminalText.escape(finding.rule.name)) "
                + paint("(\(finding.rule.id))", "2"),
            facts,
        ] + block
        lines += validationLines(finding.validation)
        lines.append("    " + exposure(finding.exposure, input: input))
        lines += places(finding.occurrences, redacted: finding.secret.redacted)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The facts validation learnt; a data store's summary line says its counts and keys once.
    private func validationLines(_ validation: Validation) -> [String] {
        guard !validation.details.isEmpty else { return [] }
        guard let summary = validation.details.first(where: { $0.key == "summary" })?.value else {
            let facts = validation.details.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            return ["    validation \(TerminalText.escape(facts))"]
        }
        let told: Set<String> = ["summary", "records", "emails", "reserved_domain_emails", "phones", "cards", "ibans", "national_ids",
                                 "keys", "truncated"]
        let rest = validation.details.filter { !told.contains($0.key) }.map { "\($0.key) \($0.value)" }
        return ["    holds \(TerminalText.escape(summary))"] + (rest.isEmpty ? [] : ["    " + TerminalText.escape(rest.joined(separator: ", "))])
    }

    /// One line per path, line and column (with its key), however many commits hold it: the first commit that
    /// brought it, and how many more; then the line of code, redacted.
    private func places(_ occurrences: [Occurrence], redacted: String) -> [String] {
        struct Place: Hashable { let path: String?; let blob: String?; let line: Int; let column: Int }
        var order: [Place] = []
        var byPlace: [Place: [Occurrence]] = [:]
        for occurrence in occurrences {
            let place = Place(path: occurrence.shownPath, blob: occurrence.path == nil ? occurrence.blob.hex : nil,
                              line: occurrence.line, column: occurrence.column)
            if byPlace[place] == nil { order.append(place) }
            byPlace[place, default: []].append(occurrence)
        }
        return order.flatMap { place -> [String] in
            let group = byPlace[place]!
            var lines = [line(group)]
            // A context that is only the redacted secret (a multi-line key) adds nothing.
            if let context = group.first(where: { $0.context != nil })?.context, !context.isEmpty, context != redacted {
                lines.append("        " + paint(TerminalText.escape(context), "2"))
            }
            return lines
        }
    }

    private func line(_ group: [Occurrence]) -> String {
        let occurrence = group[0]
        var place = "\(TerminalText.escape(occurrence.place)):\(occurrence.line):\(occurrence.column)"
        if let key = group.lazy.compactMap(\.key).first { place += " \(TerminalText.escape(key))" }
        let decoded = occurrence.layers.filter { !$0.kind.isArchive }
        if !decoded.isEmpty { place += " (decoded: \(decoded.map(\.summary).joined(separator: ", ")))" }
        if occurrence.message?.kind == .tag, let tagger = occurrence.author {
            let reach = occurrence.reachable ? "" : "  (no ref names this tag)"
            return "    \(paint(place, "36"))  \(Self.dateFormatter.string(from: tagger.date))  \(TerminalText.escape("\(tagger.name) <\(tagger.email)>"))\(reach)"
        }
        let committed = group.filter { $0.commit != nil && $0.author != nil }
        guard let first = committed.first, let commit = first.commit, let author = first.author else {
            // Staged or on disk: the exposure line above says so. A blob no commit holds is unreachable.
            let note = occurrence.reachable || occurrence.message != nil ? "" : "  (unreachable: no commit holds this blob)"
            return "    \(paint(place, "36"))\(note)"
        }
        let when = Self.dateFormatter.string(from: author.date)
        let who = TerminalText.escape("\(author.name) <\(author.email)>")
        var text = "    \(paint(place, "36"))  \(paint(String(commit.hex.prefix(12)), "33"))  \(when)  \(who)"
        let commits = Set(committed.compactMap(\.commit))
        if commits.count > 1, let last = committed.last, let lastCommit = last.commit, let lastAuthor = last.author {
            text += "  and \(Plural.count(commits.count - 1, "more commit")) up to \(lastCommit.hex.prefix(12)) "
                + Self.dateFormatter.string(from: lastAuthor.date)
        }
        if committed.allSatisfy(\.unreachable) {
            text += "  (unreachable commit)"
        } else if committed.contains(where: \.unreachable) {
            text += "  (\(committed.filter(\.unreachable).count) of them unreachable)"
        }
        if let removal = group.lazy.compactMap(\.removedIn).first {
            text += "  removed in \(removal.id.hex.prefix(12)) \(Self.dateFormatter.string(from: removal.author.date))"
        }
        return text
    }

    /// Whether it left the machine and which refs hold it, the two facts that decide how urgent rotation is; for a
    /// narrower input, what was read instead (it was not followed through the refs).
    private func exposure(_ exposure: Exposure, input: ScanInput) -> String {
        guard input == .history else { return paint(input.findingPlace, "2") }
        if exposure.inBareRepository, !exposure.referenced {
            return paint("published", "1;31") + "  (a bare repository holds it, though no ref reaches it: servers still serve such objects by id)"
        }
        guard exposure.referenced else { return paint("in no ref's history (only reflogs or unreachable objects)", "2") }
        let pushed = exposure.inBareRepository ? paint("published (bare repository)", "1;31")
            : exposure.pushed ? paint("pushed", "1;31") : paint("not pushed (local refs only)", "32")
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

    private static let colors: [Severity: String] = [.critical: "1;31", .high: "31", .medium: "33", .low: "34", .info: "2"]

    private static let dateFormatter = DateFormatter.utc("yyyy-MM-dd HH:mm'Z'")
}
