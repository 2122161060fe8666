import Foundation

extension RecordExtractor {
    /// True when the text is a NACHA ACH file: 94-character records, the first a file header (`1`, priority code `01`)
    /// and the second a batch header (`5`).
    static func isNACHA(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let lines = String(decoding: bytes.prefix(400), as: UTF8.self).split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
        guard lines.count >= 2, lines[0].hasPrefix("101"), lines[1].hasPrefix("5") else { return false }
        return lines[0].count == 94 && lines[1].count == 94
    }

    /// NACHA ACH files (`*.ach`: a payroll run of direct deposits, a batch of debits, as banks and payroll software
    /// exchange them): each entry detail record (type `6`) is a record of the receiver's name (positions 55-76,
    /// keyed `full_name`) and bank account number (positions 13-29, `account_number`). False when the text is none.
    static func nacha(_ bytes: UnsafeRawBufferPointer, into tally: inout PersonalDataTally) -> Bool {
        guard isNACHA(bytes) else { return false }
        let text = String(decoding: bytes, as: UTF8.self)
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            let record = Array(line)
            guard record.count >= 79, record[0] == "6" else { continue }
            func field(_ from: Int, _ to: Int) -> String? {
                let value = String(record[(from - 1)..<to]).trimmingCharacters(in: .whitespaces)
                return value.isEmpty ? nil : value
            }
            tally.rowsScanned += 1
            tally.addRecord(keys: ["full_name", "account_number"], values: [field(55, 76), field(13, 29)])
        }
        return true
    }
}
