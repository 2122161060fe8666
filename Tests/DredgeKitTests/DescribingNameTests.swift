@testable import DredgeKit
import Testing

/// Names whose value describes a secret (a field name, a kind, a limit, a reference) against names that hold one.
@Suite struct DescribingNameTests {
    @Test(arguments: ["passwordField", "password_hint", "secretName", "PASSWORD_MIN_LENGTH", "tokenType", "secretKeyRef",
                      "auth.token.type", "api-key-param", "ctx.passwordLabel", "JWT_SIGNING_ALGORITHM", "DBPASSWORD_FILE",
                      "SESSION_KEY_PREFIX", "PASSWORD_MAX_AGE_DAYS", "api_key_rotation_days", "TOKEN_REFRESH_INTERVAL",
                      "token_sha1", "API_KEY_SHA256", "secretDigest", "access_token_md5"])
    func aSecretWordThenAPropertyDescribes(_ name: String) {
        #expect(DescribingName.describes(name))
    }

    @Test(arguments: ["password", "SECRET_KEY", "db_password", "authHeader", "WEBHOOK_URL", "secret_id", "password_confirmation",
                      "fieldPassword", "nameKey", "type", "user_field", "USER_PASSWORD", "PATH_SIGNING_KEY",
                      "sha256_secret", "PASSWORD_HASH", "hmac_sha256_key"])
    func aNameThatHoldsTheSecretDoesNot(_ name: String) {
        #expect(!DescribingName.describes(name))
    }

    @Test func wordsSplitAtSeparatorsAndCaseChanges() {
        #expect(DescribingName.words("passwordFieldName") == ["PASSWORD", "FIELD", "NAME"])
        #expect(DescribingName.words("AWS_SECRET_ACCESS_KEY") == ["AWS", "SECRET", "ACCESS", "KEY"])
        #expect(DescribingName.words("oauth2Token.type") == ["OAUTH2", "TOKEN", "TYPE"])
    }
}
