@testable import DredgeKit
import Testing

/// Which `.env` keys hold secrets: the secret words anywhere in the name, and a few name parts that say secret on
/// their own (an SDK's `SK` beside its `AK`, a `JWT`, an access `GRANT`, a personal access token's `PAT`), never a name that says public, an id or a type.
@Suite struct DotEnvParserTests {
    @Test(arguments: ["HUAWEICLOUD_SDK_SK", "PINATA_JWT", "STORJ_ACCESS_GRANT", "STRIPE_SECRET_KEY", "DB_PASSWORD",
                      "PAGERDUTY_ROUTING_KEY", "MUX_STREAM_KEY", "HASHNODE_PAT", "AZURE_DEVOPS_PAT",
                      // a describing word first says nothing: only the last word describes (`USER_PASSWORD` was skipped)
                      "USER_PASSWORD", "NAME_TOKEN", "TYPE_SECRET", "PATH_SIGNING_KEY", "KAFKA_SSL_KEYSTORE_PASSWORD",
                      // a noun closing a longer word, and a setting's word as the name's head
                      "DBPASSWORD", "MASTERKEY", "ADMINPASS", "DB_AUTH", "SENTRY_DSN", "SLACK_WEBHOOK_URL", "STRIPE_WEBHOOK_SIGNING",
                      "PASSWORD_SALT", "SESSION_AUTH_V2", "SSH_PRIVATE", "NEXTAUTH_SECRET"])
    func secretNames(_ key: String) {
        #expect(DotEnvParser.isSecretKey(key), "\(key)")
    }

    @Test(arguments: ["HUAWEICLOUD_SDK_AK", "OAUTH_GRANT_TYPE", "SKU_COUNT", "TASK_QUEUE", "NEXT_PUBLIC_JWT", "MUX_TOKEN_ID", "PATH", "PATTERN_DIR",
                      // `KEY` as a record's key: a search corpus, a table's sort key, a cache entry, a key's prefix
                      "VECTARA_CORPUS_KEY", "DYNAMO_SORT_KEY", "REDIS_CACHE_KEY", "SESSION_KEY_PREFIX",
                      // names that describe their secret
                      "JWT_SIGNING_ALGORITHM", "DBPASSWORD_FILE", "DB_PASSWORD_USER", "API_TOKEN_TTL", "WEBHOOK_SECRET_NAME",
                      // camelCase, as Kustomize's params files write them: the name of a Kubernetes Secret
                      "artifactRepositoryAccessKeySecretName", "dbPasswordSecretName",
                      // the digest that pins a public key or certificate
                      "PASSBOLT_GPG_SERVER_KEY_FINGERPRINT", "SSH_HOST_KEY_FINGERPRINT", "SIGNING_CERT_THUMBPRINT",
                      // a password policy's durations
                      "PASSWORD_MAX_AGE_DAYS", "SESSION_TOKEN_MAX_AGE",
                      // a truststore's password guards public certificates (`TrustStoreName`); a keystore's is a secret
                      "KAFKA_SSL_TRUSTSTORE_PASSWORD", "JAVAX_NET_SSL_TRUST_STORE_PASSWORD",
                      // a secret word's letters inside another word: an author, Auth0's tenant, a keyboard, Keycloak, a tokenizer
                      "AUTH0_DOMAIN", "AUTHOR_EMAIL", "KEYBOARD_LAYOUT", "KEYCLOAK_REALM", "TOKENIZER_MODEL", "PASSENGER_APP_ENV",
                      // a setting's word for a secret qualifying another thing: a private address, a signing region
                      "PRIVATE_IP", "PRIVATE_REGISTRY", "SIGNING_REGION", "AUTH_PROVIDER", "WEBHOOK_EVENTS", "SALT_ROUNDS", "DSN_HOST",
                      // where a secret is kept or who issues it
                      "TOKEN_ENDPOINT", "DB_SECRET_ARN", "JWT_TOKEN_ISSUER",
                      // an identifier its provider documents as public
                      "APPINSIGHTS_INSTRUMENTATIONKEY", "APPLICATIONINSIGHTS_INSTRUMENTATION_KEY"])
    func otherNames(_ key: String) {
        #expect(!DotEnvParser.isSecretKey(key), "\(key)")
    }

    /// The `.env` parser and the generic rules ask one question of a secret-named key: does its last word describe the
    /// secret? They answer it alike.
    @Test(arguments: ["USER_PASSWORD", "PASSWORD_USER", "SECRET_KEY_PATH", "DB_PASSWORD", "API_KEY_PREFIX", "JWT_SIGNING_ALGORITHM",
                      "SIGNING_KEY", "AUTH_TOKEN_TYPE", "TOKEN", "PRIVATE_KEY_FILE"])
    func oneAnswerWithDescribingName(_ key: String) {
        #expect(DotEnvParser.isSecretKey(key) == !DescribingName.describes(key), "\(key)")
    }

    /// A web address under a secret's name is where the secret goes, unless it carries one.
    @Test func anAddressUnderASecretsNameHoldsNoSecretUnlessItCarriesOne() {
        let text = """
        OAUTH_TOKEN_URL=https://login.shop.test/oauth/token
        PASSWORD_RESET_URL=https://shop.test/account/reset?next=/home
        STORE_WEBHOOK_URL=https://hooks.chat.test/services/T04K2LM7Q/B06R9ZP3X/kq8Vr2mZt7LpXw3NbYc6Hd1F
        MEDIA_UPLOAD_AUTH_URL=https://media.blob.test/c?sv=2022-11-02&sig=Qm7vT2xZp9Lk4Wn8Rb3Hc6Jd
        EXPORT_TOKEN_URL=https://api.shop.test/export?token=abc
        AUTH_URL=https://deploy:Vq7rT2mZkw9pX4@git.shop.test/app.git
        """
        let keys = Array(text.utf8).withUnsafeBytes { DotEnvParser.entries(in: $0).map(\.key) }
        #expect(keys == ["STORE_WEBHOOK_URL", "MEDIA_UPLOAD_AUTH_URL", "EXPORT_TOKEN_URL", "AUTH_URL"])
    }

    /// blind22d: a key file's name under a key's name is where the secret is kept (cosign's `COSIGN_KEY=cosign.key`
    /// beside `COSIGN_PASSWORD`), not the secret; a value with capitals or symbols, or no key file's extension, stays.
    @Test func aKeyFileNameIsWhereTheSecretIsKept() {
        let text = """
        COSIGN_PASSWORD=Tq7vZ2mLx9Rk
        COSIGN_KEY=cosign.key
        TLS_PRIVATE_KEY=certs/server-2026.pem
        GOOGLE_CREDENTIALS=deploy/sa_prod.json
        SIGNING_KEY=Kq8vR2.pem
        SESSION_SECRET=rk7vq2mzlx9.tmp
        """
        let keys = Array(text.utf8).withUnsafeBytes { DotEnvParser.entries(in: $0).map(\.key) }
        #expect(keys == ["COSIGN_PASSWORD", "SIGNING_KEY", "SESSION_SECRET"])
    }

    /// A `#` after a blank opens a comment, at the value's start too: `R2_SECRET_ACCESS_KEY=  # optional` holds nothing
    /// (blind29g: a `.env.example` in openstreetmap-website's forks). A `#` inside a value, or right after `=`, is the value's.
    @Test func aCommentAfterTheEqualsSignIsNoValue() {
        let text = """
        R2_SECRET_ACCESS_KEY=  # optional
        SMTP_PASSWORD=\t# set in production
        DB_PASSWORD=Tq7v#Z2mLx9Rk
        API_TOKEN=#Kq8vR2mZx7Lw
        """
        let values = Array(text.utf8).withUnsafeBytes { bytes in
            DotEnvParser.entries(in: bytes).map { String(decoding: bytes[$0.value], as: UTF8.self) }
        }
        #expect(values == ["Tq7v#Z2mLx9Rk", "#Kq8vR2mZx7Lw"])
    }
}
