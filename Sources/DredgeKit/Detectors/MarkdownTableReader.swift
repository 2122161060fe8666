/// Markdown's pipe tables, as GitHub, GitLab and most wikis write them: a header row, a delimiter row of dashes
/// (`|---|:--:|`), then rows up to the first line without a pipe. Teams keep logins in them (`| service | user |
/// password |` on a wiki page). A cell's range is its text without the blanks, and the backticks of a code span,
/// around it; `\|` inside a cell is a pipe, not a border.
enum MarkdownTableReader {
    static func rows(_ bytes: UnsafeRawBufferPointer, _ visit: (_ keys: [String], _ row: [TableCell]) -> Void) {
        guard bytes.contains(UInt8(ascii: "|")) else { return }  // most documents hold no table
        let lines = Self.lines(bytes)
        var index = 0
        while index + 1 < lines.count {
            guard hasPipe(bytes, lines[index]), isDelimiterRow(bytes, lines[index + 1]) else {
                index += 1
                continue
            }
            let keys = cells(bytes, lines[index]).map { cell in
                String(decoding: bytes[cell], as: UTF8.self).filter { $0 != "*" }  // `**Password**`
            }
            index += 2
            while index < lines.count, hasPipe(bytes, lines[index]) {
                visit(keys, cells(bytes, lines[index]).map { TableCell(text: String(decoding: bytes[$0], as: UTF8.self), range: $0) })
                index += 1
            }
        }
    }

    /// The cells between the row's pipes, each trimmed of blanks and of a code span's backticks.
    private static func cells(_ bytes: UnsafeRawBufferPointer, _ line: Range<Int>) -> [Range<Int>] {
        var borders: [Int] = []
        var position = line.lowerBound
        while position < line.upperBound {
            if bytes[position] == UInt8(ascii: "\\") { position += 2; continue }
            if bytes[position] == UInt8(ascii: "|") { borders.append(position) }
            position += 1
        }
        var starts = [line.lowerBound] + borders.map { $0 + 1 }
        var ends = borders + [line.upperBound]
        // a leading and a trailing pipe close the row; they open no empty cell
        if let first = borders.first, trimmed(bytes, line.lowerBound..<first).isEmpty { starts.removeFirst(); ends.removeFirst() }
        if let last = borders.last, trimmed(bytes, (last + 1)..<line.upperBound).isEmpty, !starts.isEmpty { starts.removeLast(); ends.removeLast() }
        return zip(starts, ends).map { start, end in
            var cell = trimmed(bytes, start..<end)
            while cell.count >= 2, bytes[cell.lowerBound] == UInt8(ascii: "`"), bytes[cell.upperBound - 1] == UInt8(ascii: "`") {
                cell = trimmed(bytes, (cell.lowerBound + 1)..<(cell.upperBound - 1))
            }
            return cell
        }
    }

    /// `|---|:---:|`, `--- | ---`: only dashes, colons, pipes and blanks, with a pipe and a run of dashes.
    private static func isDelimiterRow(_ bytes: UnsafeRawBufferPointer, _ line: Range<Int>) -> Bool {
        let row = bytes[line]
        return row.contains(UInt8(ascii: "|")) && row.contains(UInt8(ascii: "-"))
            && row.allSatisfy { [UInt8(ascii: "|"), UInt8(ascii: "-"), UInt8(ascii: ":"), 0x20, 0x09].contains($0) }
    }

    private static func hasPipe(_ bytes: UnsafeRawBufferPointer, _ line: Range<Int>) -> Bool {
        bytes[line].contains(UInt8(ascii: "|"))
    }

    private static func trimmed(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> Range<Int> {
        var range = range
        while let first = range.first, bytes[first] == 0x20 || bytes[first] == 0x09 { range = range.dropFirst() }
        while let last = range.last, bytes[last] == 0x20 || bytes[last] == 0x09 { range = range.dropLast() }
        return range
    }

    /// Each line's range, without its `\r\n` or `\n`.
    private static func lines(_ bytes: UnsafeRawBufferPointer) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            lines.append(start..<(end > start && bytes[end - 1] == 0x0D ? end - 1 : end))
            start = end + 1
        }
        return lines
    }
}
