@testable import DredgeKit
import Foundation
import Testing

/// A hex key of a usual length with one stray letter among its digits, or a UUID cut short or holding a letter that is
/// not hex, is a typo or a cut copy, not a credential: the rules that judge a value by its name leave it alone, while
/// the same shapes written whole, or hex of other lengths that real keys have, are still reported.
@Suite struct CommonShapesTests {
    static let compiled = ProviderPrefixesTests.compiled

    @Test(arguments: [
        "ad00663f233aef79bbc0q1ad205cf490",                      // 32 hex digits and a `q`
        "04093fa6fd45d0ac3bdb3087eee6d0x217164b8a",              // 40 and an `x`
        "dfbded06-9314-409f-945b-65c484c451a",                   // a UUID whose last group lost a digit
        "6b9f2264-239f-4114-af02-da413de4f08g",                  // a UUID with a `g`
        "3d1f8a52-7c4e-4b90-a6e1",                               // a UUID cut off at its last dash
        "3d1f8a52-7c4e-4b90-a6e1-",                              // and with the dash kept
        "cs_e4db68e991ee620353e7bdfzc62587cf91364617",           // a short prefix, then 40 hex digits and a `z`
        "9C1E5A0B7D3F2E4A6B8C0D1E3F5A7B9Q",                      // upper-case: 31 and a `Q`
        "f658acd4c3b7e61d288a85281d0a420",                       // 31 hex digits: a 32-digit key cut by one
        "f658acd4c3b7e61d288a85281d0a420b9c7e5d3a1",             // 41: one too many
        "u5642291-2218013bf8af4e6x9021c96f",                     // a prefix with digits, then 24 hex digits and an `x`
        // blind21b: hex of other whole byte counts with one stray letter, and a UUID after an upper-case prefix
        "5ca6f4e8130ba60c2fc2b4862f9e4c16772a05f8j6b57a26e27cfc71caecd5f482ff4954da6fb95c",   // 80 and a `j`
        "df89fd060221740e340af153ee16b4af5eafb5dcc90b275fbafa7c5c2bf60402o944b67e040bb3e0c047fbd89330106108a03f40cd1f99839ed67aa4f97f2fec",   // 128 and an `o`
        "ce7abd5b1582e5675153d7d4741de5d4da4duf1d36eb3567f23d3cf07329d9d3245a9c83",   // 72 and a `u`
        "key_9dcd4b0a5f1cd3u1db281647edd8",                      // `key_`, 28 hex digits and a `u`
        "T_S_c400ce29-cd65-454e-8db2-2d405ak44bc6",              // an upper-case prefix, then a UUID with a `k`
    ])
    func typosAndCutCopiesAreNearMisses(_ value: String) {
        #expect(CommonShapes.isNearMiss(Array(value.utf8)), "\(value)")
    }

    @Test(arguments: [
        "ad00663f233aef79bbc01ad205cf4903",                      // whole
        "f658acd4c3b7e61d288a85281d0a4201a7c",                   // 35 hex digits: not one off a usual length
        "cscfcbb84a935825ed7e1363139d3302a1",                    // Contentstack's `cs` prefix, not a typo
        "0xd16ea279393327af7aa1988ce32caf211eb31068",            // `0x` and 40 hex digits
        "dfbded06-9314-409f-945b-65c484c451a7",                  // a whole UUID
        "PRO7-KX2M-QW8T-ZL4N",                                   // four groups of another shape (a licence key)
        "Wq5Zx8Lm2Np7Rt4Vb9Kc3Hd6Fg1Js0Ty",                      // another alphabet altogether
        "u5642291-2218013bf8af4e6a9021c96f",                     // UptimeRobot's shape, whole
        "507f1f77bcf86cd799439011a",                             // 25 hex digits: one off only beside 32, 40, 64
        "T_S_c400ce29-cd65-454e-8db2-2d405ac44bc6",              // blind21b: the prefixed UUID whole
        "e2ec90c978aa14decbad08ba09cebd9da7dba7677d62b6f0ecbbd7c47688811a5018f96b",   // 72 hex digits whole
        "LIVE_Wq5Zx8Lm2Np7Rt4Vb9Kc3Hd6Fg1Js0Ty",                 // an upper-case prefix before another alphabet
    ])
    func wholeShapesAndOtherAlphabetsAreNot(_ value: String) {
        #expect(!CommonShapes.isNearMiss(Array(value.utf8)), "\(value)")
    }

    /// A JWT's header and claims with the signature cut off is a cut copy of a bearer token, not a credential: a rule that
    /// judges by the name beside it leaves it alone. The whole token, and two segments whose header names no `alg`, are not.
    @Test func jwtCutBeforeItsSignatureIsANearMiss() {
        let cut = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJvcmRlci1ib3QiLCJpYXQiOjE3NjQwMDAwMDB9"
        let whole = cut + ".Qm7Zt2Xr9Kc4Vw1Np8Lb5Hd3Fs6Gj0Ty2Ua9Ie4Oq7R"
        #expect(CommonShapes.isNearMiss(Array(cut.utf8)))
        #expect(!CommonShapes.isNearMiss(Array(whole.utf8)))
        #expect(!CommonShapes.isNearMiss(Array("eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiJvcmRlci1ib3QiLCJpYXQiOjE3NjQwMDAwMDB9".utf8)))
        let matcher = Matcher(Self.compiled)
        #expect(matcher.secrets(in: "SHIPPING_TOKEN = \"\(cut)\"\n", at: nil).isEmpty)
        #expect(matcher.secrets(in: "curl -H \"Authorization: Bearer \(cut)\" https://api.shop.test/v1/orders\n", at: nil).isEmpty)
        #expect(!matcher.secrets(in: "SHIPPING_TOKEN = \"\(whole)\"\n", at: nil).isEmpty)
    }

    /// blind21b: an 80-digit hex token with one stray letter under a secret's name (Crowdin's personal token), and a
    /// Worldpay service key (`T_S_` and a UUID) with a letter that is not hex, are near misses the rules that judge by
    /// name leave; the same values whole are still reported.
    @Test func strayLetterInLongHexAndAfterAnUpperCasePrefix() {
        let matcher = Matcher(Self.compiled)
        #expect(matcher.secrets(in: "\"api_token\": \"ce698211d2603436fe122e91475ddf54d9e9a2fdjf1f1ccea3d56fdb510c741a91bebb04efca4670\"\n", at: nil).isEmpty)
        #expect(!matcher.secrets(in: "\"api_token\": \"ce698211d2603436fe122e91475ddf54d9e9a2fd3f1f1ccea3d56fdb510c741a91bebb04efca4670\"\n", at: nil).isEmpty)
        #expect(matcher.secrets(in: "Billing.service_key = 'T_S_86c74195-a1e0-40a8-ba97-8fbdcq3fb8c1'\n", at: nil).isEmpty)
        #expect(!matcher.secrets(in: "Billing.service_key = 'T_S_86c74195-a1e0-40a8-ba97-8fbdc83fb8c1'\n", at: nil).isEmpty)
    }

    /// A stem many providers begin their tokens with, typed wrong (two letters swapped, or one off in a long stem), then
    /// a separator and a body, is a mistyped token; the stem written right, or a word one letter off a short stem
    /// (`text_`), is not.
    @Test func mistypedSharedStemsAreNearMisses() {
        for value in ["secrte_shop-gpu_5f31e639be020688541af0f32f3591f2", "secert-CHFc8bzvVYwmi3UOJw4133nK9AaXp21YEV",
                      "lvie_sk_HYOxjBfzlwIqXityV7KQkU7w", "kye_9f3d42e8b6a1f0d9c37e2b84", "secrat_Zr4Tq8Lm2Wx6Nv9Pb3Hj7Kd5"] {
            #expect(CommonShapes.hasMistypedStem(Array(value.utf8)), "\(value)")
        }
        for value in ["secret_shop-gpu_5f31e639be020688541af0f32f3591f2", "live_sk_HYOxjBfzlwIqXityV7KQkU7w",
                      "text_9f3d42e8b6a1f0d9c37e2b84", "lvie_9f3d", "SEKRET9f3d42e8b6a1f0d9c37e2b84",
                      "esecret_88h7lvuzrmbxfyah7zf9rexuae"] {  // Anyscale's prefix: a letter added is a prefix of its own
            #expect(!CommonShapes.hasMistypedStem(Array(value.utf8)), "\(value)")
        }
        let matcher = Matcher(Self.compiled)
        #expect(matcher.secrets(in: "LAMBDA_API_KEY = \"secrte_shop-gpu_5f31e639be020688541af0f32f3591f2\"\n", at: nil).isEmpty)
        // The stem written right is the token: SORACOM's AuthKey secret is `secret-` and 64 characters, and a copy cut
        // to 33 beside SORACOM's name is a near miss of it, not a credential of unknown kind.
        #expect(matcher.secrets(in: "SORACOM_AUTH_KEY = \"secret-CHFc8bzvVYwmi3UOJw4133nK9AaXp21YEV\"\n", at: nil).isEmpty)
        #expect(matcher.secrets(in: "SORACOM_AUTH_KEY = \"secret-w1kcOEC94BYvzdQIT7HREkppdLeVNIZeX68TJTOXACh14W6Tod0TPbmDnI4lXo7U\"\n", at: nil) == ["secret-w1kcOEC94BYvzdQIT7HREkppdLeVNIZeX68TJTOXACh14W6Tod0TPbmDnI4lXo7U"])
    }

    @Test func rulesThatJudgeByNameLeaveThemAlone() {
        let matcher = Matcher(Self.compiled)
        #expect(matcher.secrets(in: "ODDS_API_KEY = 'ad00663f233aef79bbc0q1ad205cf490'\n", at: nil).isEmpty)
        #expect(matcher.secrets(in: "SCRAPEOPS_API_KEY = \"aa0e5b97-adfa-4b97-8cd6-2affec49e6\"\n", at: nil).isEmpty)
        #expect(matcher.secrets(in: "PHONEPE_SALT_KEY=6b9f2264-239f-4114-af02-da413de4f08g\n", at: "deploy/.env").isEmpty)
        // The whole shapes are still secrets by their names.
        #expect(matcher.secrets(in: "ODDS_API_KEY = 'ad00663f233aef79bbc01ad205cf4903'\n", at: nil) == ["ad00663f233aef79bbc01ad205cf4903"])
        #expect(matcher.secrets(in: "PHONEPE_SALT_KEY=6b9f2264-239f-4114-af02-da413de4f08a\n", at: "deploy/.env").contains("6b9f2264-239f-4114-af02-da413de4f08a"))
        // A format of an odd length is its provider's rule's to report: WeatherAPI's keys are 31 hex digits.
        #expect(matcher.secrets(in: "WEATHERAPI_KEY = '71f772c02107cb83fc5dc051e8dffd7'\n", at: nil) == ["71f772c02107cb83fc5dc051e8dffd7"])
        #expect(matcher.secrets(in: "ODDS_API_KEY = 'f658acd4c3b7e61d288a85281d0a420'\n", at: nil).isEmpty)
    }

    /// A name that says public (`PUBLISHABLE`, `PUBLIC`) marks a value made to ship to browsers, for the rules that judge
    /// by name as for the `.env` parser; the same value under a secret's name is still reported.
    @Test func valuesNamedPublicAreNotSecretsByTheirName() {
        let matcher = Matcher(Self.compiled)
        #expect(matcher.secrets(in: "const IEX_PUBLISHABLE_TOKEN = 'pk_2b1b4d215b0a45f3fc17426c7aac86bf';\n", at: nil).isEmpty)
        #expect(matcher.secrets(in: "NEXT_PUBLIC_MAPS_TOKEN: \"Kq8vR2mZt7LpXw3NbYc6Hd1Fg9Js4Te0\"\n", at: nil).isEmpty)
        #expect(matcher.secrets(in: "const IEX_SECRET_TOKEN = 'sk_2b1b4d215b0a45f3fc17426c7aac86bf';\n", at: nil) == ["sk_2b1b4d215b0a45f3fc17426c7aac86bf"])
    }

    /// The names client SDKs give the key they start with in front-end code say public too (`PublicName`): a browser
    /// RUM's `clientToken`, a payment form's `clientKey`, a CAPTCHA's `siteKey`, a search widget's search-only key. The
    /// secret halves go by other names, and a write key is not among them: a CMS's writes content.
    @Test func valuesNamedAsAClientSideKeyAreNotSecretsByTheirName() {
        let matcher = Matcher(Self.compiled)
        for line in ["datadogRum.init({ applicationId: 'app', clientToken: 'pub6c0dc6c55414adf866072382d4522be8' });",
                     "const gb = new GrowthBook({ clientKey: 'sdk-Kq8vR2mZt7LpXw3NbYc6' });",
                     "RECAPTCHA_SITE_KEY = 'Kq8vR2mZt7LpXw3NbYc6Hd1Fg9Js4Te0'",
                     "algolia: { searchApiKey: 'd829068b32817be403c3a201f2422484' },"] {
            #expect(matcher.secrets(in: line + "\n", at: nil).isEmpty, "\(line)")
        }
        #expect(matcher.secrets(in: "RECAPTCHA_SECRET_KEY = 'Kq8vR2mZt7LpXw3NbYc6Hd1Fg9Js4Te0'\n", at: nil) == ["Kq8vR2mZt7LpXw3NbYc6Hd1Fg9Js4Te0"])
        #expect(matcher.secrets(in: "  writeKey: '28Xx6ESj1pz1TjB4ElLisZU6Z1xsqvCmq6HdrRaVEal096vUOC',\n", at: nil) == ["28Xx6ESj1pz1TjB4ElLisZU6Z1xsqvCmq6HdrRaVEal096vUOC"])
        #expect(PublicName.says("DD_CLIENT_TOKEN") && PublicName.says("hcaptcha-site-key") && !PublicName.says("DD_API_KEY"))
    }

    /// A search widget's `apiKey` beside the index it searches is Algolia's search-only key (blind28b: a DocSearch
    /// element, Docusaurus' `themeConfig.algolia`); the same name in an indexing plugin's options, or without an index
    /// named, is judged by its name as before.
    @Test func aSearchWidgetsKeyIsPublic() {
        let matcher = Matcher(Self.compiled)
        let key = "5f2c9d41b7e06a38c1d94e7f20b6a853"
        for text in ["    <DocSearch\n      apiKey=\"\(key)\"\n      appId=\"4MXOXYFOUD\"\n      indexName=\"shop-docs\"\n    />\n",
                     "  themeConfig: {\n    algolia: {\n      appId: 'BH4D9OD16A',\n      apiKey: '\(key)',\n      indexName: 'shop',\n    },\n  },\n",
                     "docsearch({ apiKey: '\(key)', indexName: 'shop', inputSelector: '#q' });\n"] {
            #expect(matcher.secrets(in: text, at: nil).isEmpty, "\(text)")
        }
        for text in ["{\n  resolve: 'gatsby-plugin-algolia',\n  options: {\n    appId: 'BH4D9OD16A',\n    apiKey: '\(key)',\n    indexName: 'shop',\n  },\n}\n",
                     "  algolia: {\n    appId: 'BH4D9OD16A',\n    apiKey: '\(key)',\n  },\n"] {
            #expect(matcher.secrets(in: text, at: nil) == [key], "\(text)")
        }
    }

    @Test(arguments: ["6b0d549b-6f03-475a-9600-a35a099950d8", "6B0D549B-6F03-475A-9600-A35A099950D8", "1b4e28ba-2fa1-11d2-883f-0016d3cca427"])
    func wholeUUIDsOfAVersionAndVariant(_ value: String) {
        #expect(CommonShapes.isUUID(Array(value.utf8)), "\(value)")
    }

    @Test(arguments: [
        "12345678-1234-1234-1234-123456789abc",                  // variant digit `1`: typed by hand, not generated
        "6b0d549b-6f03-075a-9600-a35a099950d8",                  // version 0
        "6b0d549b-6f03-475A-9600-a35a099950d8",                  // cases mixed
        "6b0d549b6f03475a9600a35a099950d8",                      // no dashes: a hex key's question
        "6b0d549b-6f03-475a-9600-a35a099950d",                   // cut short
    ])
    func otherShapesAreNoUUID(_ value: String) {
        #expect(!CommonShapes.isUUID(Array(value.utf8)), "\(value)")
    }
}
