extension RecordExtractor {
    /// The pipe tables of a Markdown document (GitHub Flavored Markdown's tables): a header row, a delimiter row of
    /// dashes (`|---|:---:|`), then the body rows up to the first line that is not one. A wiki page or a runbook kept
    /// in the repository writes its accounts so (`| service | user | password |`). Each cell is trimmed of its spaces
    /// and of one pair of backticks around it (`` `Tz8Lq3…` ``); a row with fewer cells than the header has them empty.
    static func markdownTables(_ bytes: UnsafeRawBufferPointer, _ visit: (_ keys: [String], _ row: [TableCell]) -> Void) {
        var lines: [Range<Int>] = []
        var lineStart = 0
        for (offset, byte) in bytes.enumerated() where byte == 0x0A {
            lines.append(lineStart..<offset)
            lineStart = offset + 1
        }
        if lineStart < bytes.count { lines.append(lineStart..<bytes.count) }
        var index = 0
        while index + 1 < lines.count {
            guard let header = tableRow(bytes, lines[index]), header.count >= 2,
                  isDelimiterRow(bytes, lines[index + 1], columns: header.count) else {
                index += 1
                continue
            }
            let keys = header.map { $0.text ?? "" }
            index += 2
            while index < lines.count, let row = tableRow(bytes, lines[index]) {
                visit(keys, row)
                index += 1
            }
        }
    }

    /// A line's cells between its pipes, or nil when it holds no pipe outside its first and last characters' places.
    private static func tableRow(_ bytes: UnsafeRawBufferPointer, _ line: Range<Int>) -> [TableCell]? {
        let pipe = UInt8(ascii: "|")
        var start = line.lowerBound, end = line.upperBound
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, [0x20, 0x09, 0x0D].contains(bytes[end - 1]) { end -= 1 }
        guard start < end, bytes[start..<end].contains(pipe) else { return nil }
        if bytes[start] == pipe { start += 1 }
        if end - 1 > start, bytes[end - 1] == pipe, bytes[end - 2] != UInt8(ascii: "\\") { end -= 1 }
        var cells: [TableCell] = []
        var cellStart = start
        var position = start
        while position <= end {
            // `\|` is a pipe inside a cell
            if position == end || (bytes[position] == pipe && (position == start || bytes[position - 1] != UInt8(ascii: "\\"))) {
                cells.append(cell(bytes, cellStart..<position))
                cellStart = position + 1
            }
            position += 1
        }
        return cells
    }

    private static func cell(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> TableCell {
        var (start, end) = (range.lowerBound, range.upperBound)
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        let tick = UInt8(ascii: "`")
        if end - start >= 2, bytes[start] == tick, bytes[end - 1] == tick { (start, end) = (start + 1, end - 1) }
        guard start < end else { return TableCell(text: "", range: nil) }
        return TableCell(text: String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self), range: start..<end)
    }

    /// `|---|:--:|--:|`: every cell dashes (three or more) with an optional colon at either end, as many as the header's.
    private static func isDelimiterRow(_ bytes: UnsafeRawBufferPointer, _ line: Range<Int>, columns: Int) -> Bool {
        guard let cells = tableRow(bytes, line), cells.count == columns else { return false }
        return cells.allSatisfy { cell in
            guard var text = cell.text?[...], !text.isEmpty else { return false }
            if text.first == ":" { text = text.dropFirst() }
            if text.last == ":" { text = text.dropLast() }
            return text.count >= 3 && text.allSatisfy { $0 == "-" }
        }
    }
}
