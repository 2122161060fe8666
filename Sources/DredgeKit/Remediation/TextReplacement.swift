/// One line of a `git filter-repo --replace-text` (and `--replace-message`) file: what to find in every blob (and
/// commit or tag message) of the history, and `***REMOVED***` in its place. filter-repo reads a line as a literal
/// unless it starts with `regex:` or `glob:`, and splits it at its last `==>`; a regex is Python's `re` over bytes.
public struct TextReplacement: Sendable, Hashable {
    public static let marker = "***REMOVED***"

    /// The line, secret included: it belongs only in the 0600 replacements file.
    public let line: String
    /// True when the secret is replaced only where it is assigned to a setting, not everywhere it appears.
    public let contextual: Bool

    /// A distinctive secret is replaced wherever it appears; a short or common one ("admin", "changeme") only where it
    /// stands as a value, because replacing the word everywhere would rewrite ordinary code and text as well. A value
    /// stands after a setting (`KEY=admin`, `password: "admin"`, `"KEY": "admin"`; one of `keys` when the scan named
    /// them), after a password-like command-line flag (`--requirepass admin`, `"--requirepass", "admin"`,
    /// `--password=admin`, `-padmin`), or as the password of a URL (`postgres://app:admin@db`), quoted or not, and
    /// ends where the value does.
    public init(secret: Secret, keys: [String], kind: Rule.Kind) {
        let text = secret.reveal()
        contextual = kind == .weakCredential || text.count < 8
        if contextual {
            let setting = keys.isEmpty ? "" : "(?:" + Set(keys).sorted().map(Self.escaped).joined(separator: "|") + #")["']?"#
            let contexts = [
                setting + #"[ \t]*(?:=|:|=>|:=)[ \t]*["']?"#,
                #"(?<![\w-])-(?:-?(?i:[\w-]*(?:pass|pwd|secret|token|key|auth)[\w-]*)["']?(?:[ \t]*,[ \t]*["']|[ \t]+["']?|=["']?)|p)"#,
                #"://[^\s/:@]*:"#,
            ]
            let prefix = "(?m)((?:" + contexts.joined(separator: "|") + "))"
            line = "regex:" + prefix + Self.escaped(text) + #"(?=["']?(?:[\s,;})\]@&|]|$))==>\1"# + Self.marker
        } else if text.contains(where: { $0 == "\n" || $0 == "\r" }) || text.contains("==>") {
            line = "regex:" + Self.escaped(text) + "==>" + Self.marker
        } else if ["regex:", "glob:", "literal:"].contains(where: text.hasPrefix) {
            line = "literal:" + text + "==>" + Self.marker
        } else {
            line = text + "==>" + Self.marker
        }
    }

    public init(secret: Secret, key: String?, kind: Rule.Kind) {
        self.init(secret: secret, keys: key.map { [$0] } ?? [], kind: kind)
    }

    /// `text` as a Python regex that matches it literally and fits on one line: letters and digits as they are, line
    /// breaks and tabs as escapes, other ASCII backslash-escaped, other bytes as `\xHH` (the regex runs on bytes).
    static func escaped(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\n"): result += #"\n"#
            case UInt8(ascii: "\r"): result += #"\r"#
            case UInt8(ascii: "\t"): result += #"\t"#
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                result.append(Character(UnicodeScalar(byte)))
            case 0x21...0x7E: result += "\\" + String(UnicodeScalar(byte))
            default: result += #"\x"# + (byte < 16 ? "0" : "") + String(byte, radix: 16)
            }
        }
        return result
    }
}
