extension RecordExtractor {
    /// Constraint keywords that begin a `CREATE TABLE` item which is not a column.
    private static let constraintWords: Set<String> = ["CONSTRAINT", "PRIMARY", "UNIQUE", "KEY", "INDEX", "FOREIGN",
                                                       "CHECK", "FULLTEXT", "SPATIAL", "EXCLUDE", "PERIOD", "LIKE"]

    /// A SQL dump: every `INSERT INTO t [(columns)] VALUES (…), (…)` row is a record, keyed by the statement's column
    /// list or else by the columns of the `CREATE TABLE t` before it; PostgreSQL `COPY t (columns) FROM stdin` rows
    /// too. True when at least one such statement was read.
    static func sql(_ bytes: UnsafeRawBufferPointer, into tally: inout PersonalDataTally) -> Bool {
        sqlRows(bytes) { table, keys, row in
            tally.rowsScanned += 1
            tally.addRecord(keys: keys, values: row.map(\.text), table: table)
        }
    }

    /// Each row of a SQL dump's `INSERT` and `COPY` statements, with its table's name and the keys it is read by.
    typealias SQLRowVisitor = (_ table: String?, _ keys: [String], _ row: [TableCell]) -> Void

    static func sqlRows(_ bytes: UnsafeRawBufferPointer, _ visit: SQLRowVisitor) -> Bool {
        var lexer = SQLTokenizer(bytes: bytes, backslashEscapes: SQLTokenizer.looksLikeMySQL(bytes))
        var tableColumns: [String: [String]] = [:]
        var dataStatements = 0
        while true {
            switch lexer.next() {
            case .end:
                return dataStatements > 0
            case .semicolon:
                continue
            case .word(let word) where lexer.word(word, is: "CREATE"):
                if let (table, columns) = createTable(&lexer), tableColumns.count < 10_000 {
                    tableColumns[table.lowercased()] = columns
                }
            case .word(let word) where lexer.word(word, is: "INSERT") || lexer.word(word, is: "REPLACE"):
                if insert(&lexer, tableColumns, visit) { dataStatements += 1 }
            case .word(let word) where lexer.word(word, is: "COPY"):
                if copy(&lexer, visit) { dataStatements += 1 }
            default:
                skipStatement(&lexer)
            }
        }
    }

    private static func skipStatement(_ lexer: inout SQLTokenizer) {
        while true {
            switch lexer.next() {
            case .semicolon, .end: return
            default: continue
            }
        }
    }

    /// After a table name's first token: the name's tokens up to `(` or a keyword in `stops`; the name is the last
    /// part of `schema.table`. Returns the token that ended the name.
    private static func tableName(_ lexer: inout SQLTokenizer,
                                  stops: [StaticString]) -> (name: String?, next: SQLTokenizer.Token) {
        var name: String?
        while true {
            let token = lexer.next()
            switch token {
            case .identifier(let text):
                name = text
            case .word(let word):
                if stops.contains(where: { lexer.word(word, is: $0) }) { return (name, token) }
                let text = lexer.text(word)
                if text != "." { name = text.split(separator: ".").last.map(String.init) ?? name }
            default:
                return (name, token)
            }
        }
    }

    /// `CREATE [OR REPLACE] [TEMPORARY] TABLE [IF NOT EXISTS] name (column type …, constraint …)`.
    static func createTable(_ lexer: inout SQLTokenizer) -> (String, [String])? {
        while true {
            switch lexer.next() {
            case .word(let word) where lexer.word(word, is: "TABLE"):
                let (name, next) = tableName(&lexer, stops: ["AS"])
                guard let name, next == .open else {
                    if next != .semicolon { skipStatement(&lexer) }
                    return nil
                }
                var columns: [String] = []
                var depth = 1
                var atItemStart = true
                while depth > 0 {
                    let token = lexer.next()
                    switch token {
                    case .open: depth += 1
                    case .close: depth -= 1
                    case .comma where depth == 1: atItemStart = true; continue
                    case .semicolon, .end: return (name, columns)
                    case .identifier(let text) where atItemStart: columns.append(text)
                    case .word(let word) where atItemStart:
                        let text = lexer.text(word)
                        if !constraintWords.contains(text.uppercased()) { columns.append(text) }
                    default: break
                    }
                    atItemStart = false
                }
                skipStatement(&lexer)
                return (name, columns)
            case .word:
                continue
            case .semicolon, .end:
                return nil
            default:
                skipStatement(&lexer)
                return nil
            }
        }
    }

    /// `INSERT [IGNORE] INTO name [(columns)] VALUES (row), (row) …`; true when rows were read.
    static func insert(_ lexer: inout SQLTokenizer, _ tableColumns: [String: [String]],
                               _ visit: SQLRowVisitor) -> Bool {
        while true {
            let token = lexer.next()
            if case .word(let word) = token {
                if lexer.word(word, is: "INTO") { break }
                continue
            }
            if token != .semicolon, token != .end { skipStatement(&lexer) }
            return false
        }
        let (name, afterName) = tableName(&lexer, stops: ["VALUES", "VALUE", "SELECT", "SET", "DEFAULT", "WITH"])
        var next = afterName
        var columns: [String]?
        if next == .open {
            var listed: [String] = []
            loop: while true {
                switch lexer.next() {
                case .identifier(let text): listed.append(text)
                case .word(let word): listed.append(lexer.text(word))
                case .comma: continue
                case .close: break loop
                default: return false
                }
            }
            columns = listed
            next = lexer.next()
        }
        guard case .word(let word) = next, lexer.word(word, is: "VALUES") || lexer.word(word, is: "VALUE") else {
            if next != .semicolon, next != .end { skipStatement(&lexer) }
            return false
        }
        var keys = columns ?? name.flatMap { tableColumns[$0.lowercased()] } ?? []
        var rows = 0
        while lexer.next() == .open {
            let values = row(&lexer)
            while keys.count < values.count { keys.append("column \(keys.count + 1)") }
            visit(name, keys, values)
            rows += 1
            let after = lexer.next()
            if after == .comma { continue }
            if after != .semicolon, after != .end { skipStatement(&lexer) }
            break
        }
        return rows > 0
    }

    /// The values of one `( … )` row after its `(`: a string literal's text (also after a prefix such as `N'…'`,
    /// `_utf8mb4'…'` or before a cast `'…'::text`), a bare number, nil for `NULL` and for expressions. A bare word that
    /// is no number is a name: a stored procedure's parameter (`VALUES (@Id, @PrivateKey)`), a function's argument
    /// (`par_Email`), `DEFAULT` or `TRUE`; the statement is code, not a row.
    private static func row(_ lexer: inout SQLTokenizer) -> [TableCell] {
        var values: [TableCell] = []
        var depth = 1
        var string: TableCell?
        var word: Range<Int>?
        var tokens = 0
        func finish() {
            if let string {
                values.append(string)
            } else if tokens == 1, let word, !lexer.word(word, is: "NULL"), lexer.isNumber(word) {
                values.append(TableCell(text: lexer.text(word), range: word))
            } else {
                values.append(TableCell(text: nil, range: nil))
            }
            string = nil
            word = nil
            tokens = 0
        }
        while depth > 0 {
            let token = lexer.next()
            switch token {
            case .open: depth += 1; tokens += 1
            case .close:
                depth -= 1
                if depth == 0 { finish() } else { tokens += 1 }
            case .comma where depth == 1: finish()
            case .semicolon, .end: finish(); return values
            case .string(let text, let range): if string == nil { string = TableCell(text: text, range: range) }; tokens += 1
            case .word(let range): if word == nil { word = range }; tokens += 1
            default: tokens += 1
            }
        }
        return values
    }

    /// `COPY name [(columns)] FROM stdin;` then tab-separated rows up to `\.`; `\N` is NULL.
    private static func copy(_ lexer: inout SQLTokenizer, _ visit: SQLRowVisitor) -> Bool {
        let (name, afterName) = tableName(&lexer, stops: ["FROM", "TO"])
        var next = afterName
        var columns: [String] = []
        if next == .open {
            loop: while true {
                switch lexer.next() {
                case .identifier(let text): columns.append(text)
                case .word(let word): columns.append(lexer.text(word))
                case .comma: continue
                default: break loop
                }
            }
            next = lexer.next()
        }
        guard case .word(let from) = next, lexer.word(from, is: "FROM"),
              case .word(let source) = lexer.next(), lexer.word(source, is: "STDIN") else {
            skipStatement(&lexer)
            return false
        }
        skipStatement(&lexer)
        lexer.skipRestOfLine()
        var rows = 0
        while let line = lexer.line() {
            if lexer.text(line) == "\\." { break }
            let values = lexer.fields(of: line, separatedBy: UInt8(ascii: "\t")).map { field -> TableCell in
                let text = lexer.text(field)
                return text == "\\N" ? TableCell(text: nil, range: nil) : TableCell(text: unescapeCopyField(text), range: field)
            }
            while columns.count < values.count { columns.append("column \(columns.count + 1)") }
            visit(name, columns, values)
            rows += 1
        }
        return rows > 0
    }

    /// COPY text format escapes: `\\`, `\t`, `\n`, `\r`.
    private static func unescapeCopyField(_ field: String) -> String {
        guard field.contains("\\") else { return field }
        var result = ""
        var escaping = false
        for character in field {
            if escaping {
                switch character {
                case "t": result.append("\t")
                case "n": result.append("\n")
                case "r": result.append("\r")
                default: result.append(character)
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}
