/// A SQLite database committed to a repository (an app's `db.sqlite3`, a test fixture copied from production) holds
/// its rows in pages no text rule reads. The unwrap stage reads them (`SQLiteRecords`) and writes each table as text,
/// one line a row, as a JSON object of its columns: a column's name then stands before its value as a setting's name
/// does (`{"email": "…", "password": "…"}`), and a row's line number is its place in the table.
enum DatabaseText {
    /// Rows read from one table at most.
    static let maxRowsPerTable = 10_000

    /// Each table's rows as text, in the database's order, and whether some were left out (a table past
    /// `maxRowsPerTable`, or all rows past `budget` bytes of text); nil when the bytes are no database that opens.
    static func tables(of bytes: UnsafeRawBufferPointer, budget: Int) -> (tables: [(table: String, text: [UInt8])], cutShort: Bool)? {
        var tables: [(table: String, text: [UInt8])] = []
        var written = 0
        var cutShort = false
        let opened = SQLiteRecords.forEachRow(bytes, maxRowsPerTable: maxRowsPerTable) { table, keys, values in
            guard let keys, let values, written < budget else {
                cutShort = true
                return
            }
            if tables.last?.table != table { tables.append((table, [])) }
            let line = row(keys: keys, values: values)
            written += line.count
            tables[tables.count - 1].text += line
        }
        return opened ? (tables, cutShort) : nil
    }

    /// `{"column": "value", …}` and a newline; a NULL or a value that is no text is left out.
    static func row(keys: [String], values: [String?]) -> [UInt8] {
        var line: [UInt8] = [UInt8(ascii: "{")]
        for (key, value) in zip(keys, values) {
            guard let value else { continue }
            if line.count > 1 { line += Array(", ".utf8) }
            appendQuoted(key, to: &line)
            line += Array(": ".utf8)
            appendQuoted(value, to: &line)
        }
        line += [UInt8(ascii: "}"), UInt8(ascii: "\n")]
        return line
    }

    /// `text` as a JSON string: quotes and backslashes escaped, control characters (a newline in a value) as `\u00XX`.
    private static func appendQuoted(_ text: String, to line: inout [UInt8]) {
        line.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): line += [UInt8(ascii: "\\"), byte]
            case 0..<0x20: line += Array("\\u00".utf8) + [hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]]
            default: line.append(byte)
            }
        }
        line.append(UInt8(ascii: "\""))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
