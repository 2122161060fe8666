/// Makes text from a scanned repository (paths, author names, secrets) safe to quote in Markdown: it cannot end a
/// table row, add a cell, open a link, emphasis or HTML, or reach a terminal as a control sequence.
public enum MarkdownText {
    /// Plain text: control characters shown as `\u{…}`, then every character Markdown could read as markup
    /// backslash-escaped (CommonMark lets any ASCII punctuation be escaped).
    public static func plain(_ text: String) -> String {
        var result = ""
        for character in TerminalText.escape(text) {
            if markup.contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// A code span for a table cell: nothing inside is markup, links or HTML. Pipes are escaped because GitHub splits
    /// table cells on them even inside code; the fence is one backtick longer than any run of backticks inside.
    public static func code(_ text: String) -> String {
        let content = TerminalText.escape(text).replacingOccurrences(of: "|", with: "\\|")
        guard !content.isEmpty else { return "" }
        var longestRun = 0, run = 0
        for character in content {
            run = character == "`" ? run + 1 : 0
            longestRun = max(longestRun, run)
        }
        let fence = String(repeating: "`", count: longestRun + 1)
        // A space on each side, which CommonMark strips, keeps a leading or trailing backtick (or space) in the content.
        let padded = content.first == "`" || content.last == "`" || (content.first == " " && content.last == " ")
        return padded ? "\(fence) \(content) \(fence)" : fence + content + fence
    }

    /// A fenced code block: its fence is longer than any run of backticks inside, so the content cannot close it.
    public static func fencedBlock(_ text: String) -> String {
        let longestRun = text.split(omittingEmptySubsequences: true) { $0 != "`" }.map(\.count).max() ?? 0
        let fence = String(repeating: "`", count: max(3, longestRun + 1))
        return "\(fence)\n\(text)\n\(fence)"
    }

    private static let markup: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "&", "~", "#", "!"]
}
