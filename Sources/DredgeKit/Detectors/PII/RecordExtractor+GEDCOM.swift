import Foundation

extension RecordExtractor {
    /// True when the text opens (after blanks and a byte-order mark) with a GEDCOM header record, `0 HEAD`.
    static func isGEDCOM(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let start = bytes.firstIndex(where: { $0 > 0x20 }), start + 6 <= bytes.count else { return false }
        let head: [UInt8] = Array("0 HEAD".utf8)
        guard bytes[start..<start + 6].elementsEqual(head) else { return false }
        return start + 6 == bytes.count || bytes[start + 6] == UInt8(ascii: "\n") || bytes[start + 6] == UInt8(ascii: "\r")
            || bytes[start + 6] == UInt8(ascii: " ")
    }

    /// GEDCOM family trees (5.5, 5.5.1 and 7.0; `*.ged`, exported by Gramps, Ancestry, MyHeritage, FamilySearch):
    /// each individual record (`0 @I1@ INDI`) is a record of the person's name (`1 NAME Given /Surname/`, keyed
    /// `full_name`), birth date (`2 DATE` under `1 BIRT`, `dob`), address (`ADDR`), phone (`PHON`) and email
    /// (`EMAIL`). A person with a death event (`1 DEAT`) is left out: a tree of ancestors is history, the living
    /// relatives' entries are personal data. Lines end at LF, CR or CRLF. False when the text is no GEDCOM file.
    static func gedcom(_ bytes: UnsafeRawBufferPointer, into tally: inout PersonalDataTally) -> Bool {
        guard isGEDCOM(bytes) else { return false }
        let text = String(decoding: bytes, as: UTF8.self)
        var keys: [String] = [], values: [String?] = []
        var individual = false, deceased = false
        var event = Substring()
        func flush() {
            if individual, !deceased {
                tally.rowsScanned += 1
                tally.addRecord(keys: keys, values: values)
            }
            keys = []
            values = []
        }
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            let parts = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
            guard parts.count >= 2, let level = Int(parts[0]) else { continue }
            if level == 0 {
                flush()
                individual = parts.count == 3 && parts[2].hasPrefix("INDI")
                deceased = false
                continue
            }
            guard individual else { continue }
            let tag = parts[1], value = parts.count == 3 ? String(parts[2]) : ""
            if level == 1 { event = tag }
            switch tag {
            case "NAME" where level == 1:
                let name = value.split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                keys.append("full_name")
                values.append(name.isEmpty ? nil : name.joined(separator: " "))
            case "DEAT" where level == 1: deceased = true
            case "DATE" where event == "BIRT":
                keys.append("dob")
                values.append(value)
            case "ADDR", "ADR1":
                keys.append("address")
                values.append(value)
            case "PHON":
                keys.append("phone")
                values.append(value)
            case "EMAIL", "EMAI":
                keys.append("email")
                values.append(value)
            default: break
            }
        }
        flush()
        return true
    }
}
