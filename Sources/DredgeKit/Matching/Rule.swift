/// One detection rule, as written in a pattern pack.
public struct Rule: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, CaseIterable, Codable, Sendable {
        case credential
        case privateKey = "private-key"
        case password
        case connectionString = "connection-string"
        case file
        case pii
        /// A default or common password: low entropy, but the first thing an attacker tries.
        case weakCredential = "weak-credential"
    }

    /// Where the rule was read from, so errors and `patterns list` can point at it.
    public struct Source: Sendable, Hashable {
        public let file: String
        /// The rule's first line.
        public let line: Int
        /// The line of each field (`pattern`, …) and of each example (`examples[0]`, `counter_examples[1]`).
        public var fields: [String: Int] = [:]

        /// Where a problem with `field` should point: its own line, else the rule's.
        public func line(of field: String) -> Int { fields[field] ?? line }
    }

    public let id: String
    public let name: String
    public let kind: Kind
    public let severity: Severity
    public let confidence: Confidence
    /// The PCRE2 pattern; for a path rule, an optional check of the file's content.
    public let pattern: String?
    /// Literals the keyword prefilter looks for; empty for path rules, which are chosen by path.
    public let keywords: [String]
    /// Where a match may lie around its keyword, as the pack declares it (`window:`); nil: the kind's default.
    public var window: Window? = nil
    /// For a path rule without keywords: the run of characters its secret is, so PCRE2 reads only the lines holding one.
    public var run: CharacterRun? = nil
    /// Path globs: a rule with paths is a path rule, run on (path, blob) pairs from the history, not on content alone.
    public let paths: [String]
    /// Globs that take a path back out of `paths` (`.env.example` out of `.env.*`).
    public let excludedPaths: [String]
    /// A parser that turns a matching file into one finding per secret-like entry.
    public let parser: FileParser?
    /// Raised by `.dredge.yml`'s `min_entropy` (`ScanConfiguration.rules(from:)`).
    public internal(set) var minEntropy: Double
    /// Offline checks run on every match, in order.
    public let validators: [Validator]
    public let playbook: String?
    public let references: [String]
    public let examples: [RuleExample]
    /// Text (and for path rules, paths) that must not produce a finding; their `secret` is nil.
    public let counterExamples: [RuleExample]
    public let source: Source
    /// The captured value names a credential but grants nothing alone (an AWS access key id): reports and the
    /// checklist print it in full, and the checklist links it to the secret found next to it (docs/inventory.md).
    public internal(set) var identifier = false
    /// Words of which one must occur (in any case) in a window before the pattern runs there: a second, cheap literal
    /// stage for a rule whose keyword is a common word of code (`env`, `config`) but whose match always holds one of
    /// these (the secret names a fallback's variable must carry). Empty: no second stage.
    public internal(set) var requires: [String] = []
    /// Values the provider itself publishes in its documentation (AWS's `AKIAIOSFODNN7EXAMPLE`, Stripe's sample test keys,
    /// an RFC's sample token): a key the provider issued to its own documentation, or to nobody, grants nothing of the
    /// repository owner's, so a match of one is no finding, whichever rule makes it.
    public internal(set) var documentedExamples: [String] = []
    /// Values a tool's documentation gives for a secret the deployment sets itself (FreeRADIUS' `testing123`, Play's
    /// sample application secret): a deployment that kept one runs with a secret anyone may read, so a match is kept,
    /// marked `documented_example` and scored low (most are sample configurations).
    public internal(set) var documentedDefaults: [String] = []
    /// False while the value's length and alphabet were written from the keys' usual shape, not checked against the
    /// provider's pages: such a shape finds values beside the provider's name, but claims no near miss of another
    /// length (`ProviderNames`), since a guessed length one character off would hide real values from the rules that
    /// judge by name; only a value of its own length one character off is claimed (a key of another alphabet is off
    /// by many characters, not one).
    public internal(set) var formatChecked = true
    /// The rule finds a literal handed to a call (`new Novu('…')`, `Pulsedive("…")`) and keeps it only when the callee
    /// names a provider some other rule waits for (`ProviderCallees`): its keywords are those providers' names too.
    /// A class named after a provider, given one token-shaped literal, is that provider's client taking its key.
    public internal(set) var providerNamed = false
    /// True when `.dredge.yml`'s `min_entropy` raised the floor: a user's floor holds at every length, where the rule's
    /// own is eased for short values (`Entropy.floor`).
    public internal(set) var entropyFloorIsStrict = false

    public var description: String { id }
}

extension Rule {
    /// How far from one of its keywords a rule's match may lie. PCRE2 reads only these windows around the keyword
    /// hits, so the narrower a rule's window, the fewer bytes of a blob reach it (real code names `token`, `secret`
    /// and `key` on every screen).
    public enum Window: String, CaseIterable, Sendable, Hashable {
        /// The match contains a keyword and lies within the keyword's line and the line either side (a key name on
        /// one line, its value on the next), no more than 1 KiB before the keyword and 2 KiB after it.
        case line
        /// The match begins with a keyword and ends on the keyword's line (a token with a documented prefix, such as
        /// Airtable's `pat`): the window runs from the keyword to its line's end, so a short prefix that real code
        /// writes in other words (`path`, `patch`) sends only the rest of that line to PCRE2.
        case token
        /// The match lies within 1 KiB before and 2 KiB after a keyword, across any number of lines.
        case nearby
        /// The match starts within 1 KiB before a keyword and ends within 64 KiB after it (a PEM block runs from its
        /// BEGIN line to its END line).
        case block
        /// Anywhere in a blob that holds a keyword.
        case blob

        /// The window of a rule that declares none: a private key's block, a file's or data store's whole blob, the
        /// keyword's lines for every other kind.
        public static func `default`(for kind: Kind) -> Window {
            switch kind {
            case .privateKey: .block
            case .file, .pii: .blob
            case .credential, .password, .connectionString, .weakCredential: .line
            }
        }
    }

    /// The window the prefilter opens around this rule's keywords.
    public var effectiveWindow: Window { window ?? .default(for: kind) }
}

/// Text that a rule must match, and the secret it must capture from it; path rules give the file's path too.
public struct RuleExample: Sendable, Hashable, CustomStringConvertible {
    public let text: String
    public let secret: String?
    public let path: String?

    public var description: String { path.map { "\($0): \(text)" } ?? text }

    /// The example's text with `value` in its secret's place (its first occurrence), and where `value` lies in it;
    /// nil for an example without a secret. A value of the rule's format is captured there as the secret was.
    func placing(_ value: [UInt8]) -> (text: [UInt8], range: Range<Int>)? {
        guard let secret, let range = text.range(of: secret) else { return nil }
        let before = Array(text[..<range.lowerBound].utf8)
        return (before + value + Array(text[range.upperBound...].utf8), before.count..<(before.count + value.count))
    }
}

/// Content parsers that path rules can ask for.
public enum FileParser: String, Sendable, Hashable, CaseIterable {
    /// `KEY=VALUE` lines (`.env` files): every secret-like key with a real-looking value becomes a finding.
    case dotenv
    /// Records of personal data (JSON, NDJSON, CSV, TSV, SQL dumps, SQLite): one finding per file version with counts.
    case personalData = "personal-data"
    /// Tables (CSV, TSV, SQL `COPY` and `INSERT` with a column list): every cell of a column whose header names a secret.
    case table
}

extension Rule {
    public var isPathRule: Bool { !paths.isEmpty }

    /// Rule families that recognise a format any provider may use (a password setting, a URI, a PEM block, a JWT).
    /// A credential store's line (`git-credentials`: a URL with a user and password) is one too: the host says whose;
    /// and a Terraform provider block's or variable's, which holds any provider's key.
    static let formatWideFamilies: Set<Substring> = ["generic", "password", "url-credentials", "git-credentials", "jwt", "env-file", "pem",
                                                     "mysql", "postgres", "jdbc", "odbc", "mongodb", "redis", "env-default", "terraform"]

    /// Which rule speaks when two capture the same secret: a weak-password verdict (it says why) over a provider's
    /// rule (it says whose credential) over a format-wide rule.
    var specificity: Int {
        if kind == .weakCredential { return 2 }
        return Self.formatWideFamilies.contains(family) ? 0 : 1
    }

    /// The id's first word: the provider (`github`) or the format-wide family (`generic`, `env-file`).
    var family: Substring { id.prefix { $0 != "." } }

    /// Whether the rule's keywords are words beside the value (the provider's name) rather than the value's own
    /// prefix (`ak_live_`), which its pattern begins the value with.
    var waitsForItsName: Bool {
        let starts = ProviderPrefixes.literalStarts(ofPattern: pattern ?? "").map { String(decoding: $0, as: UTF8.self).lowercased() }
        return !keywords.isEmpty && !keywords.contains { keyword in starts.contains { $0.hasPrefix(keyword.lowercased()) } }
    }

    /// Which of two rules that captured the same secret names the credential: the one the evidence prefers
    /// (`precedes`), then the first id (so the choice does not depend on the order matches arrive in).
    func outranks(_ other: Rule) -> Bool {
        precedes(other) ?? (id < other.id)
    }

    /// What the evidence says of two rules that captured the same secret, nil when it cannot tell them apart: the more
    /// specific rule; a credential over a notice of a public value (PDFGen Studio's secret `pk_live_…` beside Stripe's
    /// publishable-key rule, which reports at info and is hidden by default); of two providers' rules that take the same
    /// value (Transcodely's `ak_live_` and 32 is Akupon's format too), the one that waited for its provider's name
    /// beside it; then the more confident.
    func precedes(_ other: Rule) -> Bool? {
        if specificity != other.specificity { return specificity > other.specificity }
        if (severity == .info) != (other.severity == .info) { return other.severity == .info }
        if specificity == 1, family != other.family, case let (mine, theirs) = (waitsForItsName, other.waitsForItsName), mine != theirs {
            return mine
        }
        if confidence != other.confidence { return confidence > other.confidence }
        return nil
    }
}
