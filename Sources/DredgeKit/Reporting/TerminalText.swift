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
}
