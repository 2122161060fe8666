/// Tokens of a SQL dump, enough to read `CREATE TABLE`, `INSERT INTO … VALUES` and PostgreSQL `COPY … FROM stdin`:
/// words (keywords, bare names, numbers), string literals (decoded, with the range of their bytes between the quotes),
/// quoted identifiers (`"x"`, `` `x` ``, `[x]`) and punctuation. Comments (`--`, `/* */`, and `#` in MySQL dumps) and
/// dollar-quoted bodies are skipped.
struct SQLTokenizer {
    enum Token: Equatable {
        case word(Range<Int>)
        case string(String, Range<Int>)
        case identifier(String)
        case open, close, comma, semicolon, end
    }

    let bytes: UnsafeRawBufferPointer
    /// MySQL dumps escape with backslashes inside strings (`'O\'Brien'`); standard SQL only doubles quotes.
    let backslashEscapes: Bool
    /// The quote of the program's string literal the SQL is kept in, if it is: that quote ends the statement, unless
    /// the literal goes on in the next one (`'… ( ' .\n 'cid INT, ' . …`, `"…" +\n "…"`, adjacent literals).
    let literalQuote: UInt8?
    /// MySQL reads `"x"` as a string too; SQL a program keeps in a single-quoted literal writes its strings so
    /// (`'INSERT INTO accounts VALUES ("admin", "adminpass")'`).
    private var doubleQuotedStrings: Bool { literalQuote != nil && literalQuote != UInt8(ascii: "\"") }
    private(set) var position = 0
    private var scratch: [UInt8] = []

    init(bytes: UnsafeRawBufferPointer, backslashEscapes: Bool, literalQuote: UInt8? = nil) {
        self.bytes = bytes
        self.backslashEscapes = backslashEscapes
        self.literalQuote = literalQuote
    }

    /// Goes on reading at `offset` (a statement found inside a program's string literal).
    mutating func seek(to offset: Int) { position = min(max(offset, 0), bytes.count) }

    /// True when MySQL wrote the dump: backquoted names or its markers in the first 64 KiB.
    static func looksLikeMySQL(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let probe = bytes.prefix(64 * 1024)
        return probe.contains(UInt8(ascii: "`")) || containsIgnoringCase(probe, "ENGINE=")
            || containsIgnoringCase(probe, "mysqldump") || containsIgnoringCase(probe, "/*!40")
    }

    mutating func next() -> Token {
        while position < bytes.count {
            let byte = bytes[position]
            if byte == literalQuote {
                guard skipConcatenation() else { return .end }
                continue
            }
            switch byte {
            case 0...0x20:
                position += 1
            case UInt8(ascii: "("): position += 1; return .open
            case UInt8(ascii: ")"): position += 1; return .close
            case UInt8(ascii: ","): position += 1; return .comma
            case UInt8(ascii: ";"): position += 1; return .semicolon
            case UInt8(ascii: "'"):
                let (text, range) = quoted(UInt8(ascii: "'"), escapes: backslashEscapes)
                return .string(text, range)
            case UInt8(ascii: "\"") where doubleQuotedStrings:
                let (text, range) = quoted(byte, escapes: backslashEscapes)
                return .string(text, range)
            case UInt8(ascii: "\""), UInt8(ascii: "`"):
                return .identifier(quoted(byte, escapes: false).text)
            case UInt8(ascii: "["):
                return .identifier(quoted(UInt8(ascii: "]"), escapes: false).text)
            case UInt8(ascii: "-") where peek(1) == UInt8(ascii: "-"),
                 UInt8(ascii: "#") where backslashEscapes:
                while position < bytes.count, bytes[position] != UInt8(ascii: "\n") { position += 1 }
            case UInt8(ascii: "/") where peek(1) == UInt8(ascii: "*"):
                position += 2
                while position < bytes.count, !(bytes[position] == UInt8(ascii: "*") && peek(1) == UInt8(ascii: "/")) {
                    position += 1
                }
                position = min(position + 2, bytes.count)
            case UInt8(ascii: "$") where skipDollarQuoted():
                return .string("", position..<position)
            default:
                let start = position
                while position < bytes.count, isWordByte(bytes[position]),
                      !(bytes[position] == UInt8(ascii: "-") && peek(1) == UInt8(ascii: "-")) {
                    position += 1
                }
                if position == start { position += 1 }
                return .word(start..<position)
            }
        }
        return .end
    }

    /// The next line, without its line break, for `COPY … FROM stdin` data; nil at the end.
    mutating func line() -> Range<Int>? {
        guard position < bytes.count else { return nil }
        let start = position
        while position < bytes.count, bytes[position] != UInt8(ascii: "\n") { position += 1 }
        var end = position
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        if position < bytes.count { position += 1 }
        return start..<end
    }

    /// The ranges of a line's fields between `separator` bytes (COPY's tab-separated values).
    func fields(of line: Range<Int>, separatedBy separator: UInt8) -> [Range<Int>] {
        var fields: [Range<Int>] = []
        var start = line.lowerBound
        for index in line where bytes[index] == separator {
            fields.append(start..<index)
            start = index + 1
        }
        fields.append(start..<line.upperBound)
        return fields
    }

    /// Moves to the start of the next line (after the `;` that ends a `COPY` statement).
    mutating func skipRestOfLine() { _ = line() }

    func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    /// Whether a bare word is a number (`42`, `-7`, `3.5e2`, `0x1F`): it opens with a digit, or with a sign or a point
    /// before one. Any other bare word names something (`@Id`, `par_email`, `DEFAULT`).
    func isNumber(_ range: Range<Int>) -> Bool {
        guard let first = range.first else { return false }
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        if isDigit(bytes[first]) { return true }
        let signs: Set<UInt8> = [UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: ".")]
        return range.count >= 2 && signs.contains(bytes[first]) && isDigit(bytes[first + 1])
    }

    /// Case-insensitive comparison of a word with an uppercase ASCII keyword.
    func word(_ range: Range<Int>, is keyword: StaticString) -> Bool {
        guard range.count == keyword.utf8CodeUnitCount else { return false }
        let pointer = keyword.utf8Start
        for offset in 0..<range.count where Self.upper(bytes[range.lowerBound + offset]) != pointer[offset] { return false }
        return true
    }

    private func peek(_ offset: Int) -> UInt8? {
        position + offset < bytes.count ? bytes[position + offset] : nil
    }

    private func isWordByte(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte != UInt8(ascii: "(") && byte != UInt8(ascii: ")") && byte != UInt8(ascii: ",")
            && byte != UInt8(ascii: ";") && byte != UInt8(ascii: "'") && byte != UInt8(ascii: "\"")
            && byte != UInt8(ascii: "`")
    }

    /// The content of a quoted token starting at `position`, ending at `close` (doubled: one literal `close`), and the
    /// range of its bytes between the quotes.
    private mutating func quoted(_ close: UInt8, escapes: Bool) -> (text: String, range: Range<Int>) {
        position += 1
        let start = position
        var end = bytes.count
        scratch.removeAll(keepingCapacity: true)
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            if escapes, byte == UInt8(ascii: "\\"), position < bytes.count {
                let escaped = bytes[position]
                position += 1
                switch escaped {
                case UInt8(ascii: "n"): scratch.append(UInt8(ascii: "\n"))
                case UInt8(ascii: "t"): scratch.append(UInt8(ascii: "\t"))
                case UInt8(ascii: "r"): scratch.append(UInt8(ascii: "\r"))
                case UInt8(ascii: "0"): scratch.append(0)
                default: scratch.append(escaped)
                }
            } else if byte == close {
                guard position < bytes.count, bytes[position] == close else { end = position - 1; break }
                scratch.append(close)
                position += 1
            } else {
                scratch.append(byte)
            }
        }
        return (String(decoding: scratch, as: UTF8.self), start..<end)
    }

    /// At the literal's closing quote: skips to the inside of the literal that continues it (blanks, one `.`, `+` or
    /// `&`, blanks, the same quote); false when none does.
    private mutating func skipConcatenation() -> Bool {
        var index = position + 1
        func skipBlanks() { while index < bytes.count, bytes[index] <= 0x20 { index += 1 } }
        skipBlanks()
        if index < bytes.count, [UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "&")].contains(bytes[index]) {
            index += 1
            skipBlanks()
        }
        guard index < bytes.count, bytes[index] == literalQuote else { return false }
        position = index + 1
        return true
    }

    /// Skips a PostgreSQL dollar-quoted body (`$$ … $$`, `$body$ … $body$`); false when `$` starts no such quote.
    private mutating func skipDollarQuoted() -> Bool {
        var tagEnd = position + 1
        while tagEnd < bytes.count, Self.isTagByte(bytes[tagEnd]) { tagEnd += 1 }
        guard tagEnd < bytes.count, bytes[tagEnd] == UInt8(ascii: "$") else { return false }
        let tag = bytes[position...tagEnd]
        var index = tagEnd + 1
        while index + tag.count <= bytes.count {
            if bytes[index] == UInt8(ascii: "$"), bytes[index..<(index + tag.count)].elementsEqual(tag) {
                position = index + tag.count
                return true
            }
            index += 1
        }
        position = bytes.count
        return true
    }

    private static func isTagByte(_ byte: UInt8) -> Bool {
        (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == UInt8(ascii: "_") || (byte >= 0x30 && byte <= 0x39)
    }

    private static func upper(_ byte: UInt8) -> UInt8 { byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte }

    private static func containsIgnoringCase(_ haystack: UnsafeRawBufferPointer.SubSequence, _ needle: StaticString) -> Bool {
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount).map(upper)
        guard let first = pattern.first, haystack.count >= pattern.count else { return false }
        var index = haystack.startIndex
        let last = haystack.endIndex - pattern.count
        while index <= last {
            if upper(haystack[index]) == first,
               pattern.indices.allSatisfy({ upper(haystack[index + $0]) == pattern[$0] }) { return true }
            index += 1
        }
        return false
    }
}
