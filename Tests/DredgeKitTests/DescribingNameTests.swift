@testable import DredgeKit
import Testing

/// Names whose value describes a secret (a field name, a kind, a limit, a reference) against names that hold one.
@Suite struct DescribingNameTests {
    @Test(arguments: ["passwordField", "password_hint", "secretName", "PASSWORD_MIN_LENGTH", "tokenType", "secretKeyRef",
                      "auth.token.type", "api-key-param", "ctx.passwordLabel", "JWT_SIGNING_ALGORITHM", "DBPASSWORD_FILE",
                      "SESSION_KEY_PREFIX", "PASSWORD_MAX_AGE_DAYS", "api_key_rotation_days", "TOKEN_REFRESH_INTERVAL",
                      "token_sha1", "API_KEY_SHA256", "secretDigest", "access_token_md5", "passwordConnector",
                      "pwdLastSet", "password_changed_at", "TOKEN_CREATED_DATE", "secretRotatedTimestamp"])
    func aSecretWordThenAPropertyDescribes(_ name: String) {
        #expect(DescribingName.describes(name))
    }

    @Test(arguments: ["password", "SECRET_KEY", "db_password", "authHeader", "WEBHOOK_URL", "secret_id", "password_confirmation",
                      "fieldPassword", "nameKey", "type", "user_field", "USER_PASSWORD", "PATH_SIGNING_KEY",
                      "sha256_secret", "PASSWORD_HASH", "hmac_sha256_key"])
    func aNameThatHoldsTheSecretDoesNot(_ name: String) {
        #expect(!DescribingName.describes(name))
    }

    /// A template names what goes in a setting with the setting's own last words (Mage's `ALGOLIA_API_KEY: api_key`);
    /// so does a constant naming itself in another spelling (`CHANGE_PASSWORD: "change-password"`); one word is a weak
    /// default a database really starts with, and other words are a value.
    @Test func aValueOfItsNamesLastWordsRepeatsIt() {
        for (name, value) in [("ALGOLIA_API_KEY", "api_key"), ("serpapi_api_key", "api_key"), ("PICTRS__API_KEY", "API_KEY"),
                              ("stripeSecretKey", "secret-key"), ("db.access.token", "ACCESS_TOKEN"), ("CHANGE_PASSWORD", "change-password")] {
            #expect(DescribingName.repeatsItsName(Array(value.utf8), name), "\(name)=\(value)")
        }
        for (name, value) in [("DRUID_PASSWORD", "password"), ("ALGOLIA_API_KEY", "algolia_key"), ("API_KEY", "api_key_v2"),
                              ("SECRET_KEY", "key_secret"), ("ADMIN_API_KEY", "api_key_2024")] {
            #expect(!DescribingName.repeatsItsName(Array(value.utf8), name), "\(name)=\(value)")
        }
    }

    /// blind18b: a constant's name in capitals, a stand-in word then the setting's last words (the Secrets Gradle
    /// Plugin's `MAPS_API_KEY=DEFAULT_API_KEY`), names what goes there; a value in lower case, with another first word,
    /// or with words after the name is left to the rules.
    @Test func aStandInConstantEndingInTheNameRepeatsIt() {
        for (name, value) in [("MAPS_API_KEY", "DEFAULT_API_KEY"), ("STRIPE_SECRET_KEY", "YOUR_SECRET_KEY"),
                              ("sentryAuthToken", "DUMMY_AUTH_TOKEN"), ("DB_PASSWORD", "DEFAULT_PASSWORD"), ("API_KEY", "DEFAULT_API_KEY")] {
            #expect(DescribingName.repeatsItsName(Array(value.utf8), name), "\(name)=\(value)")
        }
        for (name, value) in [("MAPS_API_KEY", "default_api_key"), ("MAPS_API_KEY", "PROD_API_KEY"),
                              ("MAPS_API_KEY", "DEFAULT_API_KEY_2"), ("SECRET_KEY", "DEFAULT")] {
            #expect(!DescribingName.repeatsItsName(Array(value.utf8), name), "\(name)=\(value)")
        }
    }

    @Test func wordsSplitAtSeparatorsAndCaseChanges() {
        #expect(DescribingName.words("passwordFieldName") == ["PASSWORD", "FIELD", "NAME"])
        #expect(DescribingName.words("AWS_SECRET_ACCESS_KEY") == ["AWS", "SECRET", "ACCESS", "KEY"])
        #expect(DescribingName.words("oauth2Token.type") == ["OAUTH2", "TOKEN", "TYPE"])
    }
}
