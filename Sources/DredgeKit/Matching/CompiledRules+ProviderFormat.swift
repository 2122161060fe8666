import PCRE2

extension CompiledRules {
    /// The provider rule whose prefix `secret` carries (or carries one character off) while the value misses that
    /// provider's format: a character short, a letter outside its alphabet, a prefix mistyped. Such a value is a near
    /// miss, no credential, so the rules that judge by name leave it. A value in the full format of a rule that owns
    /// its exact prefix is no near miss: where that rule did not report it, it wants its provider's name beside the
    /// value (Rootly's `rootly_` and 64 hex), and `api_token = "rootly_…"` with no `rootly` near is still a secret the
    /// name beside it judges; where it did, the provider's finding outranks the by-name one in the blob. Nor is a value
    /// that writes its body in another alphabet than every owner of its prefix (`ProviderPrefixes.writesAnotherAlphabet`),
    /// nor one in the full format of another provider whose pattern begins values as it begins, with a start about as
    /// long as the prefix, though that rule owns no prefix (Smartpay's `sk_live_` and 22 characters beside Stripe's,
    /// LaunchDarkly's `sdk-` one letter from ServiceM8's `smk-`: `ProviderPrefixes.formats(beginning:atLeast:)`).
    func nearMissOwner<Bytes: Collection>(of secret: Bytes) -> String? where Bytes.Element == UInt8 {
        guard let owner = providerPrefixes.ownership(of: secret), !providerPrefixes.writesAnotherAlphabet(secret) else { return nil }
        let value = Array(secret)
        let formats = providerPrefixes.exactOwners(of: value) + providerPrefixes.formats(beginning: value, atLeast: owner.prefixLength - 1)
        return formats.contains { hasFormat(value, of: $0) } ? nil : owner.rule
    }

    /// Whether rule `id` would report `value` in the text its own examples give it: the value put in place of an
    /// example's secret, its pattern captures exactly the value, and its entropy floor, placeholder filter and
    /// validators accept it.
    func hasFormat(_ value: [UInt8], of id: String) -> Bool {
        guard let index = indexByID[id], case let rule = rules[index], let compiled = try? pattern(index),
              !PlaceholderFilter.isReference(value), !PlaceholderFilter.isStandIn(value) else { return false }
        let floor = rule.entropyFloorIsStrict ? rule.minEntropy : Entropy.floor(rule.minEntropy, for: value)
        guard Entropy.shannon(value) >= floor,
              Matcher.validate(Secret(bytes: value), with: rule.validators).verdict != .rejected else { return false }
        let matchData = MatchData()
        return rule.examples.contains { example in
            guard let (text, wanted) = example.placing(value) else { return false }
            var found = false
            try? text.withUnsafeBytes { bytes in
                try matchData.forEachMatch(of: compiled.pattern, in: bytes, group: compiled.secretGroup) { _, captured in
                    found = captured == wanted
                    return !found
                }
            }
            return found
        }
    }
}
