/// One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break, and defused when a spreadsheet would
/// read it as a formula (paths and commit messages come from whoever wrote the repository).
enum CSVField {
    static func escape(_ value: String) -> String {
        var value = value
        if let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
