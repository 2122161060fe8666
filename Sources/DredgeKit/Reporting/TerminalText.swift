/// Makes text from a scanned repository safe to print: control characters (escape sequences, carriage returns,
/// newlines in paths) are shown as `\u{…}` instead of reaching the terminal raw.
public enum TerminalText {
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                result += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Text of several lines (a PEM key shown with `--show-secrets`) as lines to print under `indent`, each escaped,
    /// so the block reads as it was written; a CRLF line end is dropped with its line feed.
    public static func lines(_ text: String, indent: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            indent + escape(line.hasSuffix("\r") ? String(line.dropLast()) : String(line))
        }
    }
}
