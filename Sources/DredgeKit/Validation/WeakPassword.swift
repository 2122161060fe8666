import Crypto

/// Default and common passwords: low entropy, but the first thing an attacker tries. A value counts as weak when it
/// is on the list, or is a word from `stems` alone or followed by digits or punctuation (`password123`, `admin!`).
enum WeakPassword {
    static let common: Set<String> = [
        "changeme", "change-me", "change_me", "changeit", "changethis", "dev-secret-change-me", "secret", "secret123",
        "password", "passw0rd", "p@ssw0rd", "p@ssword", "pass", "pass123", "passwd", "admin", "admin123", "administrator",
        "root", "toor", "letmein", "welcome", "welcome1", "qwerty", "qwerty123", "123456", "1234567", "12345678",
        "123456789", "1234567890", "111111", "000000", "default", "guest", "test", "test123", "testing", "demo",
        "demo123", "example", "sample", "mysql", "postgres", "postgrespassword", "redispass", "redis", "mongo",
        "rabbitmq", "guest123", "oracle", "sa", "master", "abc123", "iloveyou", "monkey", "dragon", "trustno1",
        "superuser", "user", "user123", "temp", "temp123", "dev", "devpassword", "development", "local", "localdev",
        "insecure", "notsecure", "mypassword", "yourpassword", "s3cr3t", "topsecret", "supersecret", "hunter2",
        // the Docker official images' documented examples (`POSTGRES_PASSWORD=mysecretpassword`), kept as they stand
        "mysecretpassword", "secretpassword",
    ]
    static let stems = ["changeme", "change-me", "password", "passw0rd", "secret", "admin", "default", "demo", "test",
                        "root", "guest", "qwerty", "letmein", "welcome", "dev", "pass"]

    /// The unsalted MD5, SHA-1 and SHA-256 digests (lower-case hex) of the listed passwords, by the digest's name: a
    /// seed's `password` column holding `21232f29…` is `admin` to anyone with a lookup table (DVWA's and AWSGoat's
    /// seeds, allsafe's `execSQL`; bench/recall).
    static let digestNames: [String: String] = {
        var names: [String: String] = [:]
        for word in common {
            let bytes = Array(word.utf8)
            names[Insecure.MD5.hash(data: bytes).lowercaseHex] = "MD5"
            names[Insecure.SHA1.hash(data: bytes).lowercaseHex] = "SHA-1"
            names[SHA256.hash(data: bytes).lowercaseHex] = "SHA-256"
        }
        return names
    }()

    /// Whether `bytes` is the unsalted hex digest of a listed password, in either case.
    static func isDigestOfListed(_ bytes: some Collection<UInt8>) -> Bool {
        guard [32, 40, 64].contains(bytes.count) else { return false }
        return digestNames[String(decoding: bytes, as: UTF8.self).lowercased()] != nil
    }

    /// Whether `bytes` is one of the listed default passwords, whatever its case.
    static func isListed(_ bytes: UnsafeRawBufferPointer) -> Bool {
        common.contains(String(decoding: bytes, as: UTF8.self).lowercased())
    }

    static func validate(_ value: String) -> Validation {
        let lowered = value.lowercased()
        if common.contains(lowered) { return Validation(.valid, [("weakness", "common or default password")]) }
        if let digest = digestNames[lowered] { return Validation(.valid, [("weakness", "\(digest) of a common or default password")]) }
        for stem in stems where lowered.hasPrefix(stem) {
            let rest = lowered.dropFirst(stem.count)
            if rest.count <= 6, rest.allSatisfy({ $0.isNumber || "!@#$%^&*._-".contains($0) }) {
                return Validation(.valid, [("weakness", "\"\(stem)\" with \(rest.isEmpty ? "nothing" : "digits or symbols") appended")])
            }
        }
        if lowered.count >= 4, Set(lowered).count <= 2 { return Validation(.valid, [("weakness", "one or two distinct characters")]) }
        if let key = demoKey(lowered) { return Validation(.valid, [("weakness", key)]) }
        return Validation(.rejected)
    }

    /// The words a made-up default is glued from (`demo-api-key`, `dev-secret-change-me`).
    static let filler: Set<String> = ["demo", "dev", "test", "local", "example", "sample", "default", "dummy", "change", "me",
                                      "changeme", "secret", "key", "api", "token", "password", "insecure", "not", "a", "real"]

    /// Values such as `demo-api-key-12345` or `dev-secret-change-me`: placeholder words glued together. Words that
    /// address the reader (`my_password`, `your-secret`) mark documentation that asks for a value, not a default.
    private static func demoKey(_ value: String) -> String? {
        let words = value.split(whereSeparator: { "-_. ".contains($0) }).map(String.init)
        guard words.count >= 2, !words.contains(where: { $0 == "my" || $0 == "your" }) else { return nil }
        // Numbers fill in beside a placeholder word (`demo-api-key-12345`); numbers alone are a number (a sheet's date
        // serial `42536.5081122627`, a version), which is judged as any value is.
        let numbers = words.filter { $0.allSatisfy(\.isNumber) }.count
        let fillerCount = words.filter { filler.contains($0) }.count + numbers
        return fillerCount == words.count && numbers < words.count ? "made of placeholder words" : nil
    }
}
