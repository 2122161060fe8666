@testable import DredgeKit
import Foundation
import Testing

@Suite struct ValidatorTests {
    // Checksums computed independently with Python's zlib.crc32 and a base62 encoder.
    @Test func githubAndNpmChecksumsAreVerified() {
        let valid = Validator.crc32Base62.validate(Secret("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"))
        #expect(valid.verdict == .valid)
        #expect(valid["checksum"] == "valid")
        #expect(valid["token_type"] == "personal access token (classic)")
        #expect(Validator.crc32Base62.validate(Secret("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")).verdict == .valid)
        let mistyped = Validator.crc32Base62.validate(Secret("ghp_Zq8Wn3Rt6Yp1Ks4Lm7Xc2Vb5Nj9Hg00PHqlh"))
        #expect(mistyped.verdict == .invalid)
        #expect(mistyped["checksum"] == "invalid")
    }

    /// A classic token one character off its checksum is still reported (its checksum marks it invalid, so low): a
    /// made-up token of the right shape is what fixtures and planted sets hold.
    @Test func aTokenOneCharacterOffItsChecksumIsStillReported() {
        let scanner = Matcher(ProviderPrefixesTests.compiled)
        let token = "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"
        #expect(scanner.secrets(in: "GH_TOKEN = \"\(token)\"\n", at: nil) == [token])
        let offByOne = "ghp_Zq8Wn3Rt6Yp1Ks4Lm7Xc2Vb5Nj9Hg00PHqlh"
        #expect(scanner.secrets(in: "GH_TOKEN = \"\(offByOne)\"\n", at: nil) == [offByOne])
    }

    @Test func awsKeyIDGivesAccountAndKind() {
        // The account id decoding follows the published base32 technique; values checked with Python's b32decode.
        let temporary = Validator.awsKeyID.validate(Secret("ASIAY34FZKBOKMUTVV7A"))
        #expect(temporary["account_id"] == "609629065308")
        #expect(temporary["key_type"] == "temporary (STS) key")
        #expect(Validator.awsKeyID.validate(Secret("AKIAIOSFODNN7EXAMPLE"))["account_id"] == "581039954779")
    }

    @Test func jwtClaimsAreDecodedAndExpiryJudged() {
        let token = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGguZHJlZGdlLnRlc3QiLCJzdWIiOiJ1c2VyLTQyIiwiZXhwIjoxNzAwMDAwMDAwfQ.c2lnbmF0dXJlLWJ5dGVzLWhlcmU"
        let result = Validator.jwt.validate(Secret(token))
        #expect(result.verdict == .valid)
        #expect(result["alg"] == "HS256")
        #expect(result["iss"] == "https://auth.dredge.test")
        #expect(result["sub"] == "user-42")
        #expect(result["exp"] == "2023-11-14T22:13:20Z")
        #expect(result["expired"] == "true")
        #expect(Validator.jwt.validate(Secret("eyJub3QiOiJqd3Qi.eyJ.x")).verdict == .rejected)
    }

    /// A token a development server on the developer's machine issued (a sample `.http` request file's bearer
    /// token from `https://localhost:44447`) opens only that server: scored low wherever it lives. Another issuer's
    /// token in the same file keeps its confidence (the tokens expire in 2100: only the issuer decides here).
    @Test func aTokenIssuedOnLocalhostIsADevelopmentToken() throws {
        func token(issuer: String) -> String {
            let claims = Data("{\"iss\":\"\(issuer)\",\"sub\":\"user-7\",\"exp\":4102444800}".utf8).base64EncodedString()
                .replacingOccurrences(of: "=", with: "").replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            return "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.\(claims).c2lnbmF0dXJlLWJ5dGVzLWhlcmU"
        }
        let jwt = try #require(Dictionary(try PatternPackLoader.builtin().flatMap(\.rules).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })["jwt.signed-token"])
        for issuer in ["https://localhost:44447", "http://127.0.0.1:8080/realms/dev", "http://auth.localhost"] {
            let validation = Validator.jwt.validate(Secret(token(issuer: issuer)))
            #expect(validation["local_issuer"] == "true", "\(issuer)")
            #expect(ConfidenceScore.score(rule: jwt, validation: validation, paths: ["playground/TodoItems.http"]) == .low, "\(issuer)")
        }
        for issuer in ["https://login.acme-corp.io", "https://localhost.acme-corp.io", "localhost"] {
            let validation = Validator.jwt.validate(Secret(token(issuer: issuer)))
            #expect(validation["local_issuer"] == nil, "\(issuer)")
            #expect(ConfidenceScore.score(rule: jwt, validation: validation, paths: ["playground/TodoItems.http"]) == .high, "\(issuer)")
        }
    }

    @Test func luhnAndIBAN() {
        #expect(Validator.luhn.validate(Secret("4111 1111 1111 1111")).verdict == .valid)
        #expect(Validator.luhn.validate(Secret("4111 1111 1111 1112")).verdict == .rejected)
        #expect(Validator.iban.validate(Secret("GB82 WEST 1234 5698 7654 32")).verdict == .valid)
        #expect(Validator.iban.validate(Secret("GB82 WEST 1234 5698 7654 33")).verdict == .rejected)
        #expect(Validator.iban.validate(Secret("DE89370400440532013000")).verdict == .valid)
    }

    @Test(arguments: ["changeme", "Password123", "admin", "redispass", "dev-secret-change-me", "demo-api-key-12345", "secret!", "aaaa"])
    func weakPasswordsAreRecognised(_ value: String) {
        let result = Validator.weakPassword.validate(Secret(value))
        #expect(result.verdict == .valid)
        #expect(result["weakness"] != nil)
    }

    @Test(arguments: ["Zq8Wn3Rt6Yp1", "correct horse battery staple", "s9!Kd#2mQ", "42536.5081122627", "3.14159"])
    func strongPasswordsAreLeftToOtherRules(_ value: String) {
        #expect(Validator.weakPassword.validate(Secret(value)).verdict == .rejected)
    }

    /// An unsalted digest of a listed default reads back to it (MD5 of `admin`, SHA-1 of `letmein`, SHA-256 of
    /// `password`, in either case); a digest of anything else is a hash, nothing to report as weak.
    @Test func digestsOfDefaultPasswordsAreWeak() {
        #expect(Validator.weakPassword.validate(Secret("21232f297a57a5a743894a0e4a801fc3"))["weakness"] == "MD5 of a common or default password")
        #expect(Validator.weakPassword.validate(Secret("B7A875FC1EA228B9061041B7CEC4BD3C52AB3CE3"))["weakness"] == "SHA-1 of a common or default password")
        #expect(Validator.weakPassword.validate(Secret("5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8"))["weakness"]
                == "SHA-256 of a common or default password")
        #expect(Validator.weakPassword.validate(Secret("cfa9b82f38bc8a43a75a90ed770781e3")).verdict == .rejected)
        #expect(WeakPassword.isDigestOfListed(Array("21232f297a57a5a743894a0e4a801fc3".utf8)))
        #expect(!WeakPassword.isDigestOfListed(Array("21232f297a57a5a743894a0e4a801fc".utf8)))
    }

    /// Documentation that asks the reader for a value (`password = my_password`) names no default password.
    @Test(arguments: ["my_password", "your-secret-key", "my-api-token"])
    func readerAddressedPlaceholdersAreNotWeakPasswords(_ value: String) {
        #expect(Validator.weakPassword.validate(Secret(value)).verdict == .rejected)
    }

    @Test func tokenTypeFromPrefix() {
        #expect(Validator.tokenType.validate(Secret("sk_live_51Hq")).details.map(\.value) == ["live", "secret key"])
        #expect(Validator.tokenType.validate(Secret("sk-ant-admin01-abc"))["token_type"] == "admin key")
        #expect(Validator.tokenType.validate(Secret("xoxb-123"))["token_type"] == "bot token")
        #expect(Validator.tokenType.validate(Secret("zzz")).verdict == .unchecked)
    }

    @Test func confidenceFollowsValidationAndPaths() throws {
        let packs = try PatternPackLoader.load(directory: URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("fixtures/packs"))
        let rule = try #require(packs.first?.rules.first)  // confidence medium
        #expect(ConfidenceScore.score(rule: rule, validation: .unchecked, paths: ["src/app.py"]) == .medium)
        #expect(ConfidenceScore.score(rule: rule, validation: .unchecked, paths: ["tests/fixtures/app.py"]) == .low)
        #expect(ConfidenceScore.score(rule: rule, validation: .unchecked, paths: ["tests/a.py", "src/b.py"]) == .medium)
        #expect(ConfidenceScore.score(rule: rule, validation: Validation(.valid), paths: ["tests/a.py"]) == .high)
        #expect(ConfidenceScore.score(rule: rule, validation: Validation(.invalid), paths: ["src/b.py"]) == .low)
    }

    /// Private keys, passwords and weak passwords under test paths, benchmarks or in files named as tests are the
    /// tests' own (git's t/ and its test.netrc, curl's tests/certs, a package's Tests/ and Benchmarks/): low, not one
    /// step lower, for one step left every one of ~280 such findings on real code at medium, all of them fixtures. A
    /// provider's prefix-anchored token keeps its confidence wherever it is.
    @Test func fixturesWithoutAProviderAreLowUnderTestPaths() throws {
        let rules = Dictionary(uniqueKeysWithValues: try PatternPackLoader.builtin().flatMap(\.rules).map { ($0.id, $0) })
        let key = try #require(rules["pem.rsa-private-key"])
        let weak = try #require(rules["weak.password-setting"])
        let token = try #require(rules["github.personal-access-token"])
        #expect(ConfidenceScore.score(rule: key, validation: .unchecked, paths: ["t/lib-gpg/keyring.pem"]) == .low)
        #expect(ConfidenceScore.score(rule: key, validation: .unchecked, paths: ["Tests/X509Tests/Fixtures.swift"]) == .low)
        #expect(ConfidenceScore.score(rule: key, validation: .unchecked, paths: ["tests/certs/Server-localhost-sv.key"]) == .low)
        #expect(ConfidenceScore.score(rule: key, validation: .unchecked, paths: ["Benchmarks/Signing/Signing.swift",
                                                                                 "Sources/PerfTester/shared.swift"]) == .low)
        #expect(ConfidenceScore.score(rule: key, validation: .unchecked, paths: ["deploy/id_rsa"]) == .high)
        #expect(ConfidenceScore.score(rule: key, validation: .unchecked, paths: ["tests/certs/server.key", "deploy/id_rsa"]) == .high)
        #expect(ConfidenceScore.score(rule: weak, validation: Validation(.valid), paths: ["tests/config.yml"]) == .low)
        #expect(ConfidenceScore.score(rule: weak, validation: Validation(.valid), paths: ["docker-compose.yml"]) == .high)
        #expect(ConfidenceScore.score(rule: weak, validation: Validation(.valid), paths: ["README.md"]) == .low)
        #expect(ConfidenceScore.score(rule: token, validation: .unchecked, paths: ["tests/fixtures/ci.env"]) == .high)
        #expect(ConfidenceScore.score(rule: token, validation: .unchecked, paths: ["src/auth_test.go"]) == .high)
        let netrc = try #require(rules["netrc.password"]), hash = try #require(rules["htpasswd.apr1-md5-hash"])
        #expect(ConfidenceScore.score(rule: netrc, validation: .unchecked, paths: ["contrib/credential/netrc/test.netrc"]) == .low)
        #expect(ConfidenceScore.score(rule: netrc, validation: .unchecked, paths: ["tests/data/test130"]) == .low)
        #expect(ConfidenceScore.score(rule: netrc, validation: .unchecked, paths: ["deploy/.netrc"]) == .high)
        #expect(ConfidenceScore.score(rule: netrc, validation: .unchecked, paths: ["src/contest.netrc"]) == .high)
        #expect(ConfidenceScore.score(rule: hash, validation: .unchecked, paths: ["t/lib-httpd/passwd"]) == .low)
        #expect(ConfidenceScore.score(rule: hash, validation: .unchecked, paths: ["web/login_test.htpasswd"]) == .low)
        // A JWT names no provider: in a package's tests or benchmarks it is the tests' own token.
        let jwt = try #require(rules["jwt.signed-token"])
        #expect(ConfidenceScore.score(rule: jwt, validation: Validation(.valid), paths: ["Tests/JWTKitTests/JWTKitTests.swift"]) == .low)
        #expect(ConfidenceScore.score(rule: jwt, validation: Validation(.valid), paths: ["Benchmarks/Verifying/Verifying.swift"]) == .low)
        #expect(ConfidenceScore.score(rule: jwt, validation: Validation(.valid), paths: ["Sources/App/Config.swift"]) == .high)
        // A credential store's line is a URL with a user and password: the host, not the rule, says whose. In a test
        // it is the test's own (curl's test 1118); in a committed ~/.git-credentials it stays high.
        let store = try #require(rules["git-credentials.entry"])
        #expect(ConfidenceScore.score(rule: store, validation: .unchecked, paths: ["tests/data/test1118"]) == .low)
        #expect(ConfidenceScore.score(rule: store, validation: .unchecked, paths: ["home/ci/.git-credentials"]) == .high)
    }
}
