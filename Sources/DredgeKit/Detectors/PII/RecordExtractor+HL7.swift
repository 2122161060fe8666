extension RecordExtractor {
    /// True when the text opens (after blanks) with an HL7 v2 message header: `MSH`, then the field separator, then
    /// the encoding characters (`MSH|^~\&|…`).
    static func isHL7v2Message(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let start = bytes.firstIndex(where: { $0 > 0x20 }), start + 8 <= bytes.count else { return false }
        guard bytes[start] == UInt8(ascii: "M"), bytes[start + 1] == UInt8(ascii: "S"),
              bytes[start + 2] == UInt8(ascii: "H") else { return false }
        let separator = bytes[start + 3]
        guard isMark(separator) else { return false }
        // MSH-2: the encoding characters (component, repetition, escape, subcomponent, and since v2.7 truncation),
        // then the field separator again.
        var index = start + 4
        while index < bytes.count, bytes[index] != separator {
            guard isMark(bytes[index]), index - start < 10 else { return false }
            index += 1
        }
        return index < bytes.count && (3...5).contains(index - start - 4)
    }

    /// HL7 version 2 messages (ADT feeds, lab results, interface engines' archives; segments end at CR, LF or CRLF):
    /// each `PID` (patient identification) and `NK1` (next of kin) segment is a record of the person's name
    /// (`PID-5`/`NK1-2`, family and given components joined, keyed `full_name`), birth date (`PID-7`, `dob`), address
    /// (`PID-11`/`NK1-4`, `address`), home and business phones (`PID-13`, `PID-14`/`NK1-5`, `NK1-6`, `phone`: the
    /// telephone component, or the country, area and local number components when it is empty) and SSN (`PID-19`,
    /// `ssn`), so an admissions feed counts as a CSV of those columns would. False when the text is no HL7 message.
    static func hl7v2(_ bytes: UnsafeRawBufferPointer, into tally: inout PersonalDataTally) -> Bool {
        guard isHL7v2Message(bytes), let start = bytes.firstIndex(where: { $0 > 0x20 }) else { return false }
        let field = Character(Unicode.Scalar(bytes[start + 3]))
        let component = Character(Unicode.Scalar(bytes[start + 4]))
        let repetition = Character(Unicode.Scalar(bytes[start + 5]))
        let text = String(decoding: bytes, as: UTF8.self)
        for segment in text.split(whereSeparator: { $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) {
            let fields = segment.split(separator: field, omittingEmptySubsequences: false)
            guard let kind = fields.first, kind == "PID" || kind == "NK1" else { continue }
            func value(_ index: Int) -> Substring? {
                guard index < fields.count else { return nil }
                let first = fields[index].split(separator: repetition, omittingEmptySubsequences: false).first ?? ""
                return first.isEmpty ? nil : first
            }
            func components(_ index: Int) -> [Substring] {
                value(index).map { $0.split(separator: component, omittingEmptySubsequences: false) } ?? []
            }
            func name(_ index: Int) -> String? {
                let parts = components(index)
                let given = parts.count > 1 ? parts[1] : ""
                let family = parts.first ?? ""
                let joined = [given, family].filter { !$0.isEmpty }.joined(separator: " ")
                return joined.isEmpty ? nil : joined
            }
            func address(_ index: Int) -> String? {
                let parts = components(index).filter { !$0.isEmpty }
                return parts.isEmpty ? nil : parts.joined(separator: ", ")
            }
            func phone(_ index: Int) -> String? {
                let parts = components(index)
                if let number = parts.first, !number.isEmpty { return String(number) }
                guard parts.count > 6, !parts[6].isEmpty else { return nil }
                return [parts[4].isEmpty ? "" : "+" + parts[4], parts[5], parts[6]].filter { !$0.isEmpty }.joined(separator: " ")
            }
            tally.rowsScanned += 1
            if kind == "PID" {
                tally.addRecord(keys: ["full_name", "dob", "address", "phone", "phone", "ssn"],
                                values: [name(5), value(7).map(String.init), address(11), phone(13), phone(14),
                                         value(19).map(String.init)])
            } else {
                tally.addRecord(keys: ["full_name", "address", "phone", "phone"],
                                values: [name(2), address(4), phone(5), phone(6)])
            }
        }
        return true
    }

    /// A printable ASCII byte that is no letter, digit or blank: what HL7 allows as a separator.
    private static func isMark(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F && !(0x30...0x39).contains(byte) && !(0x41...0x5A).contains(byte)
            && !(0x61...0x7A).contains(byte)
    }
}
