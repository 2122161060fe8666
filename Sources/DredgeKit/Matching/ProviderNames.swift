/// The shapes of the provider values that carry no prefix (a Datadog API key is 32 hex digits), keyed by the provider
/// names their rules wait for (`datadog`), read off the rules' examples. A rule that judges a value by its name
/// (`DATADOG_API_KEY = …`) leaves a value named for one of these providers to the provider's rule when the value is a
/// near miss of every shape that provider documents (cut short or a few characters long in the same alphabet, or the
/// right length with one character outside it): a value of the provider's shape is its rule's finding, and a near
/// miss of it is no credential of unknown kind. A value of another shape altogether is still judged by its name, and so
/// is one the provider's rule takes in full at a length its examples do not show (`inFormat`, `CompiledRules.hasFormat`):
/// the provider's own shape, which its rule missed only for want of its context.
/// A format that begins with a prefix too short to own values on its own (SendGrid's `SG.`, CoinGecko's `CG-`) is
/// judged the same way beside the provider's name: a value with that prefix that does not fit, or of the format's
/// length with the prefix one character off, is a near miss. So is a format written in parts (`Parts`: Telegram's bot
/// id, `:` and 35 characters) with its part of fixed length cut or padded.
struct ProviderNames: Sendable {
    /// One rule's documented value: its length, the characters it is written in, and the prefix it begins with.
    struct Shape: Sendable {
        let rule: String
        let length: Int
        /// Per byte, whether the rule's values use it (whole classes: every digit, every hex letter or every letter of
        /// a case seen in the examples, and each punctuation byte seen).
        let alphabet: [Bool]
        /// The keyword every example's secret begins with, as the examples spell it (empty when there is none).
        var prefix: [UInt8] = []
        /// Whether the length and alphabet were checked against the provider's pages (`format_checked`).
        var checked = true
        /// For a prefixed format whose examples vary in length (Teamwork's `twp_` and 30 to 40 characters), the shortest;
        /// `length` is then the longest. Nil for a fixed length.
        var shortest: Int?
        /// For a format of parts whose lengths vary in some and not in others (Telegram's bot id, `:` and 35
        /// characters), the parts: they say what the whole's varying length cannot.
        var parts: Parts?

        /// Within a few characters (`lengthSlack`) of the format's length or lengths: a typo or a copy that lost or
        /// gained its last characters, not one cut to half.
        func isAbout(_ count: Int) -> Bool {
            let slack = ProviderNames.lengthSlack(for: length)
            return count >= (shortest ?? length) - slack && count <= length + slack
        }

        func fits(_ value: [UInt8]) -> Bool {
            if let parts { return parts.fit(value) }
            if let shortest { return (shortest...length).contains(value.count) && outside(value) == 0 && value.starts(with: prefix) }
            return value.count == length && outside(value) == 0 && value.starts(with: prefix)
        }

        /// Cut short (to half its length at most) or a few characters long in the same alphabet, or the right length with
        /// one character outside it;
        /// for a format with a prefix, a value with the prefix cut short or a few characters off, or one of the format's
        /// length whose prefix is one character off or has two neighbours swapped (a prefix of three bytes or more:
        /// two letters one off are met by chance).
        func nearlyFits(_ value: [UInt8]) -> Bool {
            if let parts { return checked && parts.nearlyFit(value) }
            if let shortest {
                // A range of lengths says no length within it is off; a prefix one character off (or two neighbours
                // swapped) in front of a body of the format's alphabet and about its length is a near miss of it, and
                // so is a copy with the prefix cut well short of the range (by twice the slack where the range is a
                // guess), as a fixed format's cut copy is.
                let slack = ProviderNames.lengthSlack(for: length)
                if value.starts(with: prefix) {
                    let margin = checked ? slack : 2 * slack
                    return prefix.count >= 3 && outside(value) == 0 && value.count > prefix.count + 8 && value.count < shortest - margin
                }
                guard value.count >= shortest - slack, value.count <= length + slack else { return false }
                return prefix.count >= 3 && (outside(value) == 0 && ProviderNames.isOneOff(Array(value.prefix(prefix.count)), from: prefix)
                                             || dropsAPrefixLetter(value))
            }
            if retypesSeparators(value) || retypesHexCase(value) { return true }
            let outsiders = outside(value)
            if !checked {
                // A length written from the keys' usual shape may be the guess that is off, so an unchecked shape
                // claims no value of another length on the length's word alone. It claims what the shape's own
                // evidence rules out: a copy that carries the format's prefix, in its alphabet, cut well short (by more
                // than twice the slack a guess may be off by: 39 characters of Tatum's `t-…` 59), and a hex copy of a
                // byte count no key is drawn in, and a letters-and-digits copy cut to a length no key is drawn in. An
                // unprefixed value of a usual length is left to its name: a guess of 86 characters must not hide a
                // 64-character key.
                let wellShort = value.count <= length - 2 * ProviderNames.lengthSlack(for: length)
                let prefixed = !prefix.isEmpty && value.starts(with: prefix) && value.count > prefix.count + 8
                if wellShort, outsiders == 0, prefixed { return true }
                if isHexCutToAnOddSize(value, outsiders: outsiders) || isCutToAnUnusualLength(value, outsiders: outsiders) { return true }
                // At its own length, one character off (in the body, or a
                // mistyped prefix) is a typo whatever the guess, since a key of another alphabet is off by many.
                if value.count + 1 == length, dropsAPrefixLetter(value) { return true }
                guard value.count == length else { return false }
                if prefix.isEmpty || value.starts(with: prefix) { return outsiders == 1 }
                return outsiders == 0 && prefix.count >= 3 && ProviderNames.isOneOff(Array(value.prefix(prefix.count)), from: prefix)
            }
            if !prefix.isEmpty {
                if value.starts(with: prefix) {
                    // Cut short, or about the right length with at most one stray character; a longer value with
                    // the prefix is another format of the provider's (more parts), not a near miss of this one.
                    let slack = abs(value.count - length) <= ProviderNames.lengthSlack(for: length)
                    return (value.count < length && outsiders == 0) || (slack && outsiders <= 1)
                }
                // The body must keep the format's alphabet; the mistyped prefix may hold a byte it lacks (`pl-` for `pl_`).
                let about = abs(value.count - length) <= ProviderNames.lengthSlack(for: length)
                let near = outside(Array(value.dropFirst(prefix.count))) == 0 && about
                return (near && prefix.count >= 3 && ProviderNames.isOneOff(Array(value.prefix(prefix.count)), from: prefix))
                    || (about && dropsAPrefixLetter(value))
            }
            if value.count == length { return outsiders == 1 }
            // A few characters long, or cut short anywhere down to half the format: a copy that lost its tail is
            // still that key's, as a prefixed format's cut copy is above.
            return outsiders == 0 && ProviderNames.isCutOrPadded(value.count, from: length)
        }

        /// A hex body is bytes written out, and keys are drawn in a few byte counts (8, 10, 12, 16, 20, 24, 32, 40, 48
        /// or 64 bytes): a hex copy of a hex format, shorter than it (to half at most) or a few digits longer (the
        /// slack), and of a byte count no key is drawn in (15, 17, 19, 28, 30 bytes, or an odd number of digits), was
        /// cut or typed with a stray digit, whatever the format's exact length. The evidence is the alphabet's, not a
        /// guessed length: a real key of another usual size is still judged by its name.
        private func isHexCutToAnOddSize(_ value: [UInt8], outsiders: Int) -> Bool {
            let bodyLength = length - prefix.count, valueBody = value.count - prefix.count
            let cut = valueBody < bodyLength && valueBody * 2 >= bodyLength
            let long = valueBody > bodyLength && valueBody - bodyLength <= ProviderNames.lengthSlack(for: length)
            guard outsiders == 0, value.starts(with: prefix), cut || long, Self.isHexAlphabet(alphabet) else { return false }
            return !Self.usualHexLengths.contains(valueBody)
        }

        static let usualHexLengths: Set<Int> = [16, 20, 24, 32, 40, 48, 64, 80, 96, 128]

        /// The same evidence for a format of letters and digits with no prefix: generators draw such keys in a few
        /// lengths (16, 20, 24, 32, 40, 48, 64 characters; 22, 43 and 44 for 16 or 32 bytes in base64), so a copy in
        /// the format's alphabet, shorter than it by more than a guess may be off (the slack) and by half at most, and
        /// of none of those lengths (26 or 30 for a guessed 32 or 40), was cut. A real key of a usual length that the
        /// guessed format is longer than, or one within the slack of it, is still judged by its name.
        private func isCutToAnUnusualLength(_ value: [UInt8], outsiders: Int) -> Bool {
            guard prefix.isEmpty, outsiders == 0, value.count < length - ProviderNames.lengthSlack(for: length), value.count * 2 >= length,
                  Self.isAlphanumeric(alphabet),
                  !Self.isHexAlphabet(alphabet) else { return false }
            return !Self.usualKeyLengths.contains(value.count)
        }

        static let usualKeyLengths: Set<Int> = [16, 20, 22, 24, 32, 40, 43, 44, 48, 64, 80, 96, 128]

        /// Letters and digits only, digits among them.
        static func isAlphanumeric(_ alphabet: [Bool]) -> Bool {
            (48...57).allSatisfy { alphabet[$0] } && (0..<256).allSatisfy { !alphabet[$0] || (48...57).contains($0) || (65...90).contains($0) || (97...122).contains($0) }
        }

        /// At the format's length, a hex format's digits written in the other case (`api-` and 32 lower-case hex
        /// digits for SMTP2GO's upper-case ones): the same key retyped, not another credential.
        private func retypesHexCase(_ value: [UInt8]) -> Bool {
            guard value.count == length, value.starts(with: prefix), Self.isHexAlphabet(alphabet) else { return false }
            let body = value.dropFirst(prefix.count)
            let swapped = body.map { byte -> UInt8 in
                if byte >= 97 && byte <= 102 { return byte - 32 }
                if byte >= 65 && byte <= 70 { return byte + 32 }
                return byte
            }
            return body.contains { ($0 >= 97 && $0 <= 102) || ($0 >= 65 && $0 <= 70) } && swapped.allSatisfy { alphabet[Int($0)] }
        }

        /// Digits and the hex letters of one case, nothing else.
        static func isHexAlphabet(_ alphabet: [Bool]) -> Bool {
            let digits = (48...57).allSatisfy { alphabet[$0] }
            let lower = (97...102).allSatisfy { alphabet[$0] }, upper = (65...70).allSatisfy { alphabet[$0] }
            let others = (0..<256).contains { alphabet[$0] && !(48...57).contains($0) && !(97...102).contains($0) && !(65...70).contains($0) }
            return digits && lower != upper && !others
        }

        /// At the format's length, the separator of its prefix typed as another (and the body's, if it has any, the
        /// same way) and nothing else off (`t_…_…` for Tatum's `t-…-…`): a copy whose punctuation was retyped. The
        /// prefix must show it: a body's alphabet read off a few examples may lack a separator real keys use (`-`
        /// beside `_` in URL-safe base64).
        private func retypesSeparators(_ value: [UInt8]) -> Bool {
            let separators: [UInt8] = [UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: ".")]
            let bodySeparates = separators.contains { alphabet[Int($0)] }
            guard value.count == length, value.count > prefix.count,
                  prefix.indices.contains(where: { separators.contains(prefix[$0]) && separators.contains(value[$0]) && prefix[$0] != value[$0] })
            else { return false }
            var retyped = false
            for (index, byte) in value.enumerated() {
                let expected: Bool
                if index < prefix.count {
                    if byte == prefix[index] { continue }
                    expected = separators.contains(prefix[index])
                } else {
                    if alphabet[Int(byte)] { continue }
                    expected = bodySeparates
                }
                guard expected, separators.contains(byte) else { return false }
                retyped = true
            }
            return retyped
        }

        /// The prefix (three bytes or more) with one of its letters or digits dropped, in front of a body of the
        /// format's alphabet: `G.` for SendGrid's `SG.`, `rp_` for RunPod's `rpa_`. Beside the provider's name it is
        /// the prefix mistyped as plainly as one letter changed; a random value seldom begins with the rest of a
        /// provider's prefix, and then not beside that provider's name.
        private func dropsAPrefixLetter(_ value: [UInt8]) -> Bool {
            guard prefix.count >= 3, !value.starts(with: prefix), value.count > prefix.count + 8,
                  value.dropFirst(prefix.count - 1).allSatisfy({ alphabet[Int($0)] }) else { return false }
            return prefix.indices.contains { index in
                ProviderNames.isAlphanumeric(prefix[index]) && value.starts(with: prefix[..<index] + prefix[(index + 1)...])
            }
        }

        /// Characters of the body (after the prefix's length) outside the body's alphabet.
        private func outside(_ value: [UInt8]) -> Int { value.dropFirst(prefix.count).reduce(0) { $0 + (alphabet[Int($1)] ? 0 : 1) } }
    }

    /// How many characters a value may miss or add and still be a near miss of a shape (a typo, a cut copy): three,
    /// or an eighth of a longer shape (a 64-hex key cut by six is still a cut copy of that key, not a new credential).
    static func lengthSlack(for length: Int) -> Int { max(3, length / 8) }

    /// A copy of `length` characters cut short (to half at most) or a few characters long or short (`lengthSlack`).
    static func isCutOrPadded(_ count: Int, from length: Int) -> Bool {
        (count < length && count * 2 >= length) || abs(count - length) <= lengthSlack(for: length)
    }
    /// The rule families that report whatever sits in a provider block's credential (`terraform`): the block names the
    /// provider (`provider "okta" {`), so a near miss of that provider's shape there is no credential either.
    static let judgedInAProvidersBlock: Set<Substring> = ["terraform"]
    /// How far before the value its name is looked for (the same line only).
    static let nameReach = 80
    /// Words the rules wait for that name no provider.
    static let sharedWords: Set<String> = ["token", "secret", "bearer", "apikey", "access", "client", "private", "password",
                                           "passwd", "credential", "credentials", "server", "webhook", "public", "service", "provider", "config", "login",
                                           "account", "authorization", "session", "signing", "master", "admin", "checkout"]

    /// A shared word or its plural (`tokens`, Consul's keyword for its ACL tokens' block, names no provider either).
    static func isSharedWord(_ word: String) -> Bool {
        sharedWords.contains(word) || (word.hasSuffix("s") && sharedWords.contains(String(word.dropLast())))
    }

    /// A format written in parts split by one separator, each part of its own lengths and alphabet, one of them of a
    /// fixed length of eight characters or more: Telegram's bot token (an id of 8 to 10 digits, `:`, 35 characters),
    /// Facebook's app token (an app id, `|`, 32 hex digits).
    struct Parts: Sendable {
        let separator: UInt8
        let parts: [(lengths: ClosedRange<Int>, alphabet: [Bool])]

        /// The parts every example shows alike: the first separator that each example holds as often, once or more.
        init?(_ secrets: [[UInt8]]) {
            for separator in ":|.~-".utf8 {
                let split = secrets.map { $0.split(separator: separator, omittingEmptySubsequences: false) }
                guard let count = split.first?.count, count >= 2,
                      split.allSatisfy({ $0.count == count && !$0.contains(where: \.isEmpty) }) else { continue }
                let parts = (0..<count).map { index in
                    let lengths = split.map { $0[index].count }
                    return (lengths: lengths.min()!...lengths.max()!, alphabet: ProviderNames.alphabet(of: split.map { Array($0[index]) }))
                }
                guard parts.contains(where: { $0.lengths.count == 1 && $0.lengths.lowerBound >= 8 }) else { return nil }
                self.separator = separator
                self.parts = parts
                return
            }
            return nil
        }

        func fit(_ value: [UInt8]) -> Bool {
            guard let split = split(value) else { return false }
            return zip(split, parts).allSatisfy { part, shape in shape.lengths.contains(part.count) && part.allSatisfy { shape.alphabet[Int($0)] } }
        }

        /// Every part in its alphabet and within its lengths but one of fixed length, cut short (to half at most) or a few
        /// characters long; or every part within its lengths and one character in all outside its alphabet.
        func nearlyFit(_ value: [UInt8]) -> Bool {
            guard let split = split(value) else { return false }
            let outsiders = zip(split, parts).reduce(0) { sum, pair in sum + pair.0.filter { !pair.1.alphabet[Int($0)] }.count }
            let off = split.indices.filter { !parts[$0].lengths.contains(split[$0].count) }
            if off.isEmpty { return outsiders == 1 }
            guard off.count == 1, outsiders == 0, let index = off.first, parts[index].lengths.count == 1 else { return false }
            return ProviderNames.isCutOrPadded(split[index].count, from: parts[index].lengths.lowerBound)
        }

        private func split(_ value: [UInt8]) -> [ArraySlice<UInt8>]? {
            let split = value.split(separator: separator, omittingEmptySubsequences: false)
            return split.count == parts.count ? split : nil
        }
    }

    private let shapes: [String: [Shape]]
    private let names: [[UInt8]]

    init(_ rules: [Rule]) {
        var shapes: [String: [Shape]] = [:]
        for rule in rules where rule.kind == .credential && rule.specificity == 1 && !rule.examples.isEmpty {
            let secrets = rule.examples.compactMap { $0.secret.map { Array($0.utf8) } }
            // A shape is a fixed length: a rule whose examples vary in length documents a range, whose only near miss
            // is its prefix mistyped (so it needs a prefix of three bytes or more), or a part of a fixed length cut.
            guard secrets.count == rule.examples.count, let length = secrets.first?.count, length >= 16 else { continue }
            // The prefix: the longest keyword or literal start of the pattern (one of its alternatives', or what they all
            // share) that every example begins with (Modern Treasury's `live-` of `live-…|test-…`).
            let starts = PatternStart.literals(ofSecretIn: rule.pattern ?? "")
            let prefix = Self.prefix(of: secrets, keywords: rule.keywords + starts + [PatternStart.common(of: starts)])
            let ranged = !secrets.allSatisfy({ $0.count == length })
            var parts: Parts?
            if ranged, prefix.count < 3 || secrets.contains(where: { $0.count < 16 }) {
                guard let split = Parts(secrets) else { continue }
                parts = split
            }
            // The body's alphabet, not the prefix's: `key-` before 32 hex digits does not make `q` a hex digit.
            let longest = secrets.map(\.count).max() ?? length
            var shape = Shape(rule: rule.id, length: ranged ? longest : length, alphabet: Self.alphabet(of: secrets.map { Array($0.dropFirst(prefix.count)) }))
            shape.prefix = prefix
            if ranged { shape.shortest = secrets.map(\.count).min() }
            shape.parts = parts
            shape.checked = rule.formatChecked
            // The provider's name is a keyword, or, for a rule that waits for its prefixes alone, its id's first part:
            // each secret begins with a keyword, and each keyword begins a secret or is a sibling of one that does
            // (one character apart: Yandex's `y0_` to `y3_` beside an example of `y0_`, Harness's `pat.` and `sat.`;
            // Liveblocks' `sk_prod_` and `sk_dev_` each begin one), as well as one prefix that begins them all.
            // A rule that waits for a host or a header (`azurewebsites.net`, `sig=`) lends its shape to no name: one
            // vendor's name covers services whose keys of other shapes no rule states (Azure Maps beside Azure Functions).
            let lowered = { (keyword: String) in Self.lowered(Array(keyword.utf8)) }
            let begins = { (secret: [UInt8], keyword: String) in Self.lowered(Array(secret.prefix(keyword.utf8.count))) == lowered(keyword) }
            let starting = rule.keywords.filter { keyword in secrets.contains { begins($0, keyword) } }
            let waitsForPrefixAlone = secrets.allSatisfy { secret in starting.contains { begins(secret, $0) } }
                && rule.keywords.allSatisfy { keyword in starting.contains { Self.isOneOff(lowered(keyword), from: lowered($0)) || $0 == keyword } }
            let provider = waitsForPrefixAlone ? [String(rule.family)] : []
            for name in Set((rule.keywords + provider).map { $0.lowercased() }) {
                let spelled = Self.isName(name) || (Self.isShortName(name) && name == rule.family.lowercased())
                    || (Self.isPunctuatedName(name) && !secrets.contains { Self.lowered(Array($0.prefix(name.utf8.count))) == Array(name.utf8) })
                guard spelled, !Self.isSharedWord(name) else { continue }
                shapes[name, default: []].append(shape)
            }
        }
        self.shapes = shapes
        names = shapes.keys.sorted().map { Array($0.utf8) }
    }

    /// The provider rule whose documented shape `value` nearly fits, when the text around it on its line names that
    /// provider and no shape of that provider fits it exactly: before it (`VIRUSTOTAL_KEY = …`), or after it, where a
    /// header's value is followed by the provider's URL or a comment names the provider (`-H "x-apikey: …"
    /// https://www.virustotal.com/…`, `Add("api_key", "…");  // wmata`).
    func owner(of value: [UInt8], before start: Int, in bytes: UnsafeRawBufferPointer, inFormat: ((_ rule: String) -> Bool)? = nil) -> String? {
        guard !shapes.isEmpty, start <= bytes.count else { return nil }
        var from = start
        while from > 0, start - from < Self.nameReach, bytes[from - 1] != 0x0A { from -= 1 }
        let end = min(start + value.count, bytes.count)
        var to = end
        while to < bytes.count, to - end < Self.nameReach, bytes[to] != 0x0A { to += 1 }
        // A line break between the parts, so that no name is read across them.
        let parent = Self.parentHeader(ofLineAt: from, in: bytes)
        return owner(of: value, named: parent + [0x0A] + Array(bytes[from..<start]) + [0x0A] + Array(bytes[end..<to]), inFormat: inFormat)
    }

    /// The last bytes of a line that opens a block whose entries are indented below it.
    private static let opensABlock: Set<UInt8> = [UInt8(ascii: ":"), UInt8(ascii: "{"), UInt8(ascii: "[")]

    /// The section a line's key sits in, when a provider names it rather than the key (`sportmonks:` above
    /// `  api_token: …` in YAML, `[sinks.axiom]` above `token = …` in TOML or INI, `provider "rootly" {` above
    /// `  api_token = …` in HCL, `rootly: {` in a JavaScript object or `'rootly' => [` in a PHP array such as Laravel's
    /// `config/services.php`): the nearest line above, within a few, that is indented less and ends with `:`, `{` or
    /// `[`, or, for a line that is not indented, a `[…]` header. Empty when there is none.
    static func parentHeader(ofLineAt lineStart: Int, in bytes: UnsafeRawBufferPointer) -> [UInt8] {
        let isBlank = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
        func indent(_ start: Int) -> Int { var i = start; while i < bytes.count, isBlank(bytes[i]) { i += 1 }; return i - start }
        let ownIndent = indent(lineStart)
        var end = lineStart
        for _ in 0..<8 {
            guard end > 0 else { break }
            let lineEnd = end - 1  // the line break ending the line above
            var start = lineEnd
            while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
            end = start
            var last = lineEnd
            while last > start, isBlank(bytes[last - 1]) || bytes[last - 1] == 0x0D { last -= 1 }
            guard last > start + indent(start), lineEnd - start <= 120 else { continue }
            let line = Array(UnsafeRawBufferPointer(rebasing: bytes[start..<last]))
            let first = line[indent(start)...].first
            if ownIndent > 0, indent(start) < ownIndent { return line.last.map(Self.opensABlock.contains) == true ? line : [] }
            if ownIndent == 0, first == UInt8(ascii: "["), line.last == UInt8(ascii: "]") { return line }
        }
        return []
    }

    /// The same, for a value whose name is known (a `.env` key). `inFormat` says whether a rule takes the value in full
    /// (asked only of a near miss's provider, as it runs the rule's pattern; without it, no rule is asked).
    /// A value of a prefixed shape's length, alphabet and prefix fits that shape only where its rule takes it: a shape
    /// read off the examples may keep less of the prefix than the format has (`pn` of Prefect's `pnu_` and `pnb_`, the
    /// pattern's `pn[ub]_`), and `pny_…` beside Prefect's name is that prefix one character off, not Prefect's key.
    /// `closely`: only a near miss within a few characters of the shape's length (`Shape.isAbout`), for a name that
    /// is weaker evidence than a key's (a file's path).
    func owner(of value: [UInt8], named name: [UInt8], closely: Bool = false, inFormat: ((_ rule: String) -> Bool)? = nil) -> String? {
        guard !shapes.isEmpty else { return nil }
        let original = name
        let name = name.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }
        for word in names where name.count >= word.count && Self.contains(name, word, atWordStart: word.count < 5 || word.contains { !Self.isAlphanumeric($0) },
                                                                           endingIn: original) {
            let candidates = shapes[String(decoding: word, as: UTF8.self)] ?? []
            if candidates.contains(where: { $0.fits(value) && ($0.prefix.isEmpty || inFormat?($0.rule) ?? true) }) { continue }
            if let near = candidates.first(where: { $0.nearlyFits(value) && (!closely || $0.isAbout(value.count)) }),
               !candidates.contains(where: { inFormat?($0.rule) ?? false }) { return near.rule }
        }
        return nil
    }

    /// A provider's name as the rules spell it: five bytes or more, lower-case letters and digits, a letter first
    /// (`smtp2go`, `twocaptcha`); a keyword with punctuation is a token prefix or a host, not a name.
    static func isName(_ word: String) -> Bool { word.utf8.count >= 5 && isLettersAndDigits(word) }

    /// A name of four letters and digits, a letter first (`tmdb`, `okta`, `zoho`): a provider's name only where its
    /// rule is named for it, and counted only as a whole word (`TMDB_API_KEY`, not `ATMDBX_KEY`), since four letters
    /// turn up inside other words far more often than five.
    static func isShortName(_ word: String) -> Bool { word.utf8.count == 4 && isLettersAndDigits(word) }

    /// Lower-case letters and digits, a letter first.
    private static func isLettersAndDigits(_ word: String) -> Bool {
        guard let first = word.utf8.first, first >= 97, first <= 122 else { return false }
        return word.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) }
    }

    /// A provider's name written with the punctuation of a variable (`nyt_api`, `fmp_`, `steam_web_api`, `gate.io`): a
    /// keyword of letters, digits and `_`, `-` or `.` whose first word (three bytes or more, or two in a keyword of
    /// six or more; a letter first) names no
    /// common thing of code (`api`, `access`, `client`, `secret`), so that `NYT_API_KEY` is the New York Times' name
    /// as `nytimes` is. A host (`.com`, `.net`) is where a key is sent, not its name. Such a name counts only where a
    /// word starts (`FMP_API_KEY`, not `CFMP_API_KEY`); a keyword the values begin with is a prefix, not a name.
    static func isPunctuatedName(_ word: String) -> Bool {
        let bytes = Array(word.utf8)
        guard bytes.count >= 4, let first = bytes.first, first >= 97, first <= 122,
              bytes.allSatisfy({ isAlphanumeric($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") }),
              !word.contains(".com"), !word.contains(".net") else { return false }
        let head = String(decoding: bytes.prefix { isAlphanumeric($0) }, as: UTF8.self)
        // A first word of two letters names a provider only in a longer keyword (`tx_token`, `vt_api`; not `cf_`).
        let long = head.utf8.count >= 3 || (head.utf8.count == 2 && bytes.count >= 6)
        return long && head.utf8.count < bytes.count && !sharedWords.contains(head)
            && !ProviderPrefixes.sharedStems.contains(head) && !codeWords.contains(head)
    }

    /// First words of keywords that name a kind of value or a part of code, not a provider (`access_key`, `api-key`,
    /// `client_secret`, `token-id`, `read_api_key`, `nonce_salt`).
    static let codeWords: Set<String> = ["access", "auth", "client", "token", "private", "public", "read", "write", "nonce",
                                         "logged", "storage", "user", "web", "bearer", "ingest", "base", "new", "open"]

    private static func isAlphanumeric(_ byte: UInt8) -> Bool { (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) || (byte >= 48 && byte <= 57) }

    /// The longest keyword of two bytes or more that every secret begins with (case aside), as the first spells it.
    private static func prefix(of secrets: [[UInt8]], keywords: [String]) -> [UInt8] {
        let lowered = { (bytes: [UInt8]) in bytes.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 } }
        let fitting = keywords.map { lowered(Array($0.utf8)) }.filter { keyword in
            keyword.count >= 2 && secrets.allSatisfy { lowered(Array($0.prefix(keyword.count))) == keyword }
        }
        guard let longest = fitting.max(by: { $0.count < $1.count }), let first = secrets.first else { return [] }
        return Array(first.prefix(longest.count))
    }

    /// One character different, or two neighbours swapped (`GC-` for `CG-`, `SQ.` for `SG.`).
    static func isOneOff(_ head: [UInt8], from prefix: [UInt8]) -> Bool {
        guard head.count == prefix.count else { return false }
        let differing = (0..<prefix.count).filter { head[$0] != prefix[$0] }
        switch differing.count {
        case 1: return true
        case 2: return differing[1] == differing[0] + 1 && head[differing[0]] == prefix[differing[1]] && head[differing[1]] == prefix[differing[0]]
        default: return false
        }
    }

    private static func lowered(_ bytes: [UInt8]) -> [UInt8] { bytes.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 } }

    /// Whether `needle` occurs in the lowered `haystack`. With `original` (the haystack as written), a name of letters
    /// must end where its word does: at a byte that is no letter, at a capital after a small letter (`rocketChat`), or
    /// before a word of the credential's own (`SENDGRIDAPIKEY`, `mapboxtoken`); Rocket.Chat's `rocket` is not the start
    /// of `ROCKETREACH_API_KEY`, whose value is RocketReach's, not a cut copy of a Rocket.Chat webhook.
    private static func contains(_ haystack: [UInt8], _ needle: [UInt8], atWordStart: Bool = false, endingIn original: [UInt8]? = nil) -> Bool {
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if atWordStart, start > 0, isAlphanumeric(haystack[start - 1]) { continue }
            guard haystack[start..<(start + needle.count)].elementsEqual(needle) else { continue }
            if let original, original.count == haystack.count, !endsAWord(original, at: start + needle.count) { continue }
            return true
        }
        return false
    }

    /// Words a credential's name glues to a provider's (`datadogapikey`, `stripesecret`, `twiliosid`).
    static let gluedWords: [[UInt8]] = ["api", "key", "token", "secret", "auth", "access", "client", "app", "sdk", "pat",
                                        "id", "sid", "pass", "pwd", "cred", "account", "private", "server", "live", "prod",
                                        "test", "sandbox", "user", "bearer", "webhook", "hook", "url", "dsn", "license",
                                        "master", "admin", "service", "signing", "conn"].map { Array($0.utf8) }

    private static func endsAWord(_ original: [UInt8], at end: Int) -> Bool {
        guard end < original.count, end > 0 else { return true }
        let next = original[end], last = original[end - 1]
        let isLetter = { (byte: UInt8) in (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) }
        guard isLetter(next) else { return true }
        if next >= 65, next <= 90, last >= 97, last <= 122 { return true }
        let rest = original[end...].prefix(8).map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }
        return gluedWords.contains { rest.starts(with: $0) }
    }

    /// The bytes the examples are written in, widened to whole classes.
    static func alphabet(of secrets: [[UInt8]]) -> [Bool] {
        var alphabet = [Bool](repeating: false, count: 256)
        let all = secrets.flatMap { $0 }
        func add(_ range: ClosedRange<UInt8>) { for byte in range { alphabet[Int(byte)] = true } }
        if all.contains(where: { $0 >= 48 && $0 <= 57 }) { add(48...57) }
        let lower = all.filter { $0 >= 97 && $0 <= 122 }, upper = all.filter { $0 >= 65 && $0 <= 90 }
        if !lower.isEmpty { lower.allSatisfy { $0 <= 102 } && !upper.contains { $0 > 70 } ? add(97...102) : add(97...122) }
        if !upper.isEmpty { upper.allSatisfy { $0 <= 70 } && !lower.contains { $0 > 102 } ? add(65...70) : add(65...90) }
        for byte in all where !(byte >= 48 && byte <= 57) && !(byte >= 65 && byte <= 90) && !(byte >= 97 && byte <= 122) {
            alphabet[Int(byte)] = true
        }
        // A base64 body of both cases and digits that shows one of its two marks draws the other as often (URL-safe
        // `-` and `_`, standard `+` and `/`): a few examples holding an `_` say nothing against a `-` (Cloudflare's
        // API tokens hold both).
        if (65...90).allSatisfy({ alphabet[$0] }), (97...122).allSatisfy({ alphabet[$0] }), alphabet[48] {
            for pair in [("-", "_"), ("+", "/")] {
                let a = Int(UInt8(ascii: pair.0.unicodeScalars.first!)), b = Int(UInt8(ascii: pair.1.unicodeScalars.first!))
                if alphabet[a] || alphabet[b] { alphabet[a] = true; alphabet[b] = true }
            }
        }
        return alphabet
    }
}
