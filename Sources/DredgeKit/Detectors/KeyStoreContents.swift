/// What a binary Java key store holds, read from its header and entries without its password (entries' metadata is
/// plain; only a private or secret key's bytes are sealed). A store that holds trusted certificates and nothing else is
/// a trust store whatever its name: Tusky's `res/raw/keystore_tusky_api.bks` pins its API server's Let's Encrypt
/// certificate, public by design (blind19c). Formats: JKS (`FEEDFEED`), JCEKS (`CECECECE`) and Bouncy Castle's BKS
/// (versions 1 and 2). Anything else, or a store that does not parse to its end, is not known to be a trust store.
enum KeyStoreContents {
    static func holdsOnlyCertificates(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var reader = Reader(bytes: bytes)
        guard let magic = reader.uint32() else { return false }
        if magic == 0xFEED_FEED || magic == 0xCECE_CECE { return javaStoreHoldsOnlyCertificates(&reader) }
        reader = Reader(bytes: bytes)
        return bouncyCastleStoreHoldsOnlyCertificates(&reader)
    }

    /// JKS and JCEKS: version, entry count, then per entry a tag (1 private key, 2 trusted certificate, 3 secret key),
    /// an alias, a date and, for a certificate, its type (version 2) and bytes.
    private static func javaStoreHoldsOnlyCertificates(_ reader: inout Reader) -> Bool {
        guard let version = reader.uint32(), version == 1 || version == 2, let count = reader.uint32(), count > 0, count < 10_000 else {
            return false
        }
        for _ in 0..<count {
            guard reader.uint32() == 2, reader.skipUTF(), reader.skip(8) else { return false }
            if version == 2 { guard reader.skipUTF() else { return false } }
            guard reader.skipBlock() else { return false }
        }
        return true
    }

    /// BKS: version, salt, iteration count, then entries until a zero type byte: 1 certificate, 2 key, 3 secret, 4
    /// sealed. Each opens with an alias, a date and a chain of certificates (a certificate entry's is empty).
    private static func bouncyCastleStoreHoldsOnlyCertificates(_ reader: inout Reader) -> Bool {
        guard let version = reader.uint32(), version == 1 || version == 2, let saltLength = reader.uint32(),
              saltLength > 0, saltLength <= 64, reader.skip(Int(saltLength)), let iterations = reader.uint32(),
              iterations > 0, iterations < 1_000_000 else { return false }
        var entries = 0
        while let type = reader.byte() {
            if type == 0 { return entries > 0 }
            guard type == 1, reader.skipUTF(), reader.skip(8), let chain = reader.uint32(), chain == 0,
                  reader.skipUTF(), reader.skipBlock() else { return false }
            entries += 1
        }
        return false
    }

    private struct Reader {
        let bytes: UnsafeRawBufferPointer
        var offset = 0

        mutating func byte() -> UInt8? {
            guard offset < bytes.count else { return nil }
            defer { offset += 1 }
            return bytes[offset]
        }

        mutating func uint32() -> UInt32? {
            guard offset + 4 <= bytes.count else { return nil }
            defer { offset += 4 }
            return (0..<4).reduce(UInt32(0)) { $0 << 8 | UInt32(bytes[offset + $1]) }
        }

        mutating func skip(_ count: Int) -> Bool {
            guard count >= 0, offset + count <= bytes.count else { return false }
            offset += count
            return true
        }

        /// Java's modified UTF-8: a two-byte length, then the bytes.
        mutating func skipUTF() -> Bool {
            guard offset + 2 <= bytes.count else { return false }
            let length = Int(bytes[offset]) << 8 | Int(bytes[offset + 1])
            offset += 2
            return skip(length)
        }

        /// A four-byte length, then the bytes (a certificate's DER).
        mutating func skipBlock() -> Bool {
            guard let length = uint32(), length > 0 else { return false }
            return skip(Int(length))
        }
    }
}
