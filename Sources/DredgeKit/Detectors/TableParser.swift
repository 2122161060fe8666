import Foundation

/// Reads the tables people export and dump — CSV and TSV files (Excel's `;`-separated ones too), pg_dump's
/// `COPY t (cols) FROM stdin;` blocks and SQL `INSERT INTO t (cols) VALUES (…), (…);` — and yields each cell of a column
/// whose header names a secret (`api_token`, `Password`, `key`), so that a token or a plaintext password in an export is
/// a finding under its column's name, however far the value sits from it. A column of hashes or digests
/// (`password_hash`, `encrypted_password`, `token_sha256`) holds no secret, nor does a cell holding a password hash
/// (`$2b$…`, `$argon2id$…`, `pbkdf2_sha256$…`): no plaintext, so nothing to rotate at once.
enum TableParser {
    typealias Entry = DotEnvParser.Entry

    static func entries(in bytes: UnsafeRawBufferPointer, path: String) -> [Entry] {
        let lower = path.lowercased()
        if lower.hasSuffix(".sql") { return copyEntries(bytes) + insertEntries(bytes) }
        return delimitedEntries(bytes)
    }

    /// Name words that say a column holds a secret, and those that say it holds a digest or a ciphertext of one.
    static let secretWords: Set<String> = ["PASSWORD", "PASSWD", "PASS", "PWD", "PASSPHRASE", "SECRET", "TOKEN", "KEY", "APIKEY",
                                           "CREDENTIAL", "CREDENTIALS", "PSK"]
    static let digestWords: Set<String> = ["HASH", "HASHED", "DIGEST", "SHA1", "SHA256", "SHA512", "MD5", "BCRYPT", "CRYPT",
                                           "ENCRYPTED", "CRYPTED", "CIPHERTEXT", "SALT", "ID", "IDS", "PUBLIC", "PUBLISHABLE", "PREFIX",
                                           "HINT", "EXPIRES", "EXPIRY", "TYPE", "NAME"]

    static func isSecretColumn(_ name: some StringProtocol) -> Bool {
        let words = DescribingName.words(name)
        return words.contains(where: secretWords.contains) && !words.contains(where: digestWords.contains)
            && !DescribingName.describes(name)
    }

    /// A password hash in one of the crypt formats: the value is what a login checks against, not the password.
    static func isPasswordHash(_ value: some Collection<UInt8>) -> Bool {
        let text = String(decoding: value, as: UTF8.self)
        let prefixes = ["$2a$", "$2b$", "$2y$", "$2x$", "$argon2", "$pbkdf2", "pbkdf2_", "$scrypt$", "$1$", "$5$", "$6$", "$y$",
                        "{SSHA}", "{SHA}", "{BCRYPT}", "bcrypt$", "argon2$", "sha1$", "md5$"]
        return prefixes.contains { text.hasPrefix($0) }
    }

    // MARK: CSV and TSV

    private static func delimitedEntries(_ bytes: UnsafeRawBufferPointer) -> [Entry] {
        let lines = Self.lines(bytes)
        guard let headerIndex = lines.firstIndex(where: { !$0.isEmpty }) else { return [] }
        var header = lines[headerIndex]
        if header.count >= 3, bytes[header.lowerBound] == 0xEF, bytes[header.lowerBound + 1] == 0xBB, bytes[header.lowerBound + 2] == 0xBF {
            header = (header.lowerBound + 3)..<header.upperBound
        }
        let delimiter = [UInt8(ascii: "\t"), UInt8(ascii: ","), UInt8(ascii: ";")].max { a, b in
            bytes[header].filter { $0 == a }.count < bytes[header].filter { $0 == b }.count
        }!
        guard bytes[header].contains(delimiter) else { return [] }
        let names = cells(bytes, header, delimiter: delimiter).map { String(decoding: bytes[$0], as: UTF8.self) }
        let columns = names.indices.filter { isSecretColumn(names[$0]) }
        guard !columns.isEmpty else { return [] }
        var entries: [Entry] = []
        for line in lines[(headerIndex + 1)...] where !line.isEmpty {
            let row = cells(bytes, line, delimiter: delimiter)
            for column in columns where column < row.count {
                if let entry = entry(bytes, key: names[column], value: row[column]) { entries.append(entry) }
            }
        }
        return entries
    }

    /// The cells of a line, each without its quotes and the blanks around it.
    private static func cells(_ bytes: UnsafeRawBufferPointer, _ line: Range<Int>, delimiter: UInt8) -> [Range<Int>] {
        var cells: [Range<Int>] = []
        var index = line.lowerBound
        while index <= line.upperBound {
            while index < line.upperBound, bytes[index] == 0x20 { index += 1 }
            if index < line.upperBound, bytes[index] == UInt8(ascii: "\"") {
                var close = index + 1
                while close < line.upperBound {
                    if bytes[close] == UInt8(ascii: "\"") {
                        if close + 1 < line.upperBound, bytes[close + 1] == UInt8(ascii: "\"") { close += 2; continue }
                        break
                    }
                    close += 1
                }
                cells.append((index + 1)..<min(close, line.upperBound))
                index = close + 1
                while index < line.upperBound, bytes[index] != delimiter { index += 1 }
            } else {
                let start = index
                while index < line.upperBound, bytes[index] != delimiter { index += 1 }
                var end = index
                while end > start, bytes[end - 1] == 0x20 { end -= 1 }
                cells.append(start..<end)
            }
            index += 1
        }
        return cells
    }

    // MARK: SQL dumps

    /// pg_dump's data blocks: `COPY public.users (id, email, password) FROM stdin;`, tab-separated rows, `\.`.
    private static func copyEntries(_ bytes: UnsafeRawBufferPointer) -> [Entry] {
        var entries: [Entry] = []
        var columns: [String]? = nil
        for line in lines(bytes) {
            let text = bytes[line]
            if let names = columns {
                if text.elementsEqual("\\.".utf8) { columns = nil; continue }
                let row = cells(bytes, line, delimiter: UInt8(ascii: "\t"))
                for (index, name) in names.enumerated() where index < row.count && isSecretColumn(name) {
                    if !bytes[row[index]].elementsEqual("\\N".utf8), let entry = entry(bytes, key: name, value: row[index]) {
                        entries.append(entry)
                    }
                }
            } else if text.starts(with: "COPY ".utf8), text.reversed().starts(with: ";nidts MORF".utf8),
                      let open = text.firstIndex(of: UInt8(ascii: "(")), let close = text.lastIndex(of: UInt8(ascii: ")")), open < close {
                columns = names(String(decoding: bytes[(open + 1)..<close], as: UTF8.self))
            }
        }
        return entries
    }

    /// `INSERT INTO t (c1, c2, …) VALUES (v1, v2, …), (…);` over any number of lines: each quoted value under a secret
    /// column. An INSERT without a column list names no column, so it yields nothing.
    private static func insertEntries(_ bytes: UnsafeRawBufferPointer) -> [Entry] {
        var entries: [Entry] = []
        var index = 0
        let count = bytes.count
        func skipBlanks() { while index < count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 } }
        func word(_ word: String) -> Bool {
            let utf8 = Array(word.utf8)
            guard index + utf8.count <= count else { return false }
            for (offset, byte) in utf8.enumerated() where bytes[index + offset] | 0x20 != byte | 0x20 { return false }
            return true
        }
        while let start = find("INSERT INTO", in: bytes, from: index) {
            index = start + 11
            skipBlanks()
            while index < count, ![UInt8(ascii: "("), 0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }  // the table
            skipBlanks()
            guard index < count, bytes[index] == UInt8(ascii: "("),
                  let close = (index..<count).first(where: { bytes[$0] == UInt8(ascii: ")") }) else { continue }
            let columns = names(String(decoding: bytes[(index + 1)..<close], as: UTF8.self))
            index = close + 1
            skipBlanks()
            guard word("VALUES"), columns.contains(where: { isSecretColumn($0) }) else { continue }
            index += 6
            while true {
                skipBlanks()
                guard index < count, bytes[index] == UInt8(ascii: "(") else { break }
                index += 1
                var column = 0
                var depth = 0
                while index < count {
                    let byte = bytes[index]
                    if byte == UInt8(ascii: "'") {
                        var end = index + 1
                        while end < count {
                            if bytes[end] == UInt8(ascii: "\\") { end += 2; continue }
                            if bytes[end] == UInt8(ascii: "'") {
                                if end + 1 < count, bytes[end + 1] == UInt8(ascii: "'") { end += 2; continue }
                                break
                            }
                            end += 1
                        }
                        if depth == 0, column < columns.count, isSecretColumn(columns[column]),
                           let entry = entry(bytes, key: columns[column], value: (index + 1)..<min(end, count)) {
                            entries.append(entry)
                        }
                        index = end + 1
                        continue
                    }
                    if byte == UInt8(ascii: "(") { depth += 1 }
                    if byte == UInt8(ascii: ")") {
                        if depth == 0 { index += 1; break }
                        depth -= 1
                    }
                    if byte == UInt8(ascii: ","), depth == 0 { column += 1 }
                    index += 1
                }
                skipBlanks()
                guard index < count, bytes[index] == UInt8(ascii: ",") else { break }
                index += 1
            }
        }
        return entries
    }

    // MARK: Helpers

    private static func entry(_ bytes: UnsafeRawBufferPointer, key: String, value: Range<Int>) -> Entry? {
        // a cell of words (`(in vault)`, `see 1Password`) is a note about where the secret is
        guard !value.isEmpty, !isPasswordHash(bytes[value]), !bytes[value].contains(0x20) else { return nil }
        return Entry(key: key, value: value)
    }

    /// A column list's names, without quotes or backticks.
    private static func names(_ list: String) -> [String] {
        list.split(separator: ",", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"`[]"))
        }
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

    /// Where `needle` (ASCII, any case) first occurs at or after `from`.
    private static func find(_ needle: String, in bytes: UnsafeRawBufferPointer, from: Int) -> Int? {
        let utf8 = Array(needle.utf8).map { $0 | 0x20 }
        guard let first = utf8.first, bytes.count >= utf8.count else { return nil }
        var index = from
        while index + utf8.count <= bytes.count {
            if bytes[index] | 0x20 == first, (1..<utf8.count).allSatisfy({ bytes[index + $0] | 0x20 == utf8[$0] }) { return index }
            index += 1
        }
        return nil
    }
}
