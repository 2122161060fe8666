/// International bank account numbers (ISO 13616): a country code, two check digits and up to 30 letters and
/// digits, written compact or in groups of four; the length must be the country's where it is known here, and the
/// mod-97 check must hold.
enum IBAN {
    /// IBAN lengths by country (SWIFT IBAN registry).
    static let lengths: [String: Int] = [
        "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29, "BY": 28,
        "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18,
        "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22,
        "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20,
        "LU": 20, "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15,
        "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24, "SC": 31, "SE": 24, "SI": 19,
        "SK": 24, "SM": 27, "ST": 25, "SV": 28, "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
    ]

    /// The IBAN, uppercased and without spaces, or nil. A value with lowercase letters and no uppercase one is a hex
    /// string (`ad069f94…`), not an IBAN: banks and forms write the country code and letters in capitals.
    static func compact(_ value: UnsafeBufferPointer<UInt8>) -> String? {
        guard (15...42).contains(value.count) else { return nil }
        if value.contains(where: { $0 >= 0x61 && $0 <= 0x7A }), !value.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) {
            return nil
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(34)
        for byte in value where byte != UInt8(ascii: " ") {
            let upper = byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte
            guard (upper >= 0x41 && upper <= 0x5A) || (upper >= 0x30 && upper <= 0x39) else { return nil }
            bytes.append(upper)
        }
        guard (15...34).contains(bytes.count), bytes[0] >= 0x41, bytes[1] >= 0x41, bytes[2] <= 0x39, bytes[3] <= 0x39,
              bytes.dropFirst(4).contains(where: { $0 <= 0x39 }) else { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        if let length = lengths[String(text.prefix(2))], length != bytes.count { return nil }
        return Checksums.ibanIsValid(text) ? text : nil
    }

    /// `GB****************5432`: the country code and the last four characters.
    static func redacted(_ compact: String) -> String {
        compact.prefix(2) + String(repeating: "*", count: max(0, compact.count - 6)) + compact.suffix(4)
    }
}
