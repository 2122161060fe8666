extension Sequence<UInt8> {
    /// The bytes written as lower-case hexadecimal, two digits each: how digests are shown and compared here.
    var lowercaseHex: String {
        let digits = Array("0123456789abcdef")
        return String(flatMap { byte in [digits[Int(byte >> 4)], digits[Int(byte & 0xF)]] })
    }
}
