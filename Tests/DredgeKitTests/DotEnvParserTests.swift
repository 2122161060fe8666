@testable import DredgeKit
import Testing

/// Which `.env` keys hold secrets: the secret words anywhere in the name, and a few name parts that say secret on
/// their own (an SDK's `SK` beside its `AK`, a `JWT`, an access `GRANT`, a personal access token's `PAT`), never a name that says public, an id or a type.
@Suite struct DotEnvParserTests {
    @Test(arguments: ["HUAWEICLOUD_SDK_SK", "PINATA_JWT", "STORJ_ACCESS_GRANT", "STRIPE_SECRET_KEY", "DB_PASSWORD",
                      "PAGERDUTY_ROUTING_KEY", "MUX_STREAM_KEY", "HASHNODE_PAT", "AZURE_DEVOPS_PAT"])
    func secretNames(_ key: String) {
        #expect(DotEnvParser.isSecretKey(key), "\(key)")
    }

    @Test(arguments: ["HUAWEICLOUD_SDK_AK", "OAUTH_GRANT_TYPE", "SKU_COUNT", "TASK_QUEUE", "NEXT_PUBLIC_JWT", "MUX_TOKEN_ID", "PATH", "PATTERN_DIR",
                      // `KEY` as a record's key: a search corpus, a table's sort key, a cache entry, a key's prefix
                      "VECTARA_CORPUS_KEY", "DYNAMO_SORT_KEY", "REDIS_CACHE_KEY", "SESSION_KEY_PREFIX"])
    func otherNames(_ key: String) {
        #expect(!DotEnvParser.isSecretKey(key), "\(key)")
    }
}
