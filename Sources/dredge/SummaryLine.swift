import DredgeKit
import Foundation

/// The one line on standard error after a scan: what was read, what was found, how long it took.
struct SummaryLine {
    let summary: ScanSummary

    init(_ summary: ScanSummary) { self.summary = summary }

    var text: String {
        let megabytes = Double(summary.bytesScanned) / 1_000_000
        let noun = switch summary.input {
        case .files: "file"
        case .staged: "staged file"
        case .range, .history: "blob"
        }
        let from = switch summary.input {
        case .files, .staged: ""
        case .range(let range): " from \(Plural.count(summary.commits, "commit")) of \(range)"
        case .history: " from \(Plural.count(summary.commits, "commit"))"
        }
        var parts = [
            "dredge: scanned \(Plural.count(summary.blobsScanned, noun)) (\(String(format: "%.1f", megabytes)) MB)"
                + (summary.messagesScanned > 0
                    ? " and \(Plural.count(summary.messagesScanned, "message")) (\(String(format: "%.1f", Double(summary.messageBytes) / 1_000_000)) MB)" : "")
                + from
                + " in \(String(format: "%.2f", summary.duration)) s: \(Plural.count(summary.findings, "finding")), "
                + Plural.count(summary.occurrences, "occurrence"),
        ]
        if summary.bytesScanned + summary.messageBytes > 0 {
            let share = 100 * Double(summary.bytesToRegex) / Double(summary.bytesScanned + summary.messageBytes)
            parts.append("\(String(format: "%.0f", share))% of bytes reached PCRE2")
        }
        var skipped: [String] = []
        if summary.binaryBlobs > 0 { skipped.append("\(summary.binaryBlobs) binary") }
        if summary.oversizedBlobs > 0 { skipped.append("\(summary.oversizedBlobs) over --max-blob-size") }
        if summary.unreadableBlobs > 0 { skipped.append("\(summary.unreadableBlobs) unreadable") }
        if !skipped.isEmpty { parts.append("skipped " + skipped.joined(separator: ", ")) }
        if !summary.suppressed.isEmpty { parts.append("suppressed \(summary.suppressed)") }
        if !summary.skippedMatches.isEmpty { parts.append("\(Plural.count(summary.skippedMatches.count, "rule × blob pair")) hit the match limit") }
        if !summary.historyComplete { parts.append("history incomplete (shallow clone, missing objects or broken refs)") }
        var text = parts.joined(separator: "; ") + "\n"
        for error in summary.errors.prefix(5) { text += "dredge: warning: \(TerminalText.escape(error))\n" }
        if summary.errors.count > 5 { text += "dredge: warning: … and \(summary.errors.count - 5) more (see --format json)\n" }
        return text
    }
}
