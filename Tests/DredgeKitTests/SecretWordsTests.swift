@testable import DredgeKit
import Testing

/// One list of secret words serves every reader that judges a name: a `.env` key, a table's column, a variable's name
/// written where a value goes. A word each reader used to lack is now read by all of them that it fits.
@Suite struct SecretWordsTests {
    @Test func aPreSharedKeyIsASecretInAnEnvFileAndATable() {
        #expect(DotEnvParser.isSecretKey("WIFI_PSK"))
        #expect(TableParser.isSecretColumn("psk"))
    }

    @Test func aBearerJWTOrAPersonalAccessTokenIsASecretColumn() {
        #expect(TableParser.isSecretColumn("jwt"))
        #expect(TableParser.isSecretColumn("gitlab_pat"))
        // in a table `sk` is a sort key and `grant` a privilege; in a setting they are a secret key and an access grant
        #expect(!TableParser.isSecretColumn("sk"))
        #expect(!TableParser.isSecretColumn("grant"))
        #expect(DotEnvParser.isSecretKey("HUAWEICLOUD_SDK_SK"))
    }

    @Test func aVariableNamedForAnySecretWordIsAName() {
        for name in ["PINATA_JWT", "SENTRY_DSN", "HASHNODE_PAT", "GPG_PASSPHRASE", "GITHUB_TOKEN"] {
            #expect(PlaceholderFilter.isVariableName(Array(name.utf8)), "\(name)")
        }
        #expect(!PlaceholderFilter.isVariableName(Array("BUILD_NUMBER".utf8)))
    }
}
