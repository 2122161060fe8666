/// A Jupyter notebook (`.ipynb`, nbformat 4) is JSON whose cells keep their code and their outputs as arrays of JSON
/// strings, one a line as Jupyter writes them (`"db_password = \"…\"\n",`): quotes and backslashes escaped, where a
/// rule that reads `password = "…"` does not see them. The rules read each such line decoded, as it shows in the
/// notebook, in its place: every other line stays as written, so a finding's line is the file's.
enum NotebookText {
    /// Whether the text is a notebook: a JSON object that names its `nbformat`.
    static func isNotebook(_ text: UnsafeRawBufferPointer) -> Bool {
        guard let first = text.first(where: { !isBlank($0) }), first == UInt8(ascii: "{") else { return false }
        return text.contains(Array("\"nbformat\"".utf8))
    }

    /// The text with each line that is one JSON string of an array (`    "text\n",`) replaced by the string's content,
    /// its indentation kept: escapes decoded, a closing `\n` dropped and one inside the string read as a space.
    static func decoded(_ text: UnsafeRawBufferPointer) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(text.count)
        var start = 0
        while start < text.count {
            var end = start
            while end < text.count, text[end] != UInt8(ascii: "\n") { end += 1 }
            let line = UnsafeRawBufferPointer(rebasing: text[start..<end])
            if let content = stringElement(line) {
                result += content
            } else {
                result += line
            }
            if end < text.count { result.append(UInt8(ascii: "\n")) }
            start = end + 1
        }
        return result
    }

    /// A line that is indentation, then one JSON string, then an optional comma: the indentation and the string decoded.
    private static func stringElement(_ line: UnsafeRawBufferPointer) -> [UInt8]? {
        var open = 0
        while open < line.count, isBlank(line[open]) { open += 1 }
        var close = line.count
        while close > open, isBlank(line[close - 1]) || line[close - 1] == UInt8(ascii: "\r") { close -= 1 }
        if close > open, line[close - 1] == UInt8(ascii: ",") { close -= 1 }
        guard close - open >= 2, line[open] == UInt8(ascii: "\""), line[close - 1] == UInt8(ascii: "\"") else { return nil }
        let body = line[(open + 1)..<(close - 1)]
        guard var content = JSONString.unescaped(body, lineBreak: UInt8(ascii: " ")) else { return nil }
        if body.count >= 2, body.suffix(2).elementsEqual([UInt8(ascii: "\\"), UInt8(ascii: "n")]), content.last == UInt8(ascii: " ") {
            content.removeLast()  // the line's own end, which the next string continues after
        }
        return Array(line[0..<open]) + content
    }

    private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
}
