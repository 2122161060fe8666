/// Text from a scanned repository made safe inside Markdown: characters that would start emphasis, code, links, HTML
/// or a table cell boundary are backslash-escaped, line breaks and control characters are shown, not obeyed.
enum MarkdownText {
    static func escape(_ text: String) -> String {
        var result = ""
        for character in TerminalText.escape(text) {
            if "\\`*_{}[]()<>#+!|~".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// A table cell: escaped, and never empty (an empty cell is fine, but a dash reads better).
    static func cell(_ text: String) -> String { text.isEmpty ? "–" : escape(text) }
}
