/// A SQLite database committed to a repository (an app's `db.sqlite3`, a test fixture copied from production), or an
/// Excel workbook, holds its rows where no text rule reads them. The unwrap stage reads them (`SQLiteRecords`,
/// `SpreadsheetRecords`) and writes each table as text, one line a row, as a JSON object of its columns: a column's
/// name then stands before its value as a setting's name does (`{"email": "…", "password": "…"}`), and a row's line
/// number is its place in the table.
enum DatabaseText {
    /// Rows read from one table at most.
    static let maxRowsPerTable = 10_000

    /// What a store's reader calls with each row: its table, column names and values (nil columns: the table was cut
    /// short there).
    typealias Row = (_ table: String, _ keys: [String]?, _ values: [String?]?) -> Void

    /// Each table's rows as text, in the store's order, and whether some were left out (a table past
    /// `maxRowsPerTable`, or all rows past `budget` bytes of text); nil when `reading` (which hands each row to its
    /// argument) says the store does not open.
    static func tables(budget: Int, reading: (Row) -> Bool) -> (tables: [(table: String, text: [UInt8])], cutShort: Bool)? {
        var tables: [(table: String, text: [UInt8])] = []
        var written = 0
        var cutShort = false
        let opened = reading { table, keys, values in
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

    /// `{"column": "value", …}` and a newline; a NULL or a value that is no text is left out. A table of settings keeps
    /// each one's name in a column and its value in another (`option_name` and `option_value`, `key` and `value`): its
    /// row is written with the setting's name as its value's key, `{"api_token": "…"}`, as the setting would be in a
    /// file.
    static func row(keys: [String], values: [String?]) -> [UInt8] {
        var line: [UInt8] = [UInt8(ascii: "{")]
        var keys = keys, values = values
        if let (name, value) = settingColumns(keys), let setting = values[name], setting.utf8.count <= 80,
           !setting.contains(where: \.isNewline) {
            keys[value] = setting
            keys.remove(at: name)
            values.remove(at: name)
        }
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

    /// The columns of a setting's name and of its value, when a table has one of each.
    private static func settingColumns(_ keys: [String]) -> (name: Int, value: Int)? {
        let lowered = keys.map { $0.lowercased() }
        guard let value = lowered.firstIndex(where: valueColumns.contains),
              let name = lowered.firstIndex(where: nameColumns.contains) else { return nil }
        return (name, value)
    }

    private static let nameColumns: Set<String> = ["key", "name", "option_name", "setting", "setting_name", "setting_key",
                                                   "config_key", "property", "parameter", "param", "variable", "path"]
    private static let valueColumns: Set<String> = ["value", "val", "option_value", "setting_value", "config_value",
                                                    "property_value", "parameter_value", "param_value"]

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
