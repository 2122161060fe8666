extension RecordExtractor {
    /// True when an XML text is a backup of SMS Backup & Restore (Android): its root element is `<smses` or `<calls`,
    /// after the XML declaration and comments, within the first kilobyte.
    static func isSMSBackup(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let head = String(decoding: bytes.prefix(1024), as: UTF8.self)
        guard let root = head.range(of: "<smses ") ?? head.range(of: "<smses>") ?? head.range(of: "<calls ") else { return false }
        // Only a declaration, comments or blanks before the root element.
        return head[..<root.lowerBound].split(separator: "<").allSatisfy { part in
            part.hasPrefix("?") || part.hasPrefix("!") || part.allSatisfy(\.isWhitespace)
        }
    }

    /// SMS Backup & Restore's XML backups (`sms-*.xml`, `calls-*.xml`): each message (`<sms …>`, `<mms …>`) is a
    /// record of its correspondent's number (`address`, keyed `phone`) and name (`contact_name`, `full_name`; the
    /// app writes `(Unknown)` when the number is in no contact), and each call (`<call …>`) of `number` and
    /// `contact_name`. False when the text is no such backup.
    static func smsBackup(_ bytes: UnsafeRawBufferPointer, into tally: inout PersonalDataTally) -> Bool {
        guard isSMSBackup(bytes) else { return false }
        let text = String(decoding: bytes, as: UTF8.self)
        var rest = text[...]
        while let open = rest.range(of: "<") {
            rest = rest[open.upperBound...]
            let tag = rest.prefix { $0.isLetter }
            guard tag == "sms" || tag == "mms" || tag == "call" else { continue }
            let element = rest.prefix { $0 != ">" }
            func attribute(_ name: String) -> String? {
                guard let start = element.range(of: " " + name + "=\"") else { return nil }
                let value = element[start.upperBound...].prefix { $0 != "\"" }
                return value.isEmpty || value == "(Unknown)" || value == "null" ? nil : String(value)
            }
            tally.rowsScanned += 1
            tally.addRecord(keys: ["phone", "full_name"], values: [attribute(tag == "call" ? "number" : "address"), attribute("contact_name")])
            rest = rest[element.endIndex...]
        }
        return true
    }
}
