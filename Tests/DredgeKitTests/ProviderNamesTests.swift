@testable import DredgeKit
import Foundation
import Testing

/// A value named for a provider whose documented format has no prefix (a Datadog key is 32 hex digits) is that
/// provider's to judge: a near miss of the format (a few characters short or long, one character outside its
/// alphabet) is not reported by the rules that judge by the name, and a value of another shape still is.
@Suite struct ProviderNamesTests {
    static let compiled = ProviderPrefixesTests.compiled

    @Test(arguments: [
        ("DATADOG_API_KEY = \"4f1e8a2b9c3d7e6f5a0b1c2d3e4f5a6\"", "ops.py"),    // 31 hex digits: one short
        ("datadog_api_key: 4f1e8a2b9c3d7e6f5a0b1c2d3e4f5a6b7c", "values.yml"),  // 34: two long
        ("DATADOG_API_KEY=4f1e8a2b9c3d7e6f5a0b1c2d3e4f5z6b", ".env"),          // a `z` among hex digits
        // 58 hex digits under VirusTotal's name, whose key is 64: a long shape's cut copy is a near miss too
        ("VIRUSTOTAL_API_KEY = \"9c4ad7de7604951d4d9bc8ebea6354fab448b0db1ceea66efd0a1b2c3d\"", "vt.py"),
    ])
    func nearMissesOfAProvidersShapeAreNotGenericSecrets(_ text: String, _ path: String) {
        let matcher = Matcher(Self.compiled)
        // With a path only path rules run (the `.env` parser); the content rules run without one.
        #expect(matcher.secrets(in: text + "\n", at: nil).isEmpty, "\(text)")
        #expect(matcher.secrets(in: text + "\n", at: path).filter { $0 != path }.isEmpty, "\(text)")
    }

    /// A checked shape's copy cut short (to half its length at most) in the same alphabet is the provider's near miss,
    /// as a prefixed format's cut copy is: VirusTotal's key is 64 hex digits, and 50 of them under its name are no other
    /// credential. `provider`, `config` and `login` are words of code, not providers' names.
    @Test func cutCopiesOfCheckedShapesAndGenericWords() {
        let matcher = Matcher(Self.compiled)
        let fifty = "9c4ad7de7604951d4d9bc8ebea6354fab448b0db1ceea66efd"
        #expect(matcher.secrets(in: "VIRUSTOTAL_API_KEY = \"\(fifty)\"\n", at: nil).isEmpty)
        let name = Array("VIRUSTOTAL_API_KEY".utf8)
        #expect(Self.compiled.providerNames.owner(of: Array(fifty.utf8), named: name) == "virustotal.api-key")
        // Shorter than half the format is no copy of it: the name judges it.
        #expect(Self.compiled.providerNames.owner(of: Array(fifty.prefix(30).utf8), named: name) == nil)
        let value = "lh0jCguKKh0lqJ06Q8bAxMequmeDuPWs"
        #expect(matcher.secrets(in: "[payments]\nprovider_key = \(value)\n", at: nil) == [value])
    }

    /// A provider's name counts where its word ends: Rocket.Chat's `rocket` does not name `ROCKETREACH_API_KEY`, so a
    /// RocketReach key (38 hex digits) is no cut copy of a Rocket.Chat webhook; glued to a word of the credential's own
    /// (`VIRUSTOTALAPIKEY`) or before a capital (`virustotalKey`) the name still counts.
    @Test func aNameCountsWhereItsWordEnds() {
        let matcher = Matcher(Self.compiled)
        let reach = "b465882e870548d1245d69072378d506a8edd7"
        #expect(matcher.secrets(in: "ROCKETREACH_API_KEY=\(reach)\n", at: nil) == [reach])
        let fifty = Array("9c4ad7de7604951d4d9bc8ebea6354fab448b0db1ceea66efd".utf8)
        #expect(Self.compiled.providerNames.owner(of: fifty, named: Array("VIRUSTOTALAPIKEY".utf8)) == "virustotal.api-key")
        #expect(Self.compiled.providerNames.owner(of: fifty, named: Array("virustotalKey".utf8)) == "virustotal.api-key")
        #expect(Self.compiled.providerNames.owner(of: fifty, named: Array("VIRUSTOTALISH_KEY".utf8)) == nil)
    }

    /// A prefixed format whose examples vary in length (Teamwork's `twp_` and 33 to 39 characters) claims no length within
    /// it as a near miss, but its prefix one character off or with two neighbours swapped, beside the provider's name, is
    /// one: `tpw_…` is a mistyped Teamwork key, not a credential of unknown kind. The prefix as documented is still found.
    @Test func aRangedFormatsMistypedPrefixIsANearMiss() {
        let matcher = Matcher(Self.compiled)
        #expect(matcher.secrets(in: "TEAMWORK_API_KEY=tpw_CR09245sGM91nwsmcMopxffpkIDlQx\n", at: nil).isEmpty)
        #expect(matcher.secrets(in: "curl -u 'tpw_CR09245sGM91nwsmcMopxffpkIDlQx:x' https://shop.teamwork.com/projects.json\n", at: nil).isEmpty)
        #expect(matcher.secrets(in: "TEAMWORK_API_KEY=twp_CR09245sGM91nwsmcMopxffpkIDlQx\n", at: nil) == ["twp_CR09245sGM91nwsmcMopxffpkIDlQx"])
        // The prefix in front of a body cut well short of the range (20 characters where the pattern wants 30) is a
        // cut copy, as a fixed format's is.
        #expect(matcher.secrets(in: "TEAMWORK_API_KEY=twp_Lk3nQ8vR2xT6yW9zB4cD\n", at: nil).isEmpty)
        #expect(Self.compiled.providerNames.owner(of: Array("twp_Lk3nQ8vR2xT6yW9zB4cD".utf8), named: Array("TEAMWORK_API_KEY".utf8)) == "teamwork.api-key")
        // Another value under the name, with no prefix like it, is still judged by the name.
        #expect(matcher.secrets(in: "TEAMWORK_API_KEY=Qm8vTz3LpW5rXc9Nd2Hj7Kb4Fs6Gy1Ae\n", at: nil) == ["Qm8vTz3LpW5rXc9Nd2Hj7Kb4Fs6Gy1Ae"])
    }

    @Test func theProvidersShapeAndOtherShapesAreStillReported() {
        let matcher = Matcher(Self.compiled)
        // The documented shape: the provider's rule reports it.
        #expect(matcher.secrets(in: "DATADOG_API_KEY = \"4f1e8a2b9c3d7e6f5a0b1c2d3e4f5a6b\"\n", at: nil) == ["4f1e8a2b9c3d7e6f5a0b1c2d3e4f5a6b"])
        // Another shape altogether (mixed case, far longer) is no near miss: the name still judges it.
        let other = "Zr4Tq8Lm2Wx6Nv9Pb3Hj7Kd5Fs1Gc0AeYu2Ri8OlQw3E"
        #expect(matcher.secrets(in: "DATADOG_API_KEY = \"\(other)\"\n", at: nil) == [other])
        // A near miss under a name that is no provider's is judged by the name as before.
        // (30 digits: 31 would be a 32-digit key cut by one, which `CommonShapes` leaves alone under any name.)
        #expect(matcher.secrets(in: "SERVICE_API_KEY = \"4f1e8a2b9c3d7e6f5a0b1c2d3e4f5a\"\n", at: nil) == ["4f1e8a2b9c3d7e6f5a0b1c2d3e4f5a"])
    }

    /// A shape written from the keys' usual look, never checked against the provider's pages (`format_checked:
    /// false`), claims no near miss of another length: a guessed length one character off would hide real keys named
    /// for the provider. At its own length, one character outside its alphabet is still a typo of it.
    @Test func uncheckedShapesClaimNoNearMissOfAnotherLength() throws {
        let rule = try #require(Self.compiled.rules.first { $0.id == "deepinfra.api-token" })
        #expect(!rule.formatChecked)
        let example = try #require(rule.examples.first?.secret)
        let oneShort = Array(example.utf8.dropLast())
        #expect(Self.compiled.providerNames.owner(of: oneShort, named: Array("DEEPINFRA_API_KEY".utf8)) == nil)
        let matcher = Matcher(Self.compiled)
        let value = String(decoding: oneShort, as: UTF8.self)
        #expect(matcher.secrets(in: "DEEPINFRA_API_KEY=\(value)\n", at: ".env").contains(value))
        // DaData's keys are written as 40 hex digits, unchecked: an `x` among them at that length is a near miss.
        let dadata = try #require(Self.compiled.rules.first { $0.id == "dadata.api-key" })
        #expect(!dadata.formatChecked)
        let typo = "e1f7a3c9d05b2e843c1e9a7f0b52d846c0d1e2fx"
        #expect(Self.compiled.providerNames.owner(of: Array(typo.utf8), named: Array("DADATA_SECRET".utf8)) == "dadata.api-key")
        // Hex is bytes written out: 39 digits (an odd count) were cut from a key, whatever its length; 32 digits (16
        // bytes, a usual size) may be a real key of another shape and stay the name's to judge.
        #expect(Self.compiled.providerNames.owner(of: Array(typo.dropLast().utf8), named: Array("DADATA_SECRET".utf8)) == "dadata.api-key")
        #expect(Self.compiled.providerNames.owner(of: Array(typo.prefix(32).utf8), named: Array("DADATA_SECRET".utf8)) == nil)
        #expect(matcher.secrets(in: "DADATA_SECRET = \"\(typo)\"\n", at: "geo.py").isEmpty)
    }

    @Test func shapesAreReadOffTheExamples() {
        let names = Self.compiled.providerNames
        let hex31 = Array("4f1e8a2b9c3d7e6f5a0b1c2d3e4f5a6".utf8)
        #expect(names.owner(of: hex31, named: Array("DATADOG_API_KEY".utf8)) == "datadog.api-key")
        #expect(names.owner(of: hex31, named: Array("MY_API_KEY".utf8)) == nil)
        #expect(names.owner(of: Array("4f1e8a2b9c3d7e6f5a0b1c2d3e4f5a6b".utf8), named: Array("DATADOG_API_KEY".utf8)) == nil)
    }

    /// URL-safe base64 draws `-` as often as `_`: Cloudflare's API token rule shows only an `_` in its examples, and a
    /// 40-character token holding a `-` beside `api.cloudflare.com` is a token of that shape, not a near miss of it.
    @Test func aBase64BodysTwoMarksComeTogether() {
        let names = Self.compiled.providerNames
        let dashed = Array("5qGeRzxWkdgeV6-iYplGODlYx5uVECweGThdgH9h".utf8)
        #expect(names.owner(of: dashed, named: Array("CLOUDFLARE_API_TOKEN".utf8)) == nil)
        let text = "curl -H \"Authorization: Bearer 5qGeRzxWkdgeV6-iYplGODlYx5uVECweGThdgH9h\" https://api.cloudflare.com/client/v4/user/tokens/verify\n"
        #expect(Matcher(Self.compiled).secrets(in: text, at: nil).contains("5qGeRzxWkdgeV6-iYplGODlYx5uVECweGThdgH9h"))
        // one character outside URL-safe base64 at the token's length is still the near miss it was
        #expect(names.owner(of: Array("5qGeRzxWkdgeV6.iYplGODlYx5uVECweGThdgH9h".utf8), named: Array("CLOUDFLARE_API_TOKEN".utf8)) == "cloudflare.api-token")
    }

    /// A name with a digit in it is a provider's name too: SMTP2GO's key is `api-` and 32 hex digits, so `api-` and
    /// 24 of them beside `SMTP2GO` is a cut copy of that key, not a new credential.
    @Test func namesMayHoldDigits() {
        #expect(ProviderNames.isName("smtp2go") && ProviderNames.isName("datadog"))
        #expect(!ProviderNames.isName("2captcha") && !ProviderNames.isName("ttn") && !ProviderNames.isName("oapi.dingtalk.com/robot"))
        let cut = Array("api-665AB7CE7FF11423BAC8CC3A".utf8)
        #expect(Self.compiled.providerNames.owner(of: cut, named: Array("SMTP2GO_API_KEY".utf8)) == "smtp2go.api-key")
        #expect(Matcher(Self.compiled).secrets(in: "const smtp2goAPIKey = \"api-665AB7CE7FF11423BAC8CC3A\"\n", at: "mail.go").isEmpty)
    }

    /// A provider named in four letters (`tmdb`) counts where its rule is named for it and the key holds it as a whole
    /// word: 26 hex digits under `TMDB_API_KEY` are a cut copy of TMDB's 32, while a longer word that holds the four
    /// letters names another thing, and a four-letter keyword that is no rule's provider (`auth`) names nothing.
    @Test func fourLetterNamesCountAsWholeWords() {
        let cut = Array("669645ea164668c00997853401".utf8)
        #expect(ProviderNames.isShortName("tmdb") && !ProviderNames.isShortName("tmd") && !ProviderNames.isShortName("4mdb"))
        #expect(Self.compiled.providerNames.owner(of: cut, named: Array("TMDB_API_KEY".utf8)) == "tmdb.api-key")
        #expect(Self.compiled.providerNames.owner(of: cut, named: Array("tmdbApiKey".utf8)) == "tmdb.api-key")
        #expect(Self.compiled.providerNames.owner(of: cut, named: Array("XTMDB_API_KEY".utf8)) == nil)
        #expect(Self.compiled.providerNames.owner(of: cut, named: Array("TMDBX_KEY".utf8)) == nil)
        let matcher = Matcher(Self.compiled)
        #expect(matcher.secrets(in: "TMDB_API_KEY=669645ea164668c00997853401\n", at: ".env").filter { $0 != ".env" }.isEmpty)
        // The documented shape under the same name is still reported.
        let whole = "e1f7c0d2b3a4958677a6b5c4d3e2f1a0"
        #expect(matcher.secrets(in: "TMDB_API_KEY = \"\(whole)\"\n", at: nil) == [whole])
    }

    /// A value the provider's own rule takes in full is its shape, whatever lengths the examples show: Xata's rule takes
    /// `xau_` and 32 to 40 characters, so 36 beside its name (here in a host, where its rule, waiting for a key word
    /// after the name, misses it) are judged by the key's name, not called a cut copy of the examples' 32.
    @Test func aLengthThePatternAcceptsIsNoNearMiss() {
        let value = "xau_KxFonH4z0Vg2EWJZO1VFciCfVShBvuGAqPV1"
        #expect(Self.compiled.nameOwner(of: Array(value.utf8), named: Array("XATA_API_KEY".utf8)) == nil)
        #expect(Self.compiled.nameOwner(of: Array(value.dropLast(9).utf8), named: Array("XATA_API_KEY".utf8)) == "xata.api-key")
        // The examples alone (no rule to ask) would call it a near miss of their 32 characters.
        #expect(Self.compiled.providerNames.owner(of: Array(value.utf8), named: Array("XATA_API_KEY".utf8)) == "xata.api-key")
        let line = "{\"databaseURL\": \"https://shop-abc123.eu-west-1.xata.sh/db/shop\", \"apiKey\": \"\(value)\"}\n"
        #expect(Matcher(Self.compiled).secrets(in: line, at: nil) == [value])
    }

    /// A shape read off the examples may keep less of the prefix than the format has: Prefect's keys begin `pnu_` or
    /// `pnb_`, and the shape keeps `pn`. `pny_` and 36 characters beside Prefect's name fit that shape as written, but
    /// Prefect's rule does not take them: the prefix is one character off, a near miss, not a credential of unknown
    /// kind. Prefect's key itself is still reported.
    @Test func aValueThatFitsAShapeButNotItsRuleIsANearMiss() {
        let matcher = Matcher(Self.compiled)
        let key = "pnu_G41r3hmqe3og0CLilrSqYzFnqPui5CjzLaP4"
        #expect(matcher.secrets(in: "PREFECT_API_KEY = \"\(key)\"\n", at: nil).contains(key))
        let typo = "pny_G41r3hmqe3og0CLilrSqYzFnqPui5CjzLaP4"
        #expect(matcher.secrets(in: "PREFECT_API_KEY = \"\(typo)\"\n", at: nil).isEmpty)
        #expect(Self.compiled.nameOwner(of: Array(typo.utf8), named: Array("PREFECT_API_KEY".utf8)) == "prefect.api-key")
    }

    /// A rule that waits for several prefixes (Yandex's OAuth tokens begin `y0_` to `y3_`, and its examples show one)
    /// names its provider by its id's first part, as a rule of one prefix does: `0y_…` in a `provider "yandex"` block
    /// is the prefix with two neighbours swapped, a near miss, not the block's credential. The token itself still is;
    /// so is Harness's `pat.` token beside its name, whose `pat.` and `sat.` name Harness the same way.
    @Test func aRuleOfSeveralPrefixesNamesItsProvider() {
        let matcher = Matcher(Self.compiled)
        let body = "IamCLVkWJi1v0XKbq86anLL96bKt31eS7wMB8ndVilupXRQKTomaB1D"
        let block = { (value: String) in "provider \"yandex\" {\n  token = \"\(value)\"\n}\n" }
        #expect(matcher.secrets(in: block("0y_" + body), at: nil).isEmpty)
        #expect(matcher.secrets(in: block("y0_" + body), at: nil).contains("y0_" + body))
        let harness = "pat.RoETMuwtxSP2ilIacrbOgN.77a807c90e72816cb82c3cca.A6v3H1chY7CvzdMkRmwX"
        let config = { (value: String) in "provider \"harness\" {\n  platform_api_key = \"\(value)\"\n}\n" }
        #expect(matcher.secrets(in: config(harness), at: nil).contains(harness))
        #expect(matcher.secrets(in: config("apt." + harness.dropFirst(4)), at: nil).isEmpty)
        #expect(matcher.secrets(in: config(harness + "2"), at: nil).isEmpty)
    }

    /// A provider's name may be written as a variable's words (`nyt_api`, `fmp_`): Financial Modeling Prep's key is
    /// 32 letters and digits, so 26 of them under `FMP_API_KEY` are a cut copy of it, not a credential of unknown kind.
    /// Keywords made of words of code (`access_key`, `client_secret`, `api-key`) or hosts name no provider, and the
    /// name counts only where a word starts (`CFMP_API_KEY` is another name).
    @Test func namesMayBeWrittenWithPunctuation() {
        #expect(ProviderNames.isPunctuatedName("nyt_api") && ProviderNames.isPunctuatedName("fmp_") && ProviderNames.isPunctuatedName("gate.io"))
        #expect(!ProviderNames.isPunctuatedName("access_key") && !ProviderNames.isPunctuatedName("client_secret")
                && !ProviderNames.isPunctuatedName("api-key") && !ProviderNames.isPunctuatedName("api.powerplatform.com")
                && !ProviderNames.isPunctuatedName("token-id") && !ProviderNames.isPunctuatedName("fmp"))
        let cut = "gNuOEd3kSIDyp7ry0fCfaj2Kwq"
        #expect(Self.compiled.providerNames.owner(of: Array(cut.utf8), named: Array("FMP_API_KEY".utf8)) == "financialmodelingprep.api-key")
        #expect(Self.compiled.providerNames.owner(of: Array(cut.utf8), named: Array("CFMP_API_KEY".utf8)) == nil)
        let matcher = Matcher(Self.compiled)
        #expect(matcher.secrets(in: "const val FMP_API_KEY = \"\(cut)\"\n", at: nil).isEmpty)
        // The documented shape under the same name is still reported.
        let whole = "jmLu9Sb0A0TWJ69RTKtc22Yq7AY896Yi"
        #expect(matcher.secrets(in: "const val FMP_API_KEY = \"\(whole)\"\n", at: nil) == [whole])
    }

    /// An unchecked shape with a prefix (Tatum's `t-`, 24 and 32 hex digits, 59 in all) claims a copy that keeps the
    /// prefix cut well short, by more than twice the slack a guessed length may be off by, and a copy of its length
    /// whose separators were retyped (`t_…_…`); a copy a few characters short stays the name's to judge, as the guess
    /// may be what is off. Without a prefix or a byte structure no cut is claimed on a guessed length: a 64-character
    /// token sent to Bitrise, whose rule guesses 86, is still reported.
    @Test func uncheckedShapesClaimCopiesCutWellShortOrRetyped() throws {
        let rule = try #require(Self.compiled.rules.first { $0.id == "tatum.api-key" })
        #expect(!rule.formatChecked)
        let name = Array("TATUM_API_KEY".utf8)
        let names = Self.compiled.providerNames
        #expect(names.owner(of: Array("t-17baf5dde2068af0dad67d28-f2bca523b6da".utf8), named: name) == "tatum.api-key")
        #expect(names.owner(of: Array("t_774f2005aa5d32f8cf4a4fb3_c494cc4f58a61157be58e3f79ff95ca5".utf8), named: name) == "tatum.api-key")
        #expect(names.owner(of: Array("t-774f2005aa5d32f8cf4a4fb3-c494cc4f58a61157be58e3f79ff95c".utf8), named: name) == nil)
        // The documented shape is the provider's rule's finding, not a near miss.
        #expect(names.owner(of: Array("t-774f2005aa5d32f8cf4a4fb3-c494cc4f58a61157be58e3f79ff95ca5".utf8), named: name) == nil)
        let token = "Lg1Pz1Dg9Ol2Ih4GsF5yN6mN8jT1nL7vN5zM3cD1rI8yN0uF5bH1nY5oA5iW1mK"
        #expect(names.owner(of: Array(token.utf8), named: Array("BITRISE_TOKEN".utf8)) == nil)
        #expect(Matcher(Self.compiled).secrets(in: "curl -H \"Authorization: \(token)\" https://api.bitrise.io/v0.1/apps\n", at: nil) == [token])
    }

    /// Hex keys are bytes written out, drawn in a few sizes: under the name of a provider whose unchecked shape is hex
    /// (AbuseIPDB's 80 digits), a shorter hex copy of a size no key is drawn in (70 digits, 35 bytes; 79, an odd count)
    /// was cut, while one of a usual size (64 digits) may be a real key of another generation and stays the name's.
    @Test func hexCopiesCutToAnOddSizeAreNearMisses() throws {
        let rule = try #require(Self.compiled.rules.first { $0.id == "abuseipdb.api-key" })
        #expect(!rule.formatChecked)
        let name = Array("ABUSEIPDB_API_KEY".utf8)
        let hex = "18013bf8af4e69021c96f8d651395df168940be2c503d10c9d78976498d253c4c7ecaa1f2e3d4c5b6a79"
        let names = Self.compiled.providerNames
        #expect(names.owner(of: Array(hex.prefix(70).utf8), named: name) == "abuseipdb.api-key")
        #expect(names.owner(of: Array(hex.prefix(79).utf8), named: name) == "abuseipdb.api-key")
        #expect(names.owner(of: Array(hex.prefix(64).utf8), named: name) == nil)
        #expect(names.owner(of: Array(hex.prefix(80).utf8), named: name) == nil)  // the shape itself: the rule's finding
        // a few digits longer: 83 and 82 digits (41 bytes) are no size a key is drawn in; 96 is, and past the slack
        let longer = hex + "e0f1a2b3c4d5e6f7"
        #expect(names.owner(of: Array(longer.prefix(83).utf8), named: name) == "abuseipdb.api-key")
        #expect(names.owner(of: Array(longer.prefix(82).utf8), named: name) == "abuseipdb.api-key")
        #expect(names.owner(of: Array(longer.prefix(96).utf8), named: name) == nil)
    }

    /// The same for letters and digits: under the name of a provider whose unchecked shape is 32 of them (FlightAware's
    /// AeroAPI key), a copy cut to 26 (a length no key is drawn in, more than the slack short) was cut, while 24 (a
    /// usual length) and 29 (within the slack: the guess may be what is off) stay the name's to judge.
    @Test func alphanumericCopiesCutToAnUnusualLengthAreNearMisses() throws {
        let rule = try #require(Self.compiled.rules.first { $0.id.hasPrefix("flightaware.") })
        #expect(!rule.formatChecked)
        let name = Array("FLIGHTAWARE_API_KEY".utf8)
        let key = "p9CFbPXxWzwy4OqryZVw6nwuWLq3Rt7K"
        let names = Self.compiled.providerNames
        #expect(names.owner(of: Array(key.prefix(26).utf8), named: name) == rule.id)
        #expect(names.owner(of: Array(key.prefix(24).utf8), named: name) == nil)
        #expect(names.owner(of: Array(key.prefix(29).utf8), named: name) == nil)
        #expect(Matcher(Self.compiled).secrets(in: "curl -H \"x-apikey: \(key.prefix(26))\" https://aeroapi.flightaware.com/aeroapi/flights\n", at: nil).isEmpty)
    }

    /// A hex format's digits written in the other case at its length are the same key retyped: SMTP2GO's key is `api-`
    /// and 32 upper-case hex digits.
    @Test func hexRetypedInTheOtherCaseIsANearMiss() {
        let names = Self.compiled.providerNames, name = Array("SMTP2GO_API_KEY".utf8)
        #expect(names.owner(of: Array("api-dbd0be26c173dd7a0551d920cab18ace".utf8), named: name) == "smtp2go.api-key")
        #expect(names.owner(of: Array("api-DBD0BE26C173DD7A0551D920CAB18ACE".utf8), named: name) == nil)  // the format itself
    }

    /// A provider's name after the value on its line counts as one before it: a header's value followed by the
    /// provider's URL, or a trailing comment naming the provider.
    @Test func theNameMayFollowTheValue() {
        let cut = "e84a00aba41a53db722fa0e61a26e270f3eaf61a3fd2c90519"  // 50 of VirusTotal's 64 hex digits
        let matcher = Matcher(Self.compiled)
        #expect(matcher.secrets(in: "curl --header \"x-apikey: \(cut)\" https://www.virustotal.com/api/v3/files/abc\n", at: nil).isEmpty)
        #expect(matcher.secrets(in: "curl --header \"x-apikey: \(cut)\" https://files.shop.test/abc\n", at: nil) == [cut])
        // A Cloudflare token with a `-` its rule's examples lack is no retyped copy: no prefix shows a retyped separator.
        let token = "KJlsvPo2-Yg-bcyNYha98QSBNzxCqRTnnOWZLwu9"
        #expect(Self.compiled.providerNames.owner(of: Array(token.utf8), named: Array("CLOUDFLARE_API_TOKEN".utf8)) == nil)
        // A host names its provider as well: 24 of Pipedrive's 40 hex digits in its URL's query are a cut copy, while
        // the same 24 digits (a key's usual 12 bytes) in another service's URL are that service's key.
        let short = "5be0c7a19f3d42e8b6a1f0d9"
        #expect(matcher.secrets(in: "curl 'https://acme.pipedrive.com/api/v1/deals?api_token=\(short)'\n", at: nil).isEmpty)
        #expect(matcher.secrets(in: "curl 'https://api.scrape.test/v1/page?api_key=\(short)&url=https://shop.test'\n", at: nil) == [short])
    }

    /// A provider may name the section a key sits in rather than the key: a YAML mapping (`virustotal:` above
    /// `  api_key: …`) or a TOML or INI section (`[virustotal]` above `api_key = …`). A section of another name, or a
    /// line that is no parent (indented the same), names nothing.
    @Test func theSectionAboveMayNameTheProvider() {
        let cut = "e84a00aba41a53db722fa0e61a26e270f3eaf61a3fd2c90519"
        let matcher = Matcher(Self.compiled)
        #expect(matcher.secrets(in: "virustotal:\n  timeout: 30\n  api_key: \(cut)\n", at: nil).isEmpty)
        #expect(matcher.secrets(in: "[virustotal]\napi_key = \(cut)\n", at: nil).isEmpty)
        #expect(matcher.secrets(in: "scanner:\n  api_key: \(cut)\n", at: nil) == [cut])
        #expect(matcher.secrets(in: "virustotal_enabled: true\napi_key: \(cut)\n", at: nil) == [cut])
        // a block that names its contents: a JavaScript object, an HCL block
        #expect(matcher.secrets(in: "const config = {\n  virustotal: {\n    apiKey: '\(cut)',\n  },\n};\n", at: nil).isEmpty)
        #expect(matcher.secrets(in: "const config = {\n  scanner: {\n    apiKey: '\(cut)',\n  },\n};\n", at: nil) == [cut])
        #expect(matcher.secrets(in: "module \"virustotal\" {\n  api_key = \"\(cut)\"\n}\n", at: nil).isEmpty)
        #expect(matcher.secrets(in: "module \"scanner\" {\n  api_key = \"\(cut)\"\n}\n", at: nil) == [cut])
        // a PHP array keyed by the provider (Laravel's config/services.php)
        #expect(matcher.secrets(in: "return [\n    'virustotal' => [\n        'api_key' => '\(cut)',\n    ],\n];\n", at: nil).isEmpty)
        #expect(matcher.secrets(in: "return [\n    'scanner' => [\n        'api_key' => '\(cut)',\n    ],\n];\n", at: nil) == [cut])
        // a Terraform provider block's credential: the block names the provider, so a cut copy there is none either
        #expect(matcher.secrets(in: "provider \"virustotal\" {\n  api_key = \"\(cut)\"\n}\n", at: nil).isEmpty)
        let okta = "00NXth6gkFjdCTZ9_jNFPfFjidF-hf0zxZyOMuhX3q", longer = "00P68wYiPiNbpmo4OY-bv7_ofla6X47A2e_E3PSI7a4q"
        #expect(matcher.secrets(in: "provider \"okta\" {\n  org_name  = \"shop\"\n  base_url  = \"okta.com\"\n  api_token = \"\(okta)\"\n}\n", at: nil) == [okta])
        #expect(matcher.secrets(in: "provider \"okta\" {\n  org_name  = \"shop\"\n  base_url  = \"okta.com\"\n  api_token = \"\(longer)\"\n}\n", at: nil).isEmpty)
    }

    /// A provider's name as its CLI and its Terraform provider spell it is the provider's too (`ibmcloud login --apikey`,
    /// `provider "tencentcloud" {`): a copy cut short there is a near miss of the key's format, and the full key is
    /// the provider's finding.
    @Test func aCLIsOrATerraformProvidersNameNamesTheProvider() {
        let matcher = Matcher(Self.compiled)
        let ibm = "VKyCWja40V33gtFx3AyPAOFO7Z5KttjpyZkbqn0ikyAN"
        #expect(ibm.count == 44)
        #expect(matcher.secrets(in: "ibmcloud login --apikey \(ibm) -r us-south\n", at: nil) == [ibm])
        #expect(matcher.secrets(in: "ibmcloud login --apikey \(ibm.dropLast(4)) -r us-south\n", at: nil).isEmpty)
        let tencent = "Wq5Zx8Lm2Np7Rt4Vb9Kc3Hd6Fg1Js0Ty"
        #expect(matcher.secrets(in: "provider \"tencentcloud\" {\n  secret_id  = \"AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA\"\n  secret_key = \"\(tencent.dropLast(3))\"\n}\n", at: nil)
                    .allSatisfy { !$0.hasPrefix(String(tencent.prefix(8))) })
    }

    /// The alphabet is the body's: Mailgun's `key-` and 32 hex digits with a `q` among the digits is one character off
    /// the format, though `key-` itself holds letters past `f`.
    @Test func theAlphabetIsTheBodys() {
        let value = Array("key-e341f1b03c8b5886q130c9df01c3b9d0".utf8)
        #expect(Self.compiled.providerNames.owner(of: value, named: Array("MAILGUN_API_KEY".utf8)) == "mailgun.legacy-api-key")
        #expect(Matcher(Self.compiled).secrets(in: "MAILGUN_API_KEY=key-e341f1b03c8b5886q130c9df01c3b9d0\n", at: ".env").filter { $0 != ".env" }.isEmpty)
        #expect(Self.compiled.providerNames.owner(of: Array("key-e341f1b03c8b5886f130c9df01c3b9d0".utf8), named: Array("MAILGUN_API_KEY".utf8)) == nil)
    }

    /// A format whose prefix is too short to own values alone (SendGrid's `SG.`, CoinGecko's `CG-`) is judged beside
    /// the provider's name, which its rule need not wait for (the id's first part names it): its prefix with a body that
    /// does not fit, or the prefix mistyped in a value of the format's length, is a near miss; a value of another shape
    /// is still the name's to judge.
    @Test func shortPrefixesAreJudgedBesideTheProvidersName() throws {
        let names = Self.compiled.providerNames
        let body22 = "Qm8vTz3LpW5rXc9Nd2Hj7K", body43 = "b4Fs6Gy1AeQm8vTz3LpW5rXc9Nd2Hj7Kb4Fs6Gy1Ae0"
        let sendgrid = Array("SENDGRID_API_KEY".utf8)
        #expect(names.owner(of: Array("SQ.\(body22).\(body43)".utf8), named: sendgrid) == "sendgrid.api-key")
        #expect(names.owner(of: Array("GS.\(body22).\(body43)".utf8), named: sendgrid) == "sendgrid.api-key")
        #expect(names.owner(of: Array("SG.\(body22).\(body43)".utf8), named: sendgrid) == nil)
        // one of the prefix's letters dropped: `G.` beside SendGrid's name; not beside another's
        #expect(names.owner(of: Array("G.\(body22).\(body43)".utf8), named: sendgrid) == "sendgrid.api-key")
        #expect(names.owner(of: Array("G.\(body22).\(body43)".utf8), named: Array("SHOP_API_KEY".utf8)) == nil)
        #expect(names.owner(of: Array("CG-Tq8nVw3RbK5x".utf8), named: Array("COINGECKO_API_KEY".utf8)) == "coingecko.api-key")
        let matcher = Matcher(Self.compiled)
        #expect(matcher.secrets(in: "SENDGRID_API_KEY=SQ.\(body22).\(body43)\n", at: ".env").filter { $0 != ".env" }.isEmpty)
        #expect(matcher.secrets(in: "const COINGECKO_API_KEY = 'GC-Tq8nVw3RbK5xLm2ZpY7dJc4H';\n", at: nil).isEmpty)
        // Another shape altogether, with no prefix near the provider's, is still reported by its name.
        let other = "Zr4Tq8Lm2Wx6Nv9Pb3Hj7Kd5Fs1Gc0AeYu2Ri8OlQw3E"
        #expect(matcher.secrets(in: "SENDGRID_API_KEY = \"\(other)\"\n", at: nil) == [other])
    }

    @Test func aMistypedPrefixMayHoldAByteTheBodyLacks() {
        // PromptLayer's keys are pl_ and 32 hex digits: `pl-` with the same body is the prefix typed wrong, though `-`
        // is in no PromptLayer key.
        let names = Self.compiled.providerNames, body = "3d7a4ec888f2115c9d6cfd2a6265fa7f"
        #expect(names.owner(of: Array("pl-\(body)".utf8), named: Array("PROMPTLAYER_API_KEY".utf8)) == "promptlayer.api-key")
        #expect(names.owner(of: Array("pl_\(body)".utf8), named: Array("PROMPTLAYER_API_KEY".utf8)) == nil)
        // A body off the alphabet as well is another value.
        #expect(names.owner(of: Array("pl-3d7a4ec888f2115c9d6cfd2a6265fa7Z".utf8), named: Array("PROMPTLAYER_API_KEY".utf8)) == nil)
        let matcher = Matcher(Self.compiled)
        #expect(matcher.secrets(in: "PROMPTLAYER_API_KEY = \"pl-\(body)\"\n", at: nil).isEmpty)
    }

    /// The prefix is read off the pattern too, where no keyword spells it: Checkly's rule waits for its name and
    /// writes `cu_` in its pattern, so a `cu_` value a body short beside that name is a near miss.
    /// A format in parts of varying and fixed lengths (Telegram's bot token: an id of 8 to 10 digits, `:`, 35
    /// characters) has a near miss as a fixed format does: its fixed part cut or a few characters long, or one character
    /// outside a part's alphabet. A value of another shape under the name is still judged by it.
    @Test func aFormatInPartsHasNearMissesOfItsFixedPart() throws {
        let rules = Self.compiled.rules.filter { $0.id == "telegram.bot-token" }
        let parts = try #require(ProviderNames.Parts(rules[0].examples.compactMap { $0.secret.map { Array($0.utf8) } }))
        #expect(parts.separator == UInt8(ascii: ":"))
        let matcher = Matcher(Self.compiled)
        let id = "4855851992:", body = "I7HjFm5cunvYuuz43Yklni_8c0nxFUtB_Qa"
        #expect(body.count == 35)
        #expect(matcher.secrets(in: "TELEGRAM_BOT_TOKEN=\(id + body)\n", at: nil) == [id + body])
        for nearMiss in [id + body.dropLast(2), id + body + "Zk", id + body.dropLast() + "!"] {
            #expect(matcher.secrets(in: "TELEGRAM_BOT_TOKEN=\(nearMiss)\n", at: nil).isEmpty, "\(nearMiss)")
            #expect(matcher.secrets(in: "telegram_token = \"\(nearMiss)\"\n", at: nil).isEmpty, "\(nearMiss)")
        }
        let other = "R7tK2mQ9vX4pL8wZ3nB6cF1hJ5sD0gY2aE"
        #expect(matcher.secrets(in: "telegram_token = \"\(other)\"\n", at: nil) == [other])
    }

    @Test func aPatternsLiteralStartIsAPrefix() {
        #expect(PatternStart.common(ofSecretIn: "(?<![A-Za-z0-9_])(?<secret>cu_[a-f0-9]{32})(?![A-Za-z0-9])") == "cu_")
        #expect(PatternStart.common(ofSecretIn: "(?<secret>SG\\.[A-Za-z0-9_-]{22})") == "SG.")
        #expect(PatternStart.common(ofSecretIn: "(?<secret>sk_?live_[a-z]{8})") == "sk")
        #expect(PatternStart.common(ofSecretIn: "(?<secret>[a-f0-9]{32})") == "")
        let names = Self.compiled.providerNames
        // a start of one of the pattern's alternatives that every example begins with (`live-` of `live-…|test-…`)
        #expect(names.owner(of: Array("live-SnBkwplhz9dJbB8XxjcA".utf8), named: Array("MODERN_TREASURY_API_KEY".utf8)) == "moderntreasury.api-key")
        #expect(names.owner(of: Array("US:VPvScjH-G1".utf8), named: Array("KSM_TOKEN".utf8)) == "keeper.ksm-one-time-token")
        #expect(names.owner(of: Array("cu_3d218228e1eb".utf8), named: Array("CHECKLY_API_KEY".utf8)) == "checkly.user-api-key")
        #expect(names.owner(of: Array("cu_3d218228e1eb1653934c944d6e0928e5".utf8), named: Array("CHECKLY_API_KEY".utf8)) == nil)
    }
}
