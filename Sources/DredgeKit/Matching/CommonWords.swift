/// Words that values of real code are made of: a value mostly spelled in them (`youReallyNeedToChangeThis`,
/// `v2-release`, `MySuperSecretKey2024`) was typed by a person, where a random key is not: 16 random letters and digits
/// are half covered by these words about once in ten thousand. The list is the 3,000 words of four letters or more
/// (camelCase and snake_case split) found in the most of 169 real repositories' code: the 160 Swift packages every build
/// machine keeps and nine application repositories.
enum CommonWords {
    /// Whether words of the list, four letters or more, cover at least half of the value's letters (longest first,
    /// left to right, any case).
    static func readsAsWords<Bytes: Collection>(_ value: Bytes) -> Bool where Bytes.Element == UInt8 {
        let lowered = value.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }
        let letters = lowered.filter { $0 >= 97 && $0 <= 122 }.count
        guard letters >= 4 else { return false }
        var covered = 0, index = 0
        while index < lowered.count {
            var length = min(longest, lowered.count - index)
            while length >= 4, !words.contains(key(lowered[index..<(index + length)])) { length -= 1 }
            if length >= 4 { covered += length; index += length } else { index += 1 }
        }
        return covered * 2 >= letters
    }

    /// A word of at most 12 lower-case letters packed five bits a letter; 0 for anything else.
    private static func key(_ letters: ArraySlice<UInt8>) -> UInt64 {
        var packed: UInt64 = 0
        for byte in letters {
            guard byte >= 97, byte <= 122 else { return 0 }
            packed = packed << 5 | UInt64(byte - 96)
        }
        return packed
    }

    private static let longest = 12
    private static let words: Set<UInt64> = Set(list.split(whereSeparator: \.isWhitespace).map { key(ArraySlice($0.utf8)) })

    private static let list = """
        ability able abort about above absent absolute abstract abstraction abusive accent accept acceptable acceptance
        accepted accepting accepts access accessed accesses accessible accessing accessor accessors accidentally
        according accordingly account accumulate accumulated achieve acquire across acting action actions active
        activity actor acts actual actually adapted added addendum adding addition additional additionally additions
        additive address addresses adds adjust admin adopted advance advanced advances advantage advised affect
        affected affects after again against agent aggregate agree agreed agreement ahead algorithm algorithms alias
        aliases align aligned alignment alive alleging alloc allocate allocated allocation allow allowed allowing
        allows almost alone along alongside alpha already also alternate alternative alternatives although always
        ambiguity ambiguous among amount analysis analyze analyzer analyzing anchor android annotation annotations
        another answer answers anymore anything anyway anywhere apache appear appearance appears append appended
        appending appendix appends apple applicable application applications applied applies apply applying approach
        appropriate apps arbitrary arch architecture archive archives archiving area aren args argument arguments
        arising arithmetic around array arrays article articles ascending ascii aside asked asking assembly assert
        asserted assertion assertions asserts assets assign assigned assignment associated assume assumed assumes
        assuming async asynchronous atomic attach attached attacks attempt attempted attempting attempts attention attr
        attribute attributes attribution auth author authorized authors authorship auto autoclosure automated automatic
        availability available average avoid avoiding avoids await aware away back backed backend background backing
        backwards badge bare base based baseline basename bash basic basics basis batch because become becomes been
        before begin beginning begins behalf behave behaves behavior behaviors behaviour behind being belong belongs
        below benchmark benchmarks beneficial benefit best beta better between beyond binary bind binding bits black
        blank blob block blocked blocking blocks blog blue blueprint body boilerplate bold book bool boolean bootstrap
        border both bottom bound boundaries boundary bounds brace brackets branch branches break breaking breaks brew
        bridge bring broken browse buffer buffered buffers bugs build buildable buildables builder building builds
        built builtin bump bundle business button byte bytes cache cached caching calculate calculated calendar call
        callback callbacks called caller callers calling calls camel cancel cancellation cancelled candidate cannot
        canonical capabilities capability capable capacity capitalized capture captured captures capturing care careful
        carry carthage case cases cast catalyst catch catching categories category caught cause caused causes causing
        center certain chain chaining chance change changed changelog changes changing channel channels char character
        characters charge chars charset chat check checked checker checking checkout checkouts checks checksum child
        children choice choose chosen chunk chunks circle claim claims clang clarity class classes clause clauses clean
        cleanup clear click client clients clock clone close closed closes closing closure closures cluster cocoa
        cocoapods codable code codecov coded codes coding collect collected collecting collection collections colon
        color column columns combination combine combined combining come comes coming comma command commands commas
        comment comments commercial commit commits common commonly communicate community compact company comparable
        compare compared compares comparing comparison comparisons compatible compilation compile compiled compiler
        compiles compiling complaints complete completed completely completes completion complex complexity compliance
        complicated complies component components compose composed composite compute computed computer concept concepts
        concise concrete concurrency concurrent concurrently condition conditional conditions conduct config configs
        configurable configure configured configures configuring confirm conflict conflicts conform conformance
        conformances conforming conforms connect connected connection connections cons consecutive consider considered
        consistency consistent consistently consists console const constant constants constitutes constrained
        constraint constraints construct constructed constructing construction constructive constructor constructs
        construed consume consumed consumer consumes consuming contact contacting contain contained container
        containers containing contains content contents context contexts contextual contiguous continuation continue
        continues continuous contract contribute contributes contributing contribution contributor contributors
        contributory control controlled controls convenience convenient convention conventions conversion conversions
        convert converted convertible converting converts cookie cool copied copies copy copying copyright core correct
        correctly corresponds corrupted cost could couldn count counter counterclaim counting counts course covenant
        cover coverage covered covers crash crashes create created creates creating creation credentials critical cron
        cross curl current currently cursor custom customary customize cycle daily damages dark darwin data database
        date dates days dead deadline deal dealings deallocate deallocated debug debugger debugging decide decimal
        decisions declaration declarations declare declared declares decodable decode decoded decoder decodes decoding
        dedicated deem deemed deep default defaults defend defer deferred define defined defines defining definitely
        definition definitions defs deinit delay delegate delete deleted deleting deliberate delimiter deliver
        delivered delta demand demo depend dependencies dependency dependent depending depends deploy deployment
        deprecated deprecation deps depth derivative derive derived derogatory desc describe described describes
        describing description descriptions descriptor descriptors design designated designed desired despite
        destination destroy detached detail detailed details detect detected detection detects determine determined
        determines determining developer developers development device diagnose diagnostic diagnostics dict dictionary
        didn diff differ difference differences different differently differing differs difficult digit digits direct
        direction directly directories directory dirname disability disable disabled disables disabling discard
        discardable discarded disclaimer discover discovery discuss discussing discussion disfavored disk dispatch
        display displayed distance distinct distinguish distribute distributed distribution divide docc docker
        dockerfile docs doctype document documented documents does doesn doing domain done dont double doubles down
        download downstream dplatforms draft drive driver drop dropped dropping dswift dummy dump duplicate duplicated
        duplicates duration during dwarf dylib dynamic dynamically each earlier early easier easiest easily easy echo
        ecosystem edge edit edited editor editorconfig editorial edits effect effective effectively effects efficient
        eight either elaborations electronic element elements elif else elseif elsewhere email embed embedded emit
        emits emitted emitting empty enable enabled enables enabling enclosed encodable encode encoded encoder encodes
        encoding encodings encountered encouraged ended endif ending endpoint ends enforce enforced enforcement enough
        ensure ensures ensuring enter entire entirely entities entity entries entry enum enumerated enumeration enums
        environment environments equal equality equals equatable equivalent erased error errors esac escape escaped
        escaping especially essentials establish established ethnicity eval evaluate evaluated evaluation even event
        events eventually ever every everyone everything evolution exact exactly example examples exceeded exceeds
        except exception exceptions exchange exclude excluded excluding exclusive exec executable execute executed
        executes executing execution exercise exercising exhausted exist existential existing exists exit exits expand
        expanded expansion expect expectation expectations expected expecting expects expensive experience experimental
        explain explanation explicit explicitly export exported exports expose exposed exposes expr express expressed
        expressible expression expressions extend extended extending extends extension extensions extern external extra
        extract extracted extracting extracts extremely face fact factor factory fail failed failing fails failure
        failures fair fairly fake fall fallback falls fallthrough false family fapi fast faster fatal favor fbadge
        feature features feed feedback feel fetch ffff field fields fifty figure file filed filename fileprivate files
        filesystem fill filled filter filtered filtering filters final finally find finding finds fine finish finished
        finishes finite fire first fitness fits five fixed fixes fixme flag flags flat flatten flexibility flexible
        float floating floor flow flush focus focused focusing folder follow followed following follows font forbidden
        force forces forget form format formation formats formatted formatter formatting formed forms forums forward
        forwarded forwarding forwards found foundation four fpackages fractional fragment frame framework frameworks
        free frequency fresh friendly from front ftype fulfill full fully func function functional functions furnished
        further future gather gender general generally generate generated generates generating generation generator
        generic gets getter getting github gitignore give given gives giving glibc global globally goal goes going good
        goodwill google governing gracefully gradient grant granted granting grants graph great greater green grep
        grossly group grouped grouping groups grow guarantee guaranteed guarantees guard guess guide guidelines guides
        half hand handle handled handler handlers handles handling happen happened happens happy harassing harassment
        hard harmful harmless hash hashable hasher hashing hasn have haven having head header headers heading heap
        height held hello help helper helpers helpful helps hence here hereby herein hidden hide hierarchy high higher
        highest highly hint history hmap hold holders holding holds home homepage hook hooks host hosted hostname hour
        hours however href html http https huge human icon idea ideally ideas identical identified identifier
        identifiers identifies identify identifying identity idle ietf ifdef ifndef ignore ignored ignores ignoring
        illegal image imagery images immediate immediately immutable impact impl implement implemented implementing
        implements implicit implicitly implied implies import important imported importing imports impossible improve
        improved improvements improving inability incident incidental include included includes including inclusion
        inclusive incoming incompatible incomplete inconsistent incorporated incorrect incorrectly increase increasing
        increment increments incurred indemnify indemnity indent indentation independent index indexed indexes indexing
        indicate indicated indicates indicating indicator indices indirect individual individually individuals infer
        inferred infinite infinity info information infringed infringement inherit inherited init initial initialize
        initialized initializer initializers initializes initializing inject injection inlinable inline inlined inner
        inout input inputs insensitive insert inserted insertion inserts inside inspect inspired install installation
        installed instance instances instead institute instructions insulting integer integers integration integrity
        intended intent interact interaction interest interested interesting interface interfaces intermediate internal
        internally internals internet interop interpreted interval into introduce introduced introduces introduction
        invalid invalidate invariant inverse inverted investigated invocation invoke invoked invokes invoking involved
        irrevocable isolated isolation issue issued issues item items iterable iterate iterated iterating iteration
        iterations iterator itself january java jobs john join joined json judge just keep keeping keeps kept keyed
        keys keyword keywords kind kinds know known knows label labeled labels lang language languages large larger
        largest last later latest latter launch launcher lawsuit layer layout lazily lazy lead leading leads leak learn
        least leave leaves leaving left legacy legal length lengths less lets letter letters level levels liability
        liable libc libraries library licensable license licensed licenses licensor life lifecycle lifetime light like
        likely limit limitation limitations limited limits line linear lines link linked linking links lint linux list
        listed listing lists literal literally literals litigation little live lives lldb llvm load loaded loader
        loading local locale localhost localized locally located location locations lock locked logged logger logging
        logic logical login logo logs long longer look looking looks lookup loop loops lose loss losses lost lower
        lowercase lowercased lowest machine macos macosx macro made magic magnitude mail mailing main maintain
        maintained maintainers maintaining major make makefile makes making malformed malfunction malloc manage managed
        management manager manages managing manifest manner manual manually many mapped mapping maps mark markdown
        marked marker marks mask master match matched matches matching math matrix matter maximum maybe mean meaning
        meaningful means meant measure measured mechanical mechanism media medium meet member members memory mentioned
        merely merge merged merging message messages meta metadata method methods metric metrics middle might migrate
        migration milliseconds mind minimal minimum minor minus minute minutes mirror mismatch miss missing mixed mkdir
        mock mode model models modern modes modification modified modifier modify modifying module modulemap modules
        moment month more most mostly motivation move moved moves moving mozilla much multi multiline multiple musl
        must mutable mutate mutated mutating mutation mutex name named names namespace naming nanoseconds nationality
        native natural nature navigation necessarily necessary need needed needs negative negligence negligent neither
        nested nesting netrc network networking never newer newline newlines newly next nice nightly node nodes none
        nonisolated nonnull noop normal normalize normalized normally notation note notes nothing notice notices
        notification notify null nullable number numbers numeric objc object objective objects obligated obligations
        observe observed observer obtain obtaining obvious occur occurred occurrences occurs offensive offer offers
        official offline offset often okay older omit omitted omitting once ones online only onto opaque open opened
        opening operate operating operation operations operator operators opposed optimization optimize option optional
        optionally optionals options orange order ordered ordering organization organizer orientation origin original
        originally other others otherwise ourselves outcome outer output outputs outside outstanding over overall
        overflow overhead overlap overlapping overload overloads overridden override overrides overriding overview
        overwrite owner ownership owns package packages padding page pages pair pairs paragraph parallel parallelize
        param parameter parameters params parens parent parentheses parse parsed parser parses parsing part partial
        partially participants particular particularly parts party pass passed passes passing password past paste patch
        patent path paths pattern patterns payload payloads pbxuser peek peer pending people percent perform
        performance performed performing performs perhaps period permanent permanently permission permissions permit
        permitted perpetual persist persistent person personal persons perspectivev pertain phase phases phone physical
        pick piece ping pins pipe pipefail pipeline place placed placeholder places plain plan platform platforms play
        playground please pledge plist plugin plugins plus pods point pointee pointer pointers points policies policy
        pool populate port portal portion portions position positions positive posix possibility possible possibly post
        posting potential potentially power practical practice practices pragma precedence precise precision
        precondition predicate prefer preference preferred prefers prefix prefixed prefixes prepare prepend
        preprocessor presence present presented preserve preserved preserves pretty prev prevent prevents preview
        previous previously primarily primary primitive principal print printed printf printing prints prior prioritize
        priority privacy private probably problem problems process processed processes processing processor produce
        produced produces producing product production products profile profiling program programming progress project
        projects prominent promise propagate propagation proper properly properties property proposals proposed pros
        protected protocol protocols provide provided provider provides providing proxy pseudo pthread public publicly
        publish published publishing pull pure purely purpose purposes push pushed python qualified quality queries
        query question questions queue quick quickly quiet quite quote quoted quotes race radius radix raise raised
        random range ranges rather reach reached read readable reader reading readme reads ready real really realm
        reason reasonable reasonably reasons rebound receive received receives receiving recent recently recipients
        recommend recommended record recorded recording records recover recursion recursive recursively redirect reduce
        reduced redundant refer reference referenced references referencing refers reflect reflecting refs regard
        regarding regardless regex region regions register registered registering registers registration regression
        regular reject rejected rejects related relationship relative relaxed release released releases releasing
        relevant relies religion rely relying remain remainder remaining remains remember remote removal remove removed
        removes removing rename renamed render rendered rendering reopened repeat repeated repeatedly repeating replace
        replaced replacement replaces replacing repo report reported reporter reporting reports repositories repository
        represent represented representing represents reproduce reproducing reproduction request requested requesting
        requests require required requirement requirements requires requiring reserve reserved reset resize resolution
        resolve resolved resolves resolving resource resources respect respective respectively respects respond
        response responses responsible rest restart restore restriction result resulting results resume retain retained
        rethrows retrieve retrieved retrieves retroactive retry return returned returning returns reuse reused reveal
        reverse reversed review reviewed revision revisions right rights risk risks role room root round rounded route
        rows royalty ruby rule rules runner running runs runtime safe safely safety said same sample samples sanitize
        satisfy save saved says scalar scalars scale scan scanned scenarios schedule scheduled schema scheme scope
        scoped scratch screen screenshots script scripts search searching second seconds secret secrets section
        sections secure security seed seek seems seen segment select selected selection selector self sell semantic
        semantics semicolons semver send sendable sending sends sense sensitive sent separable separate separated
        separately separator sequence sequences sequentially serial serialize serialized serializer series serve server
        servers serves service services session sets setting settings setup seven several sexual sexualized shall shape
        share shared shares sharing shell shields shift shim short shorter shorthand should shouldn show showing shown
        shows shut shutdown side sign signal signals signature signed significant signing silently similar similarly
        simple simpler simplest simplified simplify simply simulate simulation simulator since single singleton site
        sites situation situations size sizes skip skipped skipping skips slash sleep slice slightly slow small smaller
        snapshot snippet snippets social socket software sole solely solid solution solve some someone something
        sometimes soon sort sorted soundness source sources space spaces span spans spdx spec special specialized
        specific specifically specified specifies specify specifying specs speed split splits square stability stable
        stack standalone standard standards start started starting starts startup state stated statement statements
        states static stating status stay stderr stdlib stdout step steps still stop stoppage stopped stopping stops
        storage store stored stores storing straight strategies strategy stream streaming streams strict strictly
        stride string strings strip stripped strong strongly struct structs structure structured structures stub stuff
        style styles subclass subdirectory subject sublicense submission submit submitted submitting subrange subscript
        subsequences subsequent subsequently subset substantial substring subtract succeed succeeded succeeds success
        successful successfully such sudo sufficient suffix suggest suggestion suitable suite summary super supersede
        supplied supply support supported supporting supports suppress sure surface suspicious swap swift swiftlang
        swiftlint swiftpm switch switching symbol symbols symlink sync synchronize synchronous syntax synthesized
        system systems table tables tabs tagged tags tail take taken takes taking target targeted targets task tasks
        team tear tell temp template templates temporarily temporary term terminal terminate terminated terminates
        terminating termination terminator terms test testable testables tested testing tests text textual than thanks
        that their them theme themselves then theory there therefore thereof these they thing things think third this
        those though thread threaded threads threatening three threshold threw through throughout throw throwing thrown
        throws thus time timed timeline timeout timer times timestamp timestamps timing tiny title today todo together
        toggle token tokens took tool toolchain tools topics tort total touch toward towards trace track tracked
        tracking tracks trade trademark trademarks trailing trait traits transaction transfer transform transformed
        transforms transition translate translation transparent transport treat treated tree tried tries trigger
        triggered triggering triggers trim trimmed trimming trip triple trivial trolling true truncating trust trying
        tuple tuples turn turns tvos twice twitter type typealias typed typedef types typical typically ubuntu uint
        unable unacceptable uname unavailable unchanged unchecked undefined under underlying underscore underscores
        understand unexpected unexpectedly unicode union unique uniquely uniquing unit units unix unkeyed unknown
        unlabeled unless unlike unlikely unlock unnecessary unowned unreachable unrelated unsafe unset unsigned
        unspecified unsupported until unused unwrap unwrapped upcoming update updated updates updating upgrade upload
        upon upper uppercase uppercased upstream usable usage used useful user username users uses using usually
        utilities utility utils uuid valid validate validated validates validating validation validity value values
        vapor variable variables variant variants various vector verbal verbose verification verified verifies verify
        verifying version versioning versions vertical very view views violation virtual visibility visible vision
        visit void volume vscode wait waiting waits want wanted wants warn warning warnings warranties warranty wasi
        wasm wasn watch watchos ways weak website weight weird welcome welcoming well went were what whatever when
        whenever where wherever whether which while white whitespace whitespaces whole whom whose wide width wiki
        wikipedia will window windows wire wish with within without word words work workaround workflow workflows
        working works workspace world worldwide worth would wrap wrapped wrapper wrappers wrapping wraps writable write
        writer writes writing written wrong xccheckout xcode xcodebuild xcodeproj xcprivacy xcrun xctest xcuserdata
        xcworkspace xmlns xswiftc yaml year years yield yields your yourself yyyy zero zone
        """
}
