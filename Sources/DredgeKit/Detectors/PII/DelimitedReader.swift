/// RFC 4180 rows: a field starting with `"` runs to the matching quote (`""` inside is one quote, delimiters and line
/// breaks are kept); `\r\n` and `\n` end rows. A quoted field's range is what lies between its quotes.
struct DelimitedReader {
    let bytes: UnsafeRawBufferPointer
    let delimiter: UInt8
    private var position = 0
    private var scratch: [UInt8] = []

    init(bytes: UnsafeRawBufferPointer, delimiter: UInt8) {
        self.bytes = bytes
        self.delimiter = delimiter
    }

    mutating func next() -> [TableCell]? {
        guard position < bytes.count else { return nil }
        let quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
        var fields: [TableCell] = []
        while true {
            if position < bytes.count, bytes[position] == quote {
                position += 1
                let start = position
                var end = bytes.count
                scratch.removeAll(keepingCapacity: true)
                while position < bytes.count {
                    let byte = bytes[position]
                    position += 1
                    if byte != quote {
                        scratch.append(byte)
                    } else if position < bytes.count, bytes[position] == quote {
                        scratch.append(quote)
                        position += 1
                    } else {
                        end = position - 1
                        break
                    }
                }
                while position < bytes.count, bytes[position] != delimiter, bytes[position] != newline,
                      bytes[position] != carriageReturn {
                    scratch.append(bytes[position])
                    position += 1
                }
                fields.append(TableCell(text: String(decoding: scratch, as: UTF8.self), range: start..<end))
            } else {
                let start = position
                while position < bytes.count, bytes[position] != delimiter, bytes[position] != newline { position += 1 }
                var end = position
                if end > start, bytes[end - 1] == carriageReturn { end -= 1 }
                fields.append(TableCell(text: String(decoding: bytes[start..<end], as: UTF8.self), range: start..<end))
            }
            guard position < bytes.count else { return fields }
            if bytes[position] == delimiter {
                position += 1
                if position == bytes.count { fields.append(TableCell(text: "", range: position..<position)) }
                continue
            }
            if bytes[position] == carriageReturn { position += 1 }
            if position < bytes.count, bytes[position] == newline { position += 1 }
            return fields
        }
    }
}
