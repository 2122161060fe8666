/// The prefixes providers put at the start of their tokens (`ghp_`, `xoxb-`, `sk_live_`, `AKIA`), read off the rules:
/// a keyword of four bytes or more of a provider's rule, where every one of the rule's examples' secrets begins with
/// one of its keywords. A rule that judges a value by
/// the name beside it (a generic assignment, a `.env` value) leaves a value carrying one of them to that provider's
/// rule: where the provider's rule did not match it, the value is a near miss of the documented format (a character
/// short, a wrong alphabet, a prefix mistyped into another's), not a credential of unknown kind.
struct ProviderPrefixes: Sendable {
    /// The rule families that judge a value by its name, not by its format.
    static let judgedByName: Set<Substring> = ["generic", "env-file", "env-default", "password"]
    /// The rule families that report whatever sits in a credential's place (a URL's password, a `.netrc` password, a
    /// Terraform provider's credential, an `.npmrc` token): a value there that carries a provider's prefix and misses
    /// that provider's format is a mistyped or cut token, as it is under a secret's name.
    static let judgedByPlace: Set<Substring> = ["url-credentials", "netrc", "terraform", "npm"]

    /// Stems that many services begin their tokens with (`api-…`, `sdk-…`, `key-…`): a prefix made of one of them and a
    /// separator names no single provider, so it owns no value.
    static let sharedStems: Set<String> = ["api", "key", "sdk", "mob", "app", "pat", "tok", "sec", "secret", "dev", "prod", "live", "test",
                                             "standard"]

    private let prefixes: [(bytes: [UInt8], rule: String)]
    /// Per prefix, every rule whose examples begin with it (`sk_live_`: Stripe's and UploadThing's), in rule order.
    private let sharers: [[UInt8]: [String]]
    private let longest: Int
    /// Per prefix, the lengths of the examples' secrets that begin with it: a value whose short prefix is only one
    /// character off is a mistyped token of that format when its length is about the format's, and another provider's
    /// token (Rapyd's `rsk_` of 100 characters beside Groq's `gsk_` of 56) when it is not. A long prefix one character
    /// off (`klarna_live_apl_`) names no other provider, whatever the length.
    private let lengths: [[UInt8]: ClosedRange<Int>]
    /// Per rule that owns a prefix, the bytes its examples' bodies (after the prefix) are written in.
    private let bodyAlphabets: [String: [Bool]]
    /// The literal starts provider rules' patterns write their values with (`sk_live_`), by their first three bytes,
    /// owners of a prefix or not, where the provider's page states the format (a guessed one proves nothing): the
    /// formats a value one character off another's prefix may be in full (Smartpay's `sk_live_` and 22 characters,
    /// no owner of Stripe's prefix; LaunchDarkly's `sdk-`, one letter from ServiceM8's `smk-`).
    private let startsByHead: [[UInt8]: [(start: [UInt8], rule: String)]]

    init(_ rules: [Rule]) {
        var found: [[UInt8]: String] = [:]
        var lengths: [[UInt8]: ClosedRange<Int>] = [:]
        var sharers: [[UInt8]: [String]] = [:]
        var bodyAlphabets: [String: [Bool]] = [:]
        var startsByHead: [[UInt8]: [(start: [UInt8], rule: String)]] = [:]
        for rule in rules where rule.kind == .credential && rule.specificity == 1 && !rule.examples.isEmpty {
            let secrets = rule.examples.compactMap { $0.secret.map { Array($0.utf8) } }
            for start in Self.literalStarts(ofPattern: rule.pattern ?? "") where rule.formatChecked {
                startsByHead[Array(start.prefix(Self.headLength)), default: []].append((start, rule.id))
            }
            guard secrets.count == rule.examples.count else { continue }
            // Each keyword as the examples spell it at their start (`AKIA` for the keyword `akia`).
            let starts = Set(rule.keywords.flatMap { keyword in
                secrets.compactMap { secret -> [UInt8]? in
                    let start = Array(secret.prefix(keyword.utf8.count))
                    return start.count >= 4 && Self.lowered(start) == Self.lowered(Array(keyword.utf8)) && !Self.isShared(start) ? start : nil
                }
            })
            // Only a rule whose every example begins with one of them owns them.
            guard secrets.allSatisfy({ secret in starts.contains { secret.starts(with: $0) } }) else { continue }
            // Such a rule's other keywords that end in a separator are prefixes of the same format its examples do not
            // show (Stripe's `rk_test_` beside the examples' `sk_test_`): `rk_tst_…` is that prefix mistyped too.
            let shown = Set(starts.map(Self.lowered))
            let unshown = rule.keywords.map { Array($0.utf8) }.filter { keyword in
                keyword.count >= 4 && keyword.last.map(Self.separators.contains) == true && !Self.isShared(keyword)
                    && !shown.contains(Self.lowered(keyword))
            }
            for start in unshown where found[start] == nil {
                found[start] = rule.id
                sharers[start, default: []].append(rule.id)
                let counts = secrets.map(\.count)
                if let low = counts.min(), let high = counts.max() { lengths[start] = low...high }
            }
            for start in starts { sharers[start, default: []].append(rule.id) }
            bodyAlphabets[rule.id] = ProviderNames.alphabet(of: secrets.map { secret in
                Array(secret.dropFirst(starts.filter { secret.starts(with: $0) }.map(\.count).max() ?? 0))
            })
            for start in starts where found[start] == nil {
                found[start] = rule.id
                let counts = secrets.filter { $0.starts(with: start) }.map(\.count)
                if let low = counts.min(), let high = counts.max() { lengths[start] = low...high }
            }
        }
        self.lengths = lengths
        self.sharers = sharers
        self.bodyAlphabets = bodyAlphabets
        self.startsByHead = startsByHead
        prefixes = found.map { (bytes: $0.key, rule: $0.value) }.sorted { ($0.bytes.count, $0.rule) > ($1.bytes.count, $1.rule) }
        longest = prefixes.first?.bytes.count ?? 0
    }

    /// Every prefix with its rule, longest first (for `patterns` listings and tests).
    var all: [(prefix: String, rule: String)] { prefixes.map { (String(decoding: $0.bytes, as: UTF8.self), $0.rule) } }

    /// The id of the provider rule whose prefix `secret` begins with, or begins with one character off (`gph_`,
    /// `sk_lvie_`, `xoxq-`), if any.
    func owner<Bytes: Collection>(of secret: Bytes) -> String? where Bytes.Element == UInt8 {
        ownership(of: secret)?.rule
    }

    /// The owner (`owner(of:)`) with the length of the prefix it owns.
    func ownership<Bytes: Collection>(of secret: Bytes) -> (rule: String, prefixLength: Int)? where Bytes.Element == UInt8 {
        if let exact = prefixes.first(where: { secret.starts(with: $0.bytes) }) { return (exact.rule, exact.bytes.count) }
        let head = Array(secret.prefix(longest + 1))
        let oneOff = prefixes.first { Self.isOneOff(head, from: $0.bytes) && fitsLength(secret.count, of: $0.bytes) }
            ?? prefixes.first { isOneOffAtItsLength(head, count: secret.count, of: $0.bytes) }
        return oneOff.map { ($0.rule, $0.bytes.count) }
    }

    /// The rules whose prefix `secret` begins with exactly (not one character off), longest prefix first.
    func exactOwners<Bytes: Collection>(of secret: Bytes) -> [String] where Bytes.Element == UInt8 {
        prefixes.filter { secret.starts(with: $0.bytes) }.flatMap { sharers[$0.bytes] ?? [$0.rule] }
    }

    private static let headLength = 3

    /// The literal bytes every value of `pattern` begins with, one start per choice (`PatternStart`). None unless
    /// every start has three bytes or more: a rule whose values may begin with anything (a file's
    /// rule that takes the value of any `apiKey:`) has a format that holds every value.
    static func literalStarts(ofPattern pattern: String) -> Set<[UInt8]> {
        let starts = PatternStart.literals(ofSecretIn: pattern)
        guard starts.allSatisfy({ $0.utf8.count >= headLength }) else { return [] }
        return Set(starts.map { Array($0.utf8) })
    }

    /// The provider rules whose patterns begin values as `secret` begins, with a literal start of `length` bytes or
    /// more: the formats it may be in full. A start much shorter than the prefix `secret` is one character off is no
    /// rival to it (GoCardless's `live_` beside Timekit's `live_api_key_` mistyped as `live_apl_key_`); one a byte
    /// shorter is (Paddle's `test_`, which is Stancer's `stest_` with a letter lost).
    func formats<Bytes: Collection>(beginning secret: Bytes, atLeast length: Int) -> [String] where Bytes.Element == UInt8 {
        (startsByHead[Array(secret.prefix(Self.headLength))] ?? []).filter { $0.start.count >= length && secret.starts(with: $0.start) }.map(\.rule)
    }

    /// Whether `secret` carries a prefix exactly but writes its body in another alphabet than every rule that owns the
    /// prefix: two bytes or more that none of their examples' bodies use (Knock's `sk_test_` and URL-safe base64
    /// beside Stripe's letters and digits, Courier's `pk_prod_` and capitals beside Lalamove's hex), digits among them
    /// as a drawn key's are. One stray byte is a typo of the owner's format; two or more are another provider's token
    /// behind a prefix many share, judged by its name like any value without a prefix. A body of letters alone in a
    /// hex format's place (`shpat_` and `g`-`z`) is no drawn key of anyone's: 32 letters and digits hold no digit
    /// about once in 30,000.
    func writesAnotherAlphabet<Bytes: Collection>(_ secret: Bytes) -> Bool where Bytes.Element == UInt8 {
        guard let prefix = prefixes.first(where: { secret.starts(with: $0.bytes) })?.bytes else { return false }
        let body = secret.dropFirst(prefix.count)
        guard body.contains(where: { $0 >= 48 && $0 <= 57 }) else { return false }
        return (sharers[prefix] ?? []).allSatisfy { rule in
            guard let alphabet = bodyAlphabets[rule] else { return false }
            return body.reduce(0) { $0 + (alphabet[Int($1)] ? 0 : 1) } >= 2
        }
    }

    /// A prefix without a separator that mixes cases (`AIza`) one character off, on a value of exactly the length every
    /// example of its format has (`AIzz` and 35 more characters for Google's 39): a random value meets such a prefix one
    /// letter off and that exact length about once in ten million, a mistyped key every time. Upper-case prefixes
    /// (`AKIA`) stay matched exactly only: other vendors' ids of capitals and digits meet them one letter off.
    /// The prefix with one of its letters lost (`Iza` or `AIz` and 35 more) counts the same way, one short of that length.
    private func isOneOffAtItsLength(_ head: [UInt8], count: Int, of prefix: [UInt8]) -> Bool {
        guard prefix.count >= 4, let last = prefix.last, !Self.separators.contains(last),
              prefix.contains(where: { $0 >= 97 && $0 <= 122 }), prefix.contains(where: { $0 >= 65 && $0 <= 90 }),
              let range = lengths[prefix], range.lowerBound == range.upperBound, head.count >= prefix.count else { return false }
        if count == range.lowerBound - 1 {
            return prefix.indices.contains { head.starts(with: prefix[..<$0] + prefix[($0 + 1)...]) }
        }
        return count == range.lowerBound && ProviderNames.isOneOff(Array(head.prefix(prefix.count)), from: prefix)
    }

    /// Within a few characters of the lengths the prefix's examples have (the slack `ProviderNames` allows a near miss).
    private func fitsLength(_ count: Int, of prefix: [UInt8]) -> Bool {
        guard prefix.count < 8, let range = lengths[prefix] else { return true }
        return count >= range.lowerBound - ProviderNames.lengthSlack(for: range.lowerBound)
            && count <= range.upperBound + ProviderNames.lengthSlack(for: range.upperBound)
    }

    /// A prefix ending in a separator, typed with one character wrong or two neighbours swapped, the separator in its
    /// place and a body after it: a value no rule of that provider takes, yet plainly meant as one of its tokens.
    /// A prefix without a separator (`AKIA`, `AQVN`) counts only with two neighbours swapped (`AKAI`), at about the
    /// format's length: random values meet such a prefix one letter off too often, but a swap of it seldom.
    private static func isOneOff(_ head: [UInt8], from prefix: [UInt8]) -> Bool {
        guard prefix.count >= 4, head.count > prefix.count, let last = prefix.last else { return false }
        let separated = separators.contains(last)
        if separated, isOneDroppedOrAdded(head, from: prefix) { return true }
        if separated, head[prefix.count - 1] != last { return false }
        let differing = (0..<(separated ? prefix.count - 1 : prefix.count)).filter { head[$0] != prefix[$0] }
        switch differing.count {
        case 1: return separated
        case 2:
            let (i, j) = (differing[0], differing[1])
            return j == i + 1 && head[i] == prefix[j] && head[j] == prefix[i]
        default: return false
        }
    }

    /// A separated prefix of six bytes or more with one of its letters dropped or one added before its separator
    /// (`sk_lve_`, `sch_prd_`, `sk_livee_`): as plainly a mistyped token as a letter changed, and no other provider's.
    private static func isOneDroppedOrAdded(_ head: [UInt8], from prefix: [UInt8]) -> Bool {
        guard prefix.count >= 6, let separator = prefix.last else { return false }
        let stem = Array(prefix.dropLast())
        func dropsOne(_ shorter: [UInt8], _ longer: [UInt8]) -> Bool {
            guard longer.count == shorter.count + 1 else { return false }
            return longer.indices.contains { Array(longer[..<$0] + longer[($0 + 1)...]) == shorter }
        }
        if head.count > stem.count, head[stem.count - 1] == separator, dropsOne(Array(head[..<(stem.count - 1)]), stem) { return true }
        if head.count > stem.count + 1, head[stem.count + 1] == separator, dropsOne(stem, Array(head[...stem.count])) { return true }
        return false
    }

    private static let separators: Set<UInt8> = [UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: ":")]

    /// `api-`, `SDK_`: a shared stem and one separator.
    private static func isShared(_ prefix: [UInt8]) -> Bool {
        guard let last = prefix.last, separators.contains(last) else { return false }
        return sharedStems.contains(String(decoding: lowered(Array(prefix.dropLast())), as: UTF8.self))
    }

    private static func lowered(_ bytes: [UInt8]) -> [UInt8] { bytes.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 } }
}
