/// The providers' names the rules wait for (`novu`, `pulsedive`, `opencti`), and whether the call a literal is handed
/// to, or the section it sits in, is named after one of them: what a `provider_named` rule
/// (`generic.provider-named-constructor`, `generic.provider-section-key`) keeps a value by.
/// An SDK's client class bears its provider's name (`new Novu('…')`, `shodan.Shodan("…")`, `OpenCTIApiClient(url, "…")`,
/// `fullhunt.NewClient("…")`, `require('cronitor')('…')`), so a callee named after a provider some rule knows, called
/// as a constructor, is the evidence a secret word beside the value would otherwise give. A name is a whole word of the
/// callee (or the word before `client`, `api`, `sdk`…: `FrameioClient`), never a part of one (`nonlinear`), and the
/// function called must read as a constructor: the class bearing the name, capitalised or after `new`, or a constructor
/// of a module bearing it (`NewClient`, `Client.new`, `require(…)(…)`), not a method of the provider's object
/// (`github.getCommit("…")`, `Stripe.Customer.Retrieve("…")`).
struct ProviderCallees: Sendable {
    /// The names, lower case, sorted: the keywords a `provider_named` rule waits for besides its own.
    let names: [String]
    private let words: Set<[UInt8]>

    /// Words a client class adds after its provider's name (`OpenCTIApiClient`, `TheHiveApi`, `FrameioClient`).
    static let suffixes: [[UInt8]] = ["apiclient", "restclient", "client", "api", "sdk", "service", "session", "connector", "rest"].map { Array($0.utf8) }
    /// Function names that construct a client whatever their case. Not `init`: browser SDKs start with their public
    /// key (`amplitude.init('…')`, `Kakao.init('…')`).
    static let constructors: Set<[UInt8]> = Set(["new", "newclient", "client", "connect", "login"].map { Array($0.utf8) })

    /// Names no constructor of a secret's client goes by: words of code and English (`Modal(…)`, `fetch(…)`), and
    /// analytics and realtime providers whose client class is handed the public project or app key (`Mixpanel('…')`,
    /// `new Pusher('…')`): such keys ship to browsers by design and are reported, if at all, as public.
    static let notClients: Set<String> = ["close", "fetch", "modal", "circle", "ghost", "brave", "drone", "harvest", "railway",
                                          "amplitude", "mixpanel", "segment", "pusher", "posthog", "heap", "rudderstack"]

    init(_ rules: [Rule]) {
        var names = Set<String>()
        // A provider_named rule's own keywords are providers too (its examples', so `patterns check` can run it alone).
        for rule in rules where (rule.specificity == 1 || rule.providerNamed) && [.credential, .password, .connectionString].contains(rule.kind) {
            for keyword in rule.keywords {
                let word = keyword.lowercased()
                if Self.isName(word), !ProviderNames.sharedWords.contains(word), !Self.notClients.contains(word) { names.insert(word) }
            }
        }
        self.names = names.sorted()
        words = Set(self.names.map { Array($0.utf8) })
    }

    /// Four bytes or more of lower-case letters and digits, a letter first: a keyword with punctuation is a token prefix or a host.
    static func isName(_ word: String) -> Bool {
        let bytes = Array(word.utf8)
        guard bytes.count >= 4, let first = bytes.first, first >= 97, first <= 122 else { return false }
        return bytes.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) }
    }

    /// Whether the literal whose first byte is at `start` (after its opening quote) is an argument of a constructor
    /// named after a provider: `Callee("…")` or `Callee(<literal>, "…")` on the same line.
    func namesProvider(callingWith start: Int, in bytes: UnsafeRawBufferPointer) -> Bool {
        guard let call = Self.call(before: start, in: bytes), let last = call.segments.last else { return false }
        if call.required { return call.segments.contains(where: isProviderWord) }
        // The class itself bears the name (`new Novu(`, `Onfleet(`, `OpenCTIApiClient(`), or a constructor of a
        // module that does (`fullhunt.NewClient(`, `Postmark::ApiClient.new(`); a capitalised method of the
        // provider's object is neither (C#'s `Stripe.Customer.Retrieve("…")`).
        if isProviderWord(last) { return call.isNew || call.capitalised }
        return Self.constructors.contains(last) && call.segments.dropLast().contains(where: isProviderWord)
    }

    /// Whether the section the line holding `start` sits in is named for a provider: `"Mailgun": {` above
    /// `"Key": "…"` in appsettings.json, `[mailgun]` above `key = …`, `mailgun:` above `  key: …`, `'mailgun' => [`
    /// in a PHP array (`ProviderNames.parentHeader`). A bare `key` says nothing; its section says whose key it is, as
    /// a constructor's class does for a literal handed to it.
    func namesProvider(inSectionOf start: Int, in bytes: UnsafeRawBufferPointer) -> Bool {
        var lineStart = min(start, bytes.count)
        while lineStart > 0, bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
        let header = ProviderNames.parentHeader(ofLineAt: lineStart, in: bytes)
        return Self.words(in: header).contains { isProviderWord(Self.lowered($0)) }
    }

    /// The runs of letters and digits in `bytes`, as written.
    private static func words<Bytes: Collection>(in bytes: Bytes) -> [[UInt8]] where Bytes.Element == UInt8 {
        var words: [[UInt8]] = [], current: [UInt8] = []
        for byte in bytes {
            let isWordByte = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            if isWordByte { current.append(byte) } else if !current.isEmpty { words.append(current); current = [] }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    private static func lowered(_ word: [UInt8]) -> [UInt8] { word.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 } }

    /// Whether a callee's word is a provider's name, or one followed by a client's suffix (`frameioclient`).
    private func isProviderWord(_ segment: [UInt8]) -> Bool {
        words.contains(segment) || Self.suffixes.contains { suffix in
            segment.count > suffix.count && segment.suffix(suffix.count).elementsEqual(suffix) && words.contains(Array(segment.dropLast(suffix.count)))
        }
    }

    /// The callee's words (runs of letters and digits, lower case), whether `new` precedes it, whether its last word
    /// is capitalised, and whether it is a module required and called at once (`require('cronitor')(…)`).
    struct Call {
        let segments: [[UInt8]]
        let isNew: Bool
        let capitalised: Bool
        let required: Bool
    }

    static func call(before start: Int, in bytes: UnsafeRawBufferPointer) -> Call? {
        func isBlank(_ i: Int) -> Bool { bytes[i] == 0x20 || bytes[i] == 0x09 }
        var i = start - 1
        guard i >= 1, bytes[i] == 0x22 || bytes[i] == 0x27 else { return nil }
        i -= 1
        while i >= 0, isBlank(i) { i -= 1 }
        // A literal before the value (a host, an account name) and its comma.
        if i >= 0, bytes[i] == 0x2C {
            i -= 1
            while i >= 0, isBlank(i) { i -= 1 }
            guard i >= 1, bytes[i] == 0x22 || bytes[i] == 0x27 else { return nil }
            let quote = bytes[i]
            i -= 1
            while i >= 0, bytes[i] != quote, bytes[i] != 0x0A { i -= 1 }
            guard i >= 0, bytes[i] == quote else { return nil }
            i -= 1
            while i >= 0, isBlank(i) { i -= 1 }
        }
        guard i >= 1, bytes[i] == 0x28 else { return nil }
        i -= 1
        while i >= 0, isBlank(i) { i -= 1 }
        let end = i + 1
        // `require('cronitor')(…)`: a module that is itself the constructor.
        var required = false
        if i >= 0, bytes[i] == 0x29 {
            while i >= 0, bytes[i] != 0x28, bytes[i] != 0x0A { i -= 1 }
            guard i >= 0, bytes[i] == 0x28 else { return nil }
            required = true
            i -= 1
        }
        let calleeBytes: (UInt8) -> Bool = { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || "_$.:\\>-'\"@/".utf8.contains(byte)
        }
        while i >= 0, calleeBytes(bytes[i]) { i -= 1 }
        let from = i + 1
        guard from < end else { return nil }
        let segments = words(in: UnsafeRawBufferPointer(rebasing: bytes[from..<end]))
        guard let last = segments.last else { return nil }
        // `new Callee(`: the word before the callee.
        var j = i
        while j >= 0, isBlank(j) { j -= 1 }
        let isNew = j >= 2 && bytes[j - 2] == 0x6E && bytes[j - 1] == 0x65 && bytes[j] == 0x77 && (j < 3 || !calleeBytes(bytes[j - 3]))
        let capitalised = last.first.map { $0 >= 0x41 && $0 <= 0x5A } ?? false
        return Call(segments: segments.map(lowered), isNew: isNew, capitalised: capitalised, required: required)
    }
}
