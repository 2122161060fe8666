/// Paths in git trees are bytes, nearly always UTF-8, and reports carry them as text. A path that is not valid UTF-8
/// is written with each byte of an invalid sequence as `\xHH` and its backslashes doubled, so that every report shows
/// the same readable name; its exact bytes are kept aside (`AppearanceIndex.pathBytes`) for the JSON report.
enum PathText {
    /// The text of a path, and whether it is the bytes themselves (valid UTF-8) rather than their escaped form.
    static func decode(_ bytes: [UInt8]) -> (text: String, exact: Bool) {
        if let text = String(validating: bytes, as: UTF8.self) { return (text, true) }
        var text = ""
        var offset = 0
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                let scalar = Unicode.UTF8.decode(encoded)
                text += scalar == "\\" ? "\\\\" : String(scalar)
                offset += encoded.count
            case .error(let length):
                for byte in bytes[offset..<offset + length] { text += (byte < 0x10 ? "\\x0" : "\\x") + String(byte, radix: 16, uppercase: true) }
                offset += length
            case .emptyInput:
                return (text, false)
            }
        }
    }
}
