/// A value the code itself declares to be a test's: the name it is assigned to says so (`const TEST_FAKE_RSA_KEY_0:
/// &str = "-----BEGIN PRIVATE KEY-----…`, `fakeSigningKey = '…'`, `DUMMY_PASSWORD = "…"`), or it opens inside a test
/// function (`#[tokio::test] fn test_generation_from_rsa_key() { let pem = r"-----BEGIN RSA PRIVATE KEY-----…`).
/// bitwarden/server keeps a pool of 100 generated RSA keys so (`util/RustSdk/rust/src/rsa_keys.rs`), in a path that
/// says nothing of tests. The path-only confidence model (`ConfidenceScore`) cannot see it; the match's own line
/// can. It lowers the finding as a test path does, and drops nothing: a real key named `test` is still worth a look.
/// A value on a doc comment's line is an example of documentation, judged so too.
enum TestDeclaration {
    /// The validation detail a match so declared carries (`"test_declaration": "true"`).
    static let detail = "test_declaration"
    /// A name's words that make it a test double's (split at `_`, `-`, `.` and camelCase humps, lower-cased).
    static let words: Set<String> = ["test", "tests", "testing", "fake", "dummy", "mock", "fixture", "stub", "bogus",
                                     "example", "sample"]
    /// How far back on its line the declaration may start, and how many lines above it a test function's header.
    static let reach = 160
    static let headerLines = 3
    /// How far above a value a Rust test module's `#[cfg(test)]` is looked for.
    static let moduleReach = 65_536
    /// What marks a test function, at the start of its line: Rust's attributes, JUnit's and NUnit's, xUnit's.
    static let attributes = ["#[test]", "#[tokio::test", "#[cfg(test)]", "@test", "[test]", "[fact]", "[theory]", "[testmethod]"]
    /// Functions whose name says test (`fn test_…`, `def test_…`, Go's `func Test…`, XCTest's `func test…`).
    static let functions = ["fn test_", "def test_", "func test"]
    /// How a line ends when the value is on the next one (YAML's `test_key: |`, a string continued after `=`).
    static let openers = ["=", ":", "|", "|-", ">", "(", "`", "\"\"\"", "'''"]

    /// Whether the value at `start` is declared as a test's.
    static func declares(_ start: Int, in bytes: UnsafeRawBufferPointer) -> Bool {
        guard start <= bytes.count else { return false }
        let ownLine = lineStart(before: start, in: bytes)
        // a comment's mark opens its line, however long the line is before the value
        if isDocComment(text(ownLine..<min(start, ownLine + reach), in: bytes)) { return true }
        var declaration = lastClause(text(max(ownLine, start - reach)..<start, in: bytes))
        var above = ownLine
        // A value alone at the start of its line is declared on the line above when that one ends in an
        // assignment; a PEM file's line above is another block, no declaration (a heredoc's may still sit in a test's).
        if declaration.allSatisfy(\.isWhitespace), ownLine > 0 {
            let previousStart = lineStart(before: ownLine - 1, in: bytes)
            let previous = trimmed(text(max(previousStart, ownLine - 1 - reach)..<(ownLine - 1), in: bytes))
            guard openers.contains(where: { previous.hasSuffix($0) }) else { return insideTestBlock(ownLine, in: bytes) }
            declaration = lastClause(previous)
            above = previousStart
        }
        if names(declaration) { return true }
        // A test function's header a few lines above the declaration.
        for _ in 0..<headerLines where above > 0 {
            let start = lineStart(before: above - 1, in: bytes)
            let line = trimmed(text(max(start, above - 1 - reach)..<(above - 1), in: bytes)).lowercased()
            if attributes.contains(where: { line.hasPrefix($0) }) || functions.contains(where: { line.contains($0) }) { return true }
            above = start
        }
        return insideRustTestModule(ownLine, in: bytes) || insideTestBlock(ownLine, in: bytes)
    }

    /// What opens a block whose name may say test: a class, a function or a module (Python, Ruby).
    static let blockKeywords = ["class ", "def ", "async def ", "module "]

    /// Whether a block enclosing the line at `ownLine` by indentation is a test's: a class, function or module whose
    /// name has a test double's word (`class Test(Common):` in django-configurations' settings, where the suite's
    /// `SECRET_KEY` sits under its own class; `def test_login(self):` with the value many lines into its body). Each
    /// line above that is less indented than the last one found is the next enclosing block's header; the walk ends at
    /// the margin, or after `moduleReach` bytes. Comments and blank lines are skipped: Python lets a comment sit at the
    /// margin inside a block.
    static func insideTestBlock(_ ownLine: Int, in bytes: UnsafeRawBufferPointer) -> Bool {
        var indent = indentation(at: ownLine, in: bytes)
        var below = ownLine
        let floor = max(0, ownLine - moduleReach)
        while indent > 0, below > floor {
            let start = lineStart(before: below - 1, in: bytes)
            defer { below = start }
            let width = indentation(at: start, in: bytes)
            guard start + width < below - 1, ![UInt8(ascii: "#"), UInt8(ascii: "\r")].contains(bytes[start + width]), width < indent else { continue }
            indent = width
            if namesATestBlock(trimmed(text(start..<min(below - 1, start + width + reach), in: bytes))) { return true }
        }
        return false
    }

    /// Whether a block's header names a test's (`class TestSettings(Base):`, `def test_signup`, `module FakeGateway`).
    static func namesATestBlock(_ header: String) -> Bool {
        guard let keyword = blockKeywords.first(where: { header.hasPrefix($0) }) else { return false }
        let name = header.dropFirst(keyword.count).prefix { $0.isLetter || $0.isNumber || $0 == "_" }
        return identifierWords(String(name)).contains(where: words.contains)
    }

    /// The blanks a line begins with (a tab counts as one, as each line is compared with those above it in one file).
    private static func indentation(at start: Int, in bytes: UnsafeRawBufferPointer) -> Int {
        var index = start
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") { index += 1 }
        return index - start
    }

    /// Whether a line, up to the value, is a block or doc comment's (` * @Request({"password": "…"})` in a PHP
    /// controller's API annotation, `/// let key = "…"` in a Rust or Swift doc comment): an example in documentation,
    /// judged as a test's value is (Snipe-IT's `AuthController.php`, blind30d).
    static func isDocComment(_ head: String) -> Bool {
        let line = head.drop { $0 == " " || $0 == "\t" }
        if line.hasPrefix("* ") || line.hasPrefix("/**") || line.hasPrefix("///") { return true }
        // A doctest's prompt, in a docstring or after a comment's mark: the example a document runs as its test
        // (Logflare's `iex> config = %{password: "secret123"}`, Python's `>>> connect(password="…")`), blind32e.
        let prompt = line.drop { "#/;*- \t".contains($0) }
        return doctestPrompts.contains { prompt.hasPrefix($0) }
            || (prompt.hasPrefix("iex(") && prompt.prefix(12).dropFirst(4).contains(")>"))
    }

    /// Interactive shells' prompts that doctests copy: Elixir's IEx and its continuation, Python's, Ruby's irb and pry.
    static let doctestPrompts = ["iex>", "...>", ">>> ", "irb>", "irb(", "pry>", "pry("]

    /// Whether the line at `ownLine` comes after a Rust test module's opening (`#[cfg(test)]` at the start of a line,
    /// then `mod …` on it or the next): the unit tests Rust keeps at the end of the file they test, however far below
    /// their `#[test]` the value sits (lldap's `password: "bob00".to_string()` eight lines into `fn test_bind_user`,
    /// `jail.set_env("LLDAP_JWT_SECRET", "secret")` in `configuration.rs`' tests), blind21c. Looked for in the
    /// `moduleReach` bytes above the line only, so that a long file's many matches stay cheap.
    static func insideRustTestModule(_ ownLine: Int, in bytes: UnsafeRawBufferPointer) -> Bool {
        let marker = Array("#[cfg(test)]".utf8)
        guard ownLine > marker.count, ownLine <= bytes.count else { return false }
        var index = max(0, ownLine - moduleReach)
        while index + marker.count <= ownLine {
            guard bytes[index] == marker[0], index == 0 || bytes[index - 1] == UInt8(ascii: "\n"),
                  marker.indices.allSatisfy({ bytes[index + $0] == marker[$0] }) else {
                index += 1
                continue
            }
            var next = index + marker.count
            while next < ownLine, [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n")].contains(bytes[next]) { next += 1 }
            let mod = Array("mod ".utf8), pubMod = Array("pub mod ".utf8)
            for word in [mod, pubMod] where next + word.count <= ownLine
                && word.indices.allSatisfy({ bytes[next + $0] == word[$0] }) {
                return true
            }
            index += marker.count
        }
        return false
    }

    /// Whether one of the names in `declaration` (identifiers, quoted keys) has a test double's word. A host, a path
    /// or a URL is no name (`machine api.shop.test login …`, `https://blog.shop.test`: the `.test` domain is
    /// reserved for examples, not a test's key), nor is a `host:port:…` run.
    static func names(_ declaration: String) -> Bool {
        let separators = Set(" \t\"'`=(),;<>&[]{}|\\")
        for chunk in declaration.split(whereSeparator: { separators.contains($0) }) {
            let trimmed = chunk.drop { $0 == ":" }.reversed().drop { $0 == ":" }.reversed()
            guard !trimmed.contains(where: { ".:/@".contains($0) }) else { continue }
            // the word must qualify the name, not end it: `TEST_FAKE_RSA_KEY_0`, `fakeKey`; Bundler's
            // `BUNDLE_GEMS__SHOP__TEST` spells a host, LDAP's `dc=test` a domain
            if identifierWords(String(trimmed)).dropLast().contains(where: words.contains) { return true }
        }
        return false
    }

    /// A name's words, lower-cased: split at `_`, `-` and camelCase humps (`fakeKey`, `rsaTestKey`; not `TEST`'s
    /// capitals after each other).
    static func identifierWords(_ name: String) -> [String] {
        var result: [String] = [], word = "", previous: Character = " "
        for character in name {
            if character.isASCII, character.isLetter {
                if character.isUppercase, previous.isLowercase, !word.isEmpty { result.append(word.lowercased()); word = "" }
                word.append(character)
            } else if !word.isEmpty {
                result.append(word.lowercased())
                word = ""
            }
            previous = character
        }
        if !word.isEmpty { result.append(word.lowercased()) }
        return result
    }

    /// The declaration's own part of a line: after the last `,`, `;`, `{`, `}` or `[` (in `{"name": "test user",
    /// "key": "…` the other members are other values, not this one's name).
    static func lastClause(_ text: String) -> String {
        guard let cut = text.lastIndex(where: { ",;{}[".contains($0) }) else { return text }
        return String(text[text.index(after: cut)...])
    }

    private static func trimmed(_ text: String) -> String {
        String(String(text.drop(while: \.isWhitespace).reversed()).drop(while: \.isWhitespace).reversed())
    }

    /// The offset where the line holding `index` starts.
    private static func lineStart(before index: Int, in bytes: UnsafeRawBufferPointer) -> Int {
        var start = index
        while start > 0, bytes[start - 1] != UInt8(ascii: "\n") { start -= 1 }
        return start
    }

    private static func text(_ range: Range<Int>, in bytes: UnsafeRawBufferPointer) -> String {
        range.isEmpty ? "" : String(decoding: UnsafeRawBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
