import DredgeKit
import Foundation
import TestSupport
import Testing

/// Replacement lines, applied the way git filter-repo applies them (Python's `re` and `bytes.replace`), by Python.
@Suite struct TextReplacementTests {
    /// Reads the line as filter-repo's `get_replace_text` does and applies it to `text`.
    private func apply(_ replacement: TextReplacement, to text: String) throws -> String {
        let script = """
            import re, sys
            line, text = sys.argv[1].encode(), sys.stdin.buffer.read()
            line, replacement = line.rsplit(b'==>', 1)
            if line.startswith(b'regex:'):
                text = re.compile(line[6:]).sub(replacement, text)
            else:
                text = text.replace(line[8:] if line.startswith(b'literal:') else line, replacement)
            sys.stdout.buffer.write(text)
            """
        let result = try ProcessRunner.run("/usr/bin/python3", ["-c", script, replacement.line], stdin: text)
        try #require(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test func distinctiveSecretIsALiteralReplacedEverywhere() throws {
        let replacement = TextReplacement(secret: Secret(SyntheticSecrets.githubToken), key: nil, kind: .credential)
        #expect(replacement.line == SyntheticSecrets.githubToken + "==>***REMOVED***")
        #expect(!replacement.contextual)
        let text = "a = '\(SyntheticSecrets.githubToken)'\nb = \(SyntheticSecrets.githubToken)x\n"
        #expect(try apply(replacement, to: text) == "a = '***REMOVED***'\nb = ***REMOVED***x\n")
    }

    @Test(arguments: ["-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIEw2U52mJf0x\n-----END PRIVATE KEY-----",
                      "regex:Zq8Wn3Rt(6Yp1)", "pa$$==>w0rd.*é漢 \t[x]"])
    func secretsThatCannotBeAPlainLineAreEscaped(secret: String) throws {
        let replacement = TextReplacement(secret: Secret(secret), key: nil, kind: .privateKey)
        #expect(!replacement.line.contains("\n"))
        #expect(try apply(replacement, to: "before\n\(secret)\nafter") == "before\n***REMOVED***\nafter")
    }

    @Test func weakValueIsReplacedOnlyWhereASettingHasIt() throws {
        let replacement = TextReplacement(secret: Secret("admin"), key: nil, kind: .weakCredential)
        #expect(replacement.contextual)
        let text = "password: admin\nDB_PASSWORD=\"admin\"\n# the admin page\nuser = admins\n"
        #expect(try apply(replacement, to: text) == "password: ***REMOVED***\nDB_PASSWORD=\"***REMOVED***\"\n# the admin page\nuser = admins\n")
        let keyed = TextReplacement(secret: Secret("admin"), key: "POSTGRES_PASSWORD", kind: .weakCredential)
        #expect(try apply(keyed, to: "POSTGRES_PASSWORD=admin\nROLE=admin\n") == "POSTGRES_PASSWORD=***REMOVED***\nROLE=admin\n")
    }

    /// A weak value is replaced wherever it stands as a value: after a password flag on a command line (compose
    /// `command:` as a string or a list, `--password=`, mysql's `-pVALUE`), and as a URL's password; not in prose or
    /// as part of a longer word.
    @Test(arguments: [
        ("command: redis-server --requirepass redispass\n", "command: redis-server --requirepass ***REMOVED***\n"),
        ("command: [\"redis-server\", \"--requirepass\", \"redispass\"]\n", "command: [\"redis-server\", \"--requirepass\", \"***REMOVED***\"]\n"),
        ("redis-cli --pass 'redispass' ping\n", "redis-cli --pass '***REMOVED***' ping\n"),
        ("app --password=redispass --verbose\n", "app --password=***REMOVED*** --verbose\n"),
        ("mysql -u root -predispass shop\n", "mysql -u root -p***REMOVED*** shop\n"),
        ("REDIS_URL=redis://default:redispass@cache:6379/0\n", "REDIS_URL=redis://default:***REMOVED***@cache:6379/0\n"),
        ("url: \"postgres://app:redispass@db/app\"\n", "url: \"postgres://app:***REMOVED***@db/app\"\n"),
        ("requirepass: redispass\n", "requirepass: ***REMOVED***\n"),
        ("# never use redispass in production\nuser = redispassword\n--requirepass redispassword\n",
         "# never use redispass in production\nuser = redispassword\n--requirepass redispassword\n"),
    ])
    func weakValueIsReplacedWhereverItStandsAsAValue(text: String, expected: String) throws {
        let replacement = TextReplacement(secret: Secret("redispass"), keys: [], kind: .weakCredential)
        #expect(try apply(replacement, to: text) == expected)
    }

    /// With the settings the scan named, a setting must be one of them; flags and URLs still count.
    @Test func keysNarrowSettingsButNotFlagsOrURLs() throws {
        let replacement = TextReplacement(secret: Secret("changeme"), keys: ["POSTGRES_PASSWORD", "DB_PASSWORD"], kind: .weakCredential)
        let text = "POSTGRES_PASSWORD: changeme\nDB_PASSWORD=\"changeme\"\nGREETING: changeme\npsql postgres://app:changeme@db\n"
        #expect(try apply(replacement, to: text)
            == "POSTGRES_PASSWORD: ***REMOVED***\nDB_PASSWORD=\"***REMOVED***\"\nGREETING: changeme\npsql postgres://app:***REMOVED***@db\n")
    }
}
