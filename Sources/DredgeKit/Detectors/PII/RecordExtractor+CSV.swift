extension RecordExtractor {
    /// CSV or TSV with a header row: each further row is a record keyed by the header. Fields may be quoted
    /// (`"Doe, Jane"`, `""` for a quote, line breaks inside quotes). When the first row already holds personal data
    /// it is not a header: columns are then named `column 1`, `column 2`, …
    static func delimited(_ bytes: UnsafeRawBufferPointer, delimiter: UInt8, into tally: inout PersonalDataTally) -> Bool {
        delimitedRows(bytes, delimiter: delimiter) { keys, row in
            tally.rowsScanned += 1
            tally.addRecord(keys: keys, values: row.map(\.text))
        }
    }

    /// Each row after the header (or every row, when the first holds personal data), with the keys it is read by.
    /// False when there is no row at all.
    static func delimitedRows(_ bytes: UnsafeRawBufferPointer, delimiter: UInt8,
                              _ visit: (_ keys: [String], _ row: [TableCell]) -> Void) -> Bool {
        var reader = DelimitedReader(bytes: bytes, delimiter: delimiter)
        guard let first = reader.next() else { return false }
        var probe = PersonalDataTally()
        // A first row holding personal data, or a number, is data: a header names its columns (a game's headerless
        // `obj-spawns.csv`, `2324,9800,…,Ardougne Underground Pass,…`, has no column named "Pass", blind30j).
        let headerless = first.contains { probe.addValue($0.text ?? "", key: nil) }
            || first.contains { cell in cell.text.map { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } } ?? false }
        var keys = headerless ? [] : first.map { $0.text ?? "" }
        func add(_ row: [TableCell]) {
            guard row.count > 1 || row.first?.text?.isEmpty == false else { return }  // a blank line
            while keys.count < row.count { keys.append("column \(keys.count + 1)") }
            visit(keys, row)
        }
        if headerless { add(first) }
        while let row = reader.next() { add(row) }
        return true
    }

    /// The delimiter among `candidates` that splits each of the first lines (up to 20, within 64 KiB) into the same
    /// number of fields, at least two, preferring more fields; nil when none does over `minimumLines` lines.
    static func sniffDelimiter(_ bytes: UnsafeRawBufferPointer, candidates: [UInt8], minimumLines: Int) -> UInt8? {
        let limit = 64 * 1024
        let probe = UnsafeRawBufferPointer(rebasing: bytes.prefix(limit))
        var best: (delimiter: UInt8, fields: Int)?
        for delimiter in candidates {
            var reader = DelimitedReader(bytes: probe, delimiter: delimiter)
            var counts: [Int] = []
            while counts.count < 21, let row = reader.next() {
                if row.count == 1, row[0].text?.isEmpty != false { continue }
                counts.append(row.count)
            }
            if !counts.isEmpty, bytes.count > limit || counts.count > 20 { counts.removeLast() }  // possibly cut short
            guard counts.count >= minimumLines, let fields = counts.first, fields >= 2,
                  counts.allSatisfy({ $0 == fields }) else { continue }
            if fields > best?.fields ?? 0 { best = (delimiter, fields) }
        }
        return best?.delimiter
    }
}
