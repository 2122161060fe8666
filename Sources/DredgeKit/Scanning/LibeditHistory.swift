import Foundation

/// A history file written by libedit (the line editor of MySQL's and MariaDB's client as Oracle builds them, of macOS's
/// psql and sqlite3): it begins with `_HiStOrY_V2_` and each entry is `strvis(3)`-encoded, so a space is `\040`
/// (`CREATE\040USER\040'app'@'%'\040IDENTIFIED\040BY\040'…';`). The rules read the entries decoded, as typed.
enum LibeditHistory {
    static let magic = Array("_HiStOrY_V2_".utf8)

    /// Whether the text begins with libedit's header line.
    static func isHistory(_ text: UnsafeRawBufferPointer) -> Bool {
        guard text.count > magic.count, text.starts(with: magic) else { return false }
        let next = text[magic.count]
        return next == UInt8(ascii: "\n") || next == UInt8(ascii: "\r")
    }

    /// The text with each `\ooo` (three octal digits) as its byte and `\\` as one backslash; an encoded line break
    /// becomes a space, so each entry stays on its line and a finding's line is the file's.
    static func decoded(_ text: UnsafeRawBufferPointer) -> [UInt8] {
        let backslash = UInt8(ascii: "\\")
        let isOctal: (UInt8) -> Bool = { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "7") }
        var result: [UInt8] = []
        result.reserveCapacity(text.count)
        var index = 0
        while index < text.count {
            let byte = text[index]
            guard byte == backslash, index + 1 < text.count else {
                result.append(byte)
                index += 1
                continue
            }
            if text[index + 1] == backslash {
                result.append(backslash)
                index += 2
            } else if index + 3 < text.count, isOctal(text[index + 1]), isOctal(text[index + 2]), isOctal(text[index + 3]) {
                let value = (Int(text[index + 1]) - 48) * 64 + (Int(text[index + 2]) - 48) * 8 + (Int(text[index + 3]) - 48)
                let decodedByte = UInt8(truncatingIfNeeded: value)
                result.append(decodedByte == 10 || decodedByte == 13 ? UInt8(ascii: " ") : decodedByte)
                index += 4
            } else {
                result.append(byte)
                index += 1
            }
        }
        return result
    }
}
