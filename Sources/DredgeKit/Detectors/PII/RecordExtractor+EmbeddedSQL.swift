extension RecordExtractor {
    /// The rows of the SQL a program keeps in its string literals: a setup script's
    /// `$insert = "INSERT INTO users VALUES ('1', 'admin', MD5('password'))";`, Android's `db.execSQL("INSERT …")`,
    /// a migration class' `'INSERT INTO accounts (username, password) VALUES ("admin", "adminpass")'`, keyed by the
    /// `CREATE TABLE` another literal of the same file holds. Each statement is read from its first word inside the
    /// literal to the literal's end (through the literals that continue it); what lies between statements is the
    /// program's, never read as SQL. A statement built by concatenation (`"… VALUES ('" . $name . "', …"`) or with
    /// bound parameters (`VALUES (?, ?)`, `(%s, %s)`) yields no cell with a value.
    static func embeddedSQLRows(_ bytes: UnsafeRawBufferPointer, _ visit: SQLRowVisitor) -> Bool {
        var tableColumns: [String: [String]] = [:]
        var dataStatements = 0
        for (start, quote) in statementStarts(bytes) {
            var lexer = SQLTokenizer(bytes: bytes, backslashEscapes: true, literalQuote: quote)
            lexer.seek(to: start)
            guard case .word(let word) = lexer.next() else { continue }
            if lexer.word(word, is: "CREATE") {
                if let (table, columns) = createTable(&lexer), tableColumns.count < 10_000 {
                    tableColumns[table.lowercased()] = columns
                }
            } else if insert(&lexer, tableColumns, { table, keys, row in
                // A cell holding the literal's own quote is the program's splice (`'" . $pass . "'`), no value; nor
                // is a format's slot the program fills (`'{}'`, `'%s'`, `'{password}'`, `'#{pass}'`).
                visit(table, keys, row.map { cell in
                    guard let text = cell.text, !text.utf8.contains(quote), !isFormatSlot(text) else { return TableCell(text: nil, range: nil) }
                    return cell
                })
            }) {
                dataStatements += 1
            }
        }
        return dataStatements > 0
    }

    /// A slot of Python's `str.format`, printf, Ruby's and JavaScript's interpolation, or a bind parameter: the whole
    /// cell is one (`{}`, `{0}`, `{password}`, `%s`, `%(pw)s`, `#{pass}`, `${pw}`, `:pw`, `$1`, `?`, `@pw`).
    static func isFormatSlot(_ text: String) -> Bool {
        let inner = { (value: Substring) in value.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." } }
        if text == "?" || text == "%s" || text == "%d" { return true }
        for (open, close) in [("{", "}"), ("#{", "}"), ("${", "}"), ("%(", ")s"), ("{{", "}}")]
            where text.hasPrefix(open) && text.hasSuffix(close) && text.count >= open.count + close.count {
            if inner(text.dropFirst(open.count).dropLast(close.count).filter { $0 != " " }[...]) { return true }
        }
        if let first = text.first, [":", "$", "@"].contains(first), text.count > 1, inner(text.dropFirst()) { return true }
        return false
    }

    private static let statementWords: [(first: [UInt8], second: [UInt8])] = [
        (Array("INSERT".utf8), Array("INTO".utf8)), (Array("REPLACE".utf8), Array("INTO".utf8)),
        (Array("CREATE".utf8), Array("TABLE".utf8)),
    ]

    /// Offsets of `INSERT INTO`, `REPLACE INTO` and `CREATE TABLE` that open a string literal (the nearest byte before
    /// them that is not blank is a quote: `"INSERT`, `'CREATE`, a text block's `"""` on the line above), with that quote.
    private static func statementStarts(_ bytes: UnsafeRawBufferPointer) -> [(Int, UInt8)] {
        var starts: [(Int, UInt8)] = []
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index] & 0xDF
            guard byte == UInt8(ascii: "I") || byte == UInt8(ascii: "R") || byte == UInt8(ascii: "C") else {
                index += 1
                continue
            }
            if let (first, second) = statementWords.first(where: { $0.first[0] == byte }),
               matches(first, in: bytes, at: index),
               let quote = openingQuote(before: index, in: bytes) {
                var after = index + first.count
                let blanks = after
                while after < count, bytes[after] == UInt8(ascii: " ") || bytes[after] == UInt8(ascii: "\t")
                        || bytes[after] == UInt8(ascii: "\n") || bytes[after] == UInt8(ascii: "\r") { after += 1 }
                if after > blanks, matches(second, in: bytes, at: after) {
                    starts.append((index, quote))
                    index = after + second.count
                    continue
                }
            }
            index += 1
        }
        return starts
    }

    private static func matches(_ word: [UInt8], in bytes: UnsafeRawBufferPointer, at index: Int) -> Bool {
        guard index + word.count <= bytes.count else { return false }
        for offset in word.indices where bytes[index + offset] & 0xDF != word[offset] { return false }
        let end = index + word.count
        return end == bytes.count || !(bytes[end] | 0x20 >= 0x61 && bytes[end] | 0x20 <= 0x7A) && bytes[end] != UInt8(ascii: "_")
    }

    private static func openingQuote(before index: Int, in bytes: UnsafeRawBufferPointer) -> UInt8? {
        var position = index - 1
        while position >= 0, bytes[position] <= 0x20 { position -= 1 }
        guard position >= 0 else { return nil }
        let byte = bytes[position]
        return byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "`") ? byte : nil
    }
}
