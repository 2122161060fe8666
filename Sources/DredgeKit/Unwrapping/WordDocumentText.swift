/// A Word document's text (`.docx`: Office Open XML, ECMA-376 part 1 §17), as the rules read a text file: each
/// paragraph a line, and each table as records, its first row naming the columns (`DatabaseText`), so a runbook's
/// `root password: …` and its table of `user | password` rows are read as they are seen. The XML holds a paragraph in
/// runs split wherever the formatting changes (`<w:t>root password: </w:t></w:r><w:r><w:t>…`), where no rule reads it.
/// Deleted text kept by tracked changes (`w:delText`) is text the history holds too.
enum WordDocumentText {
    /// The part that holds the document's body.
    static let body = "word/document.xml"

    static func text(of part: [UInt8]) -> [UInt8] {
        var text: [UInt8] = []
        var paragraph = ""
        var inText = false
        // Open tables, innermost last: each its rows so far, the current row's cells and the current cell's text.
        var tables: [(rows: [[String]], row: [String], cell: String)] = []
        MarkupEvents.read(part) { event in
            switch event {
            case .start("t", _), .start("delText", _): inText = true
            case .end("t"), .end("delText"): inText = false
            case .text(let run) where inText: paragraph += run
            case .start("tab", _): paragraph += "\t"
            case .start("br", _), .start("cr", _): paragraph += "\n"
            case .end("p"):
                if tables.isEmpty {
                    text += Array(paragraph.utf8) + [0x0A]
                } else {
                    let cell = tables[tables.count - 1].cell
                    tables[tables.count - 1].cell = cell.isEmpty ? paragraph : cell + " " + paragraph
                }
                paragraph = ""
            case .start("tbl", _): tables.append(([], [], ""))
            case .start("tr", _) where !tables.isEmpty: tables[tables.count - 1].row = []
            case .end("tc") where !tables.isEmpty:
                tables[tables.count - 1].row.append(tables[tables.count - 1].cell)
                tables[tables.count - 1].cell = ""
            case .end("tr") where !tables.isEmpty: tables[tables.count - 1].rows.append(tables[tables.count - 1].row)
            case .end("tbl") where !tables.isEmpty:
                let table = tables.removeLast()
                let records = lines(of: table.rows)
                if tables.isEmpty {
                    text += records
                } else {  // a table in a cell: its records are that cell's text
                    tables[tables.count - 1].cell += String(decoding: records, as: UTF8.self)
                }
            default: break
            }
        }
        return text
    }

    /// A table's rows after the first, each a record of the first row's names (a cell under no name is named by its
    /// column's number); a table of two columns is also read a row a line, `label: value`, as a runbook's table of
    /// `Host | db01`, `Password | …` is meant.
    private static func lines(of rows: [[String]]) -> [UInt8] {
        guard let header = rows.first else { return [] }
        var text: [UInt8] = []
        for row in rows.dropFirst() {
            let keys = row.indices.map { $0 < header.count && !header[$0].isEmpty ? header[$0] : String($0 + 1) }
            text += DatabaseText.row(keys: keys, values: row.map { $0.isEmpty ? nil : $0 })
        }
        for row in rows where row.count == 2 && !row[0].isEmpty && !row[1].isEmpty {
            text += Array("\(row[0]): \(row[1])\n".utf8)
        }
        return text
    }
}
