@testable import DredgeKit
import Foundation
import Testing
import TestSupport

/// Read on blind round 22's (blind22c) nine application repositories (telemetry-airflow, a ChatGPT Telegram bot,
/// Plume, Dark Reader, Human Essentials, Kimai, lichess' mobile app, notification-terraform, nuxt.com): each false
/// class here was at high or medium there; beside each, the shape that must still be found.
@Suite struct ApplicationRound22cTests {
    static let rules = try! PatternPackLoader.builtin().flatMap(\.rules)

    static func rule(_ id: String) throws -> Rule {
        try #require(rules.first { $0.id == id })
    }

    static func dotEnvValues(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBytes { buffer in
            DotEnvParser.entries(in: buffer).map { String(decoding: buffer[$0.value], as: UTF8.self) }
        }
    }

    /// A `.env` value that is its name's words (`…_CLIENT_SECRET_PROD=looker_api_client_secret_prod`), or three of
    /// them in order ending as the name ends (`…_BUGZILLA_PROBE_EXPIRY_BOT_API_KEY=bugzilla-api-key`), names what goes
    /// there, as it does in code. One word alone (`DB_PASSWORD=password`, a weak default) and a typed value stay.
    @Test func dotEnvValuesNamingTheirSettingAreTemplates() {
        #expect(Self.dotEnvValues("AIRFLOW_VAR_SHOP_SYNC_CLIENT_SECRET_STAGE=shop_sync_client_secret_stage\n").isEmpty)
        #expect(Self.dotEnvValues("AIRFLOW_VAR_TRACKER_NIGHTLY_REPORT_BOT_API_KEY=tracker-api-key\n").isEmpty)
        #expect(Self.dotEnvValues("AIRFLOW_VAR_PROD_SHOP_SECRET__DJANGO_SECRET_KEY=Prod_shop_secret__django_secret_key\n").isEmpty)
        #expect(Self.dotEnvValues("DB_PASSWORD=password\n") == ["password"])
        #expect(Self.dotEnvValues("TRACKER_BOT_API_KEY=api-key-tracker\n") == ["api-key-tracker"])
        #expect(Self.dotEnvValues("SHOP_API_KEY=Kq7Lm2Xv9Tz4Wn8Rc1Hb\n") == ["Kq7Lm2Xv9Tz4Wn8Rc1Hb"])
    }

    /// A connection string in a `.env` whose password is a stand-in (`user:password@127.0.0.1`) holds none, as the URL
    /// rules read it; a chosen or weak-default password in it stays.
    @Test func dotEnvConnectionStringsWithStandInPasswordsHoldNone() {
        #expect(Self.dotEnvValues("DATABASE_URL=mysql://user:password@127.0.0.1:3306/database?charset=utf8mb4\n").isEmpty)
        #expect(Self.dotEnvValues("DATABASE_URL=postgres://app:your-db-password@localhost/app\n").isEmpty)
        #expect(Self.dotEnvValues("DATABASE_URL=postgres://app:Kq7Lm2Xv9Tz4@db.internal/app\n") == ["postgres://app:Kq7Lm2Xv9Tz4@db.internal/app"])
        #expect(Self.dotEnvValues("DATABASE_URL=postgres://postgres:postgres@localhost/app\n") == ["postgres://postgres:postgres@localhost/app"])
    }

    /// An import template's phones count up (`123-456-7890`, `234-567-8901`): with `example.com` addresses the store
    /// is test data. A number that only starts with a run, or a real-looking one, stays a phone.
    @Test func countedPhoneNumbersAreFictional() {
        for phone in ["1234567890", "+12314567890", "2345678901", "+13456789012", "+14155678901"] {
            #expect(PhoneNumber.isFictional(phone), "\(phone)")
        }
        for phone in ["+12345678910", "+14172450123", "+442079461234", "+33123456780"] {
            #expect(!PhoneNumber.isFictional(phone), "\(phone)")
        }
    }

    /// A language model's token price or limit (`TOKEN_PRICE`, `PROMPT_TOKEN_LIMIT`) counts tokens; a token's own
    /// setting keeps its value.
    @Test func tokenPricesAndLimitsDescribe() {
        #expect(DescribingName.describes("TOKEN_PRICE"))
        #expect(DescribingName.describes("PROMPT_TOKEN_LIMIT"))
        #expect(DescribingName.describes("apiKeyCost"))
        #expect(!DescribingName.describes("PRICE_API_TOKEN"))
        #expect(Self.dotEnvValues("TOKEN_PRICE=Costs about 0.0020 per 1K\nBOT_TOKEN=Kq7Lm2Xv9Tz4Wn8Rc1Hb\n") == ["Kq7Lm2Xv9Tz4Wn8Rc1Hb"])
    }

    /// Drone's pipelines in Jsonnet or Starlark (`.drone.jsonnet`, `.drone.star`) start the CI run's throwaway
    /// database, as `.drone.yml` does: a weak default there is low; a chosen password keeps its confidence.
    @Test func droneJsonnetIsCIConfiguration() throws {
        let weak = try Self.rule("weak.password-setting")
        let password = try Self.rule("password.quoted-assignment")
        for path in [".drone.jsonnet", ".drone.star"] {
            #expect(ConfidenceScore.score(rule: weak, validation: .unchecked, paths: [path]) == .low, "\(path)")
            #expect(ConfidenceScore.score(rule: password, validation: .unchecked, paths: [path]) == password.confidence, "\(path)")
        }
        #expect(ConfidenceScore.score(rule: weak, validation: .unchecked, paths: ["deploy/drone.jsonnet"]) == weak.confidence)
    }
}
