extension RecordExtractor {
    /// vCard (RFC 6350, and 2.1/3.0 as address books and CRMs still export them): each `BEGIN:VCARD` … `END:VCARD`
    /// is a record; its properties are the fields, read by the name RFC 6350 gives them (a group prefix such as
    /// `item1.` and parameters such as `;TYPE=CELL` dropped; folded lines, which continue after a space or tab,
    /// joined). `FN`, `EMAIL`, `TEL`, `ADR` and `BDAY` are keyed `full_name`, `email`, `tel`, `address` and `bday`,
    /// so a contacts export counts as a CSV of the same columns would. False when there is no card at all.
    static func vcard(_ bytes: UnsafeRawBufferPointer, into tally: inout PersonalDataTally) -> Bool {
        var sawCard = false
        var keys: [String] = []
        var values: [String?] = []
        var inCard = false
        func finish(_ line: [UInt8]) {
            guard let text = String(validating: line, as: UTF8.self) else { return }
            guard let colon = text.firstIndex(of: ":") else { return }
            var name = text[..<colon].uppercased()
            if let semicolon = name.firstIndex(of: ";") { name = String(name[..<semicolon]) }
            if let dot = name.lastIndex(of: ".") { name = String(name[name.index(after: dot)...]) }
            let value = String(text[text.index(after: colon)...])
            switch name {
            case "BEGIN" where value.uppercased() == "VCARD":
                inCard = true
                keys = []
                values = []
            case "END" where value.uppercased() == "VCARD" && inCard:
                inCard = false
                sawCard = true
                tally.rowsScanned += 1
                tally.addRecord(keys: keys, values: values)
            default:
                guard inCard, let key = vcardKeys[name] else { return }
                // ADR is `pobox;ext;street;locality;region;code;country`: the parts, without the empty ones.
                let cleaned = name == "ADR"
                    ? value.split(separator: ";").map(String.init).filter { !$0.isEmpty }.joined(separator: ", ")
                    : value
                keys.append(key)
                values.append(cleaned)
            }
        }
        forEachContentLine(bytes, finish)
        return sawCard
    }

    /// The content lines of a vCard or iCalendar text (RFC 6350 §3.2, RFC 5545 §3.1): a line that begins with a
    /// space or tab continues the one before it (its first blank dropped); CR LF or LF ends a line.
    static func forEachContentLine(_ bytes: UnsafeRawBufferPointer, _ body: ([UInt8]) -> Void) {
        var pending: [UInt8] = []
        var line: [UInt8] = []
        var index = bytes.startIndex
        while index <= bytes.endIndex {
            let atEnd = index == bytes.endIndex
            let byte: UInt8 = atEnd ? UInt8(ascii: "\n") : bytes[index]
            index += 1
            if byte == UInt8(ascii: "\n") {
                if line.last == UInt8(ascii: "\r") { line.removeLast() }
                if let first = line.first, first == UInt8(ascii: " ") || first == UInt8(ascii: "\t"), !pending.isEmpty {
                    pending += line.dropFirst()
                } else {
                    if !pending.isEmpty { body(pending) }
                    pending = line
                }
                line = []
                if atEnd { break }
            } else {
                line.append(byte)
            }
        }
        if !pending.isEmpty { body(pending) }
    }

    /// The vCard properties that hold personal data, and the field names the tally reads them by.
    static let vcardKeys: [String: String] = [
        "FN": "full_name", "EMAIL": "email", "TEL": "tel", "ADR": "address", "BDAY": "bday",
    ]
}
