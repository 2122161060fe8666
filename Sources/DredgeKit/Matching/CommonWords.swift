/// Words that values of real code are made of: a value mostly spelled in them (`youReallyNeedToChangeThis`,
/// `v2-release`, `MySuperSecretKey2024`) was typed by a person, where a random key is not: 12 random letters and digits
/// are half covered by these words about once in two thousand, 16 or more as good as never. The list is the 6,000
/// words of four letters or more (camelCase and snake_case split) found in the most of 169 real repositories' code:
/// the 160 Swift packages every build machine keeps and nine application repositories.
enum CommonWords {
    /// Whether words of the list, four letters or more, can cover at least half of the value's letters (any case; the
    /// best cover, so `PLandroidx` is `android`, not `plan`).
    static func readsAsWords<Bytes: Collection>(_ value: Bytes) -> Bool where Bytes.Element == UInt8 {
        let lowered = value.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }
        let letters = lowered.filter { $0 >= 97 && $0 <= 122 }.count
        guard letters >= 4 else { return false }
        // covered[i]: the most letters words can cover in the first i bytes.
        var covered = [Int](repeating: 0, count: lowered.count + 1)
        for end in 1...lowered.count {
            covered[end] = covered[end - 1]
            for length in stride(from: 4, through: min(longest, end), by: 1) where words.contains(key(lowered[(end - length)..<end])) {
                covered[end] = max(covered[end], covered[end - length] + length)
            }
        }
        return covered[lowered.count] * 2 >= letters
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
        aaaa aaaaa aarch abandon abandoned abbrev abbreviated abbreviation abcd abcde abcdef abcdefg ability able abort
        aborted aborting about above absence absent absolute absolutely abspath abstract abstraction abstractions abuse
        abusive accent accept acceptable acceptance accepted accepting accepts access accessed accesses accessible
        accessing accessor accessors accidental accidentally accommodate accompanied accompanying accomplished
        according accordingly account accounting accounts accumulate accumulated accumulates accumulating accumulator
        accuracy accurate accurately achieve achieved acknowledge acknowledged acquire acquired acquiring acquisition
        across acting action actions activate activated activates activation active actively activities activity actor
        actors acts actual actually adam adapt adapted adapter adapting added addendum adding addition additional
        additionally additions additive addr address addressable addressed addresses addressing adds adhere adheres
        adipiscing adjacent adjust adjusted adjusting adjustment adjustments admin adopt adopted adopters adopting
        adoption adopts advance advanced advances advancing advantage advantages advertise advertising advice advised
        advisories advisory affect affected affecting affects after afterwards again against agent agents aggregate
        aggregated aggregates aggregating aggregation aggressive agnostic agree agreed agreement ahead aimed aims ajax
        alert alex algorithm algorithms alias aliased aliases aliasing alice align aligned alignment aligns alive
        alleging alloc allocate allocated allocates allocating allocation allocations allocator allow allowed allowing
        allows almost alone along alongside alpha alphabet alphabetical alphanumeric already also alter altering
        alternate alternating alternative alternatives although altogether always amazon ambiguities ambiguity
        ambiguous amet among amount amounts ampersand analogous analysis analytics analyze analyzer analyzing ancestor
        anchor anchors andrew android angle animal animate animated animation animations annotate annotated annotation
        annotations announce annoying anon anonymous another ansi answer answering answers anymore anyone anything
        anyway anywhere apache apart apis apparent apparently appear appearance appeared appearing appears append
        appended appending appendix appends apple appletvos applicable application applications applied applies apply
        applying appointed approach approaches appropriate approved approximate apps april arbitrarily arbitrary arch
        architecture archive archives archiving area areas aren argc argparse args argument arguments argv aria arial
        arising arithmetic armv around arrange array arrays arrive arrived arrives arriving arrow article articles
        articulates artifact artifacts ascending ascii asdf aside asked asking asks aspect aspects assemble assembly
        assert asserted asserting assertion assertions asserts asset assets assign assigned assignees assigning
        assignment assignments assigns assistance assistant assisted associate associated association associative
        assume assumed assumes assuming assumption assumptions assure asterisk async asynchronous atom atomic
        atomically atomics atomos attach attached attaches attaching attachment attachments attack attacker attacks
        attempt attempted attempting attempts attention attoseconds attr attribute attributed attributes attribution
        attrs audience audio audit augmented austin auth authenticate author authority authorize authorized authors
        authorship auto autoclosure autocomplete autofocus automated automatic autos avail availability available
        average avoid avoided avoiding avoids await awaiting aware away awesome awkward azure back backed backend
        backends background backgrounds backing backlog backoff backport backpressure backslash backslashes backticks
        backtrace backup backward backwards badge badly bail balance balanced banana bananas band bandwidth bang banner
        bare barrier base based baseline baselines basename bases bash basic basically basics basis batch batched
        batches batching bbbb bear bearer bearing beat became because become becomes becoming beef beefy been before
        begin beginning begins behalf behave behaves behavior behaviors behaviour behind being believe belong belonging
        belongs below bench benchmark benchmarking benchmarks beneficial benefit benefits besides best beta better
        between beyond bgkqhki bias bigger biggest bigint binaries binary bind binding bindings binds bionic bitmask
        bits bitwise black blah blame blank blob block blocked blocking blockquote blocks blog blue blueprint blur bndl
        board bodies body bogus boilerplate bold bonus book books bool boolean booleans bools boom boost boot bootstrap
        border born borrow borrowed borrowing both bother bottom bound boundaries boundary bounded bounding bounds
        boxed boxes brace braces bracket brackets branch branches branching brand break breakage breaking breakpoint
        breakpoints breaks brew bridge bridges bridging brief briefly brightgreen bring brings broad broadcast broke
        broken brown browse browser browsers bubble bucket buckets buffer buffered buffering buffers bugfix buggy bugs
        build buildable buildables builder builders building builds built builtin builtins bulk bump bunch bundle
        bundled bundler bundles business busy button buttons bypass bypasses byte bytes cache cached caches caching
        caea calc calculate calculated calculates calculating calculation calculations calendar california call
        callable callback callbacks called callee caller callers calling calls came camel cancel canceled cancellable
        cancellation cancelled cancelling cancels candidate candidates cannot canonical cant capabilities capability
        capable capacity capital capitalize capitalized capped caps caption capture captured captures capturing card
        care careful carefully carriage carried carries carry carrying cartfile carthage cascade case cased cases
        casing cast caste casting casts catalog catalyst catch catches catching categories category caught cause caused
        causes causing caution cautious caveat caveats cccc cdata cdecl cdef ceil cell center centered central cert
        certain certainly certificate certificates certs cfbundle cflags chain chained chaining chains challenge
        challenges chance chances change changed changelog changes changing channel channels chapter char character
        characters charge chars charset chat chdir cheap cheaper check checkbox checked checker checking checklist
        checkout checkouts checks checksum child children chinese chmod choice choices chomp choose chooses choosing
        chose chosen chown chris chrome chunk chunked chunking chunks churn cipher circle circuit circular city claide
        claim claims clamp clamped clamping clang clarified clarify clarifying clarity clash class classes classic
        classifies classify clause clauses clean cleaned cleaner cleaning cleanly cleans cleanup clear cleared clearer
        clearing clearly clears click clicked clicking clicks client clients clip clock clone cloned cloning close
        closed closely closer closes closest closing closure closures cloud cluster clusters cmake coalesce coalescing
        cocoa cocoapods codable code codebase codec codecov coded coder codes coding coerce cold collapse collapsed
        collapsing collect collected collecting collection collections collector collects collide collision collisions
        colon colons color colored colors cols column columns combination combinations combine combined combines
        combining come comes coming comma command commands commas comment commented comments commercial commit commits
        committed committing common commonly communicate communicates communities community comp compact company
        comparable comparator compare compared compares comparing comparison comparisons compat compatible compilation
        compile compiled compiler compilers compiles compiling complaints complement complete completed completely
        completes completing completion completions complex complexity compliance compliant complicated complies
        compnerd component components composable compose composed composing composite composition compound compress
        compressed compression compressor compromise computation compute computed computer computes computing concat
        concatenate concatenated concatenates concept concepts conceptually concern concerns concise conclusion
        concrete concurrency concurrent concurrently cond condition conditional conditionals conditions conduct conf
        confident config configs configurable configure configured configures configuring confirm confirmation
        confirmed confirms conflict conflicting conflicts conform conformance conformances conforming conforms confused
        confusing confusion conjunction conn connect connected connecting connection connections connects cons
        consectetur consecutive consequence consequences conservative consider considered considering considers consist
        consistency consistent consistently consisting consists console const constant constants constitutes constrain
        constrained constraint constraints construct constructed constructing construction constructive constructor
        constructors constructs construed consult consume consumed consumer consumers consumes consuming consumption
        cont contact contacting contain contained container containers containing contains content contents context
        contexts contextual contiguous continuation continue continued continues continuing continuous continuously
        contract contrary contrast contribute contributed contributes contributing contribution contributor
        contributors contributory control controlled controller controllers controlling controls conv convenience
        convenient convention conventional conventions conversation conversion conversions convert converted converter
        convertible converting converts cookie cookies cool coordinate coordinates copied copies copy copyable copying
        copyright core corelibs cores corner correct corrected correction corrective correctly correctness correspond
        corresponds corrupt corrupted corruption cors cost costs could couldn count countable counted counter
        counterclaim counterpart counterparts counters counting country counts couple course covenant cover coverage
        covered covering covers cplusplus crafted crash crashed crashes crashing create created creates creating
        creation creator credential credentials credit credits criteria critical criticism crlf cron cross crossing
        crucial crypto cryptography ctrl ctype cumulative curl curly curr currency current currently cursor curve
        custom customary customer customizable customize customized customizing cyan cycle cycles cyclic cyclomatic
        daily damage damages dance danger dangerous dangling daniel dark darwin dash dashboard dashes data database
        databases datagram dataset datatracker date dates datetime david days deactivate dead deadline deadlock
        deadlocks deal dealing dealings deallocate deallocated deals death debian debounce debug debugger debugging
        december decide decided decides deciding decimal decimals decision decisions decl declaration declarations
        declare declared declares declaring decls decodable decode decoded decoder decoders decodes decoding decomposed
        decompress decoration decrease decreasing decrement decremented decrypt dedicated deem deemed deep deeper
        deeply default defaulted defaulting defaults defend defer deferred defers define defined defines defining
        definitely definition definitions deflate defs degree degrees deinit deinitialize deintegrate delay delayed
        delays delegate delegates delegating delete deleted deletes deleting deletion deletions deliberate deliberately
        delimited delimiter delimiters deliver delivered delivering delivers delivery delta demand demo demonstrate
        demonstrated demonstrates denied denote denoted denotes deny depend dependabot dependence dependencies
        dependency dependent dependents depending depends deploy deployed deployment deployments deprecate deprecated
        deprecation deprecations deps depth deque dequeue dequeued derivation derivations derivative derive derived
        derives deriving derogatory desc descendant descendants descending describe described describes describing
        description descriptions descriptive descriptor descriptors deserialize deserialized deserializer design
        designated designed desirable desired desktop despite dest destination destinations destroy destroyed
        destroying destroys destruction destructor detach detached detail detailed details detect detected detecting
        detection detector detects determine determined determines determining devcontainer develop developed developer
        developers developing development deviation device devices dfff diagnose diagnostic diagnostics diagram dialect
        dialog dict dictionaries dictionary didn diff differ difference differences different differently differing
        differs difficult digest digit digital digits dimension dimensions direct directed direction directions
        directive directives directly directories directory directs dirname dirs dirty disability disable disabled
        disables disabling disallow disallowed disallows disambiguate disappear discard discardable discarded
        discarding discards disclaimed disclaimer disclosure disconnect disconnected discord discordchat discouraged
        discover discovered discovery discuss discussed discussing discussion discussions disfavored disjoint disk
        dispatch dispatched dispatches dispatching display displayed displaying displays dispose disposition dist
        distance distances distant distinct distinction distinguish distribute distributed distribution dive diverse
        diversity divide divided dividing divisible division divisor docc docker dockerfile docs doctype document
        documented documenting documents does doesn doesnt doing dollar dolor domain domains done dont dots dotted
        double doubled doubles doubling doubt down downcast download downloaded downloader downloading downloads
        downstream dplatforms dqyj draft drain drained draining drains draw drawing drive driven driver drivers drives
        drop dropdown dropped dropping drops dswift dsym dual dumb dummy dump dumps duplex duplicate duplicated
        duplicates duplicating duplication duration during dwarf dword dylib dynamic dynamically each eafa eagain eager
        eagerly earlier earliest early earth ease easier easiest easily east easy ecdsa echo echoed economic ecosystem
        edge edges edit editable edited editing edition editor editorconfig editorial editors edits education eeee
        effect effective effectively effects efficiency efficient efficiently effort efgh eight eintr einval either
        elaborations elapsed elect electronic elem element elements elems elif eligible eliminate eliminates
        eliminating elit ellipsis else elseif elsewhere email emails embed embedded embedding emission emit emits
        emitted emitting emoji empathy emphasis employee employees empty emulate enable enabled enables enabling
        encapsulate encapsulates enclosed enclosing encodable encode encoded encoder encoders encodes encoding
        encodings encounter encountered encountering encounters encourage encouraged encrypt encrypted encrypting
        encryption ended endfunction endian endianness endif ending endings endpoint endpoints ends endswith enforce
        enforced enforcement enforces enforcing engine engines english enhance enhanced enhancement enhancements enoent
        enough enqueue enqueued ensure ensures ensuring enter entered entering enters entire entirely entirety entities
        entity entries entry entrypoint enum enumerable enumerate enumerated enumerating enumeration enumerations
        enumerator enums envelope environment environments eperm ephemeral episode episodes epoch equal equality
        equally equals equatable equivalence equivalent equivalently equivalents erase erased eraser erases erasing
        erasure ergonomic errno error errorcheck errored errors esac escapable escape escaped escapes escaping
        especially essential essentially essentials establish established establishes establishing estimate estimated
        etag ethnicity ethon eval evaluate evaluated evaluates evaluating evaluation evans even evenly event events
        eventual eventually ever every everyone everything everywhere evil evolution evolve exact exactly examine
        example examples exceed exceeded exceeding exceeds except exception exceptions excess excessive exchange
        exchanged exclude excluded excludes excluding exclusion exclusive exclusively exclusivity exec executable
        executables execute executed executes executing execution executions executor exemplary exercise exercises
        exercising exhausted exhaustion exhaustive exhaustively exist existed existence existent existential
        existentials existing exists exit exited exiting exits expand expanded expanding expands expansion expect
        expectation expectations expected expecting expects expensive experience experiences experiment experimental
        expiration expire expired expires explain explained explaining explains explanation explicit explicitly explore
        exploring exponent exponential exponents export exported exporter exporting exports expose exposed exposes
        exposing expr express expressed expressible expressing expression expressions expressive extend extended
        extending extends extensible extension extensions extensive extent extern external externally extra extract
        extracted extracting extraction extractor extracts extraneous extras extreme extremely face facilitate
        facilitates facilities facing fact factor factories factors factory fade fail failable failed failing fails
        failure failures fair fairly faith fake fall fallback falling falls fallthrough false falsy familiar family
        fancy fapi fashion fast faster fastest fastlane fatal fault favor favorite fbadge fclose fcntl feat feature
        featured features february feed feedback feeding feeds feel feff fetch fetched fetches fetching fewer fffd fffe
        ffff ffffff fflush field fields fieldset fifo fifth fifty figure file filed filename filenames fileno filepath
        fileprivate files filesystem filing fill filled filling fills filter filtered filtering filters final finalize
        finalized finalizes finalizing finally find finding finds fine finish finished finishes finishing finite fire
        fired fires firing first fish fitness fits five fixed fixes fixing fixme fixture fixtures flag flagged flags
        flash flat flatten flattened flattens flavor flavors flex flexibility flexible flight flip flipped float
        floating floats floor flow flows fluent flush flushed flushes flushing fmwk focal focus focused focuses
        focusing fold folded folder folders folding follow followed following follows font fonts foobar food footer
        footprint fopen forbid forbidden forbids force forced forces forcing foreach foreground foreign forever forget
        forgot fork forked forks form format formation formats formatted formatter formatters formatting formed former
        forms formula forth fortunately forum forums forward forwarded forwarding forwards fostering found foundation
        four fourflusher fourth fpackages fraction fractional fragile fragment fragments frame frames framework
        frameworks framing francisco fread free freebsd freed freeing freely frees frequency frequent frequently fresh
        freshly friend friendly friends from front frontend frozen fruit fstat fswift ftype fulfill fulfilled
        fulfillment full fully func funcs function functional functionally functions fundamental furnished further
        furthermore future futures fuzz fuzzing fuzzy fwrite gain gains game garbage gate gated gateway gather gathered
        gathering gave gemfile gender general generalized generally generate generated generates generating generation
        generator generators generic generics george german getenv getpid gets getter getters getting gist github
        gitignore gitlab give given gives giving glibc glob global globally globals gmail goal goals goes going gone
        good goodbye goods goodwill google goto governed governing grab graceful gracefully gradient grained grammar
        grand grandchild grant granted granting grants granular graph grapheme graphics graphs gray great greater
        greatest greatly green greeting gregorian grep grid grossly ground group grouped grouping groups grow growing
        grows growth grpc guarantee guaranteed guarantees guard guarded guards guess guest guid guidance guide
        guidelines guides gwynne gzip hack hacks half halt halves hand handed handful handing handle handled handler
        handlers handles handling hands handshake handy hang happen happened happening happens happy harassing
        harassment hard hardcoded harder hardware harmful harmless harness hash hashable hashed hasher hashes hashing
        hasn hatch have haven having head header headers heading headings heads health healthy heap hear heard heart
        heavily heavy height held hello help helper helpers helpful helps helvetica hence here hereby herein hero
        hesitate heuristic heuristics hexadecimal hidden hide hides hiding hidpi hierarchical hierarchy high higher
        highest highlight highlighted highlighting highlights highly hint hints histogram historical history hits
        hitting hmac hmap hold holder holders holding holds hole home homebrew homepage homogeneous honor honored
        honors hood hook hooks hope hopefully horizontal host hosted hosting hostname hostnames hosts hour hours house
        hover howdy however href html http httpclient https huge human humans hummingbird hundreds hybrid hyper hyphen
        hypothetical iana icon icons idea ideal ideally ideas idempotent ident identical identically identifiable
        identified identifier identifiers identifies identify identifying identities identity idiom idiomatic idle ieee
        ietf ifdef ifndef iframe ignore ignored ignores ignoring ihvc illegal illustrate illustrates image imagery
        images imagine immediate immediately immutable impact impl implement implemented implementing implementors
        implements implications implicit implicitly implied implies imply import importance important importantly
        imported importer importing imports imposed imposes impossible improve improved improvement improvements
        improves improving inability inaccessible inaccurate inactive inbound incident incidental include included
        includes including inclusion inclusive incoming incompatible incomplete inconsistent incorporate incorporated
        incorrect incorrectly increase increased increases increasing incredibly increment incremental incremented
        incrementing increments incubation incur incurred incurs indeed indefinitely indemnify indemnity indent
        indentation indented indenting indents independent index indexed indexes indexing indicate indicated indicates
        indicating indication indicator indicators indices indirect indirectly individual individually individuals
        inefficient inequality inet infer inference inferred infinite infinity infix info infoplist inform information
        informative informs infos infringed infringement inherent inherently inherit inheritance inherited inheriting
        inherits init initial initialise initialiser initialize initialized initializer initializers initializes
        initializing initially initiate initiated initiates inits inject injected injecting injection injects inlinable
        inline inlined inlining inner inout input inputs insecure insensitive insert inserted inserting insertion
        insertions inserts inset inside inspect inspected inspecting inspection inspector inspiration inspired install
        installation installed installer installing installs instance instanceof instances instant instantiate
        instantiated instantly instead institute instr instruct instruction instructions instructs instrument
        instruments insufficient insulting intact integer integers integral integrate integrated integrates integrating
        integration integrations integrity intel intend intended intent intention intentional inter interact
        interacting interaction interactions interactive intercept intercepted interest interested interesting
        interface interfaces interior interleave interleaved interleaving intermediary intermediate internal internally
        internals internet interop interpolated interpret interpreted interpreting interprets interrupt interrupted
        interruption intersect intersection interval intervals into intptr intro introduce introduced introduces
        introducing introduction ints intuitive invalid invalidate invalidated invariant invariants inverse inversion
        invert inverted investigate investigated invisible invite invocation invocations invoke invoked invokes
        invoking involve involved involves involving iphone iphoneos ipproto ipsum irrelevant irrevocable isolate
        isolated isolation issue issuecomment issued issuer issues issuing italic itanium item items iter iterable
        iterate iterated iterates iterating iteration iterations iterator iterators itself jack james jammy jane
        january japanese java javascript jazzy jemalloc jitter jobs john johnno join joined joiner joining joins
        journal jpeg jquery json judge july jump jumps june junk just justify keep keeping keeps kept kern kernel
        kernels keyboard keyed keygen keypath keys keyword keywords kick kill kilo kind kinds king know knowing
        knowledge known knows kubernetes kyle label labeled labels lack lacking lacks ladder lambda land landing lands
        lane lang language languages large largely larger largest last lastly late latency later latest latin latitude
        latter launch launcher launching lawsuit layer layers layout layouts lazily lazy lcov lead leaders leadership
        leading leads leaf leak leaked leaking leaks learn learned learning least leave leaves leaving left leftover
        legacy legal legend length lengths lenient less lesser lets letter letters letting level levels leverage lexer
        lexical liability liable libc libdispatch libjemalloc libpthread libraries library libs libswift licensable
        license licensed licenses licensor lies life lifecycle lifetime lifetimes lift lifting light lightgrey
        lightweight like likely likewise limit limitation limitations limited limiting limits line linear linearly
        lines linguist link linkage linked linker linking links lint linter linting linux list listed listen listener
        listening listens listing lists lite literal literally literals litigation little live lived lives lldb llvm
        load loaded loader loading loads lobanov local locale localhost locality localized locally locals locate
        located location locations locator lock locked locking locks logged logger logging logic logical logically
        login logo logout logs long longer longest longitude look looked looking looks lookup lookups loop loopback
        looping loops loosely lorem lose loses losing loss losses lossless lossy lost lots love lower lowercase
        lowercased lowercases lowest luck lucky mach machine machinery machines macho macos macosx macro macros made
        magenta magic magnitude mail mailfilter mailing mailmap mailto main mainly maintain maintained maintainer
        maintainers maintaining maintains maintenance major majority make makefile makes making malformed malfunction
        malicious malloc manage managed management manager managers manages managing mandate mandatory mangled mangling
        manifest manifests manipulate manipulated manipulating manipulation manner manual manually many mapped mapping
        mappings maps march margin maria mark markdown marked marker markers marketing marking marks markup mask masked
        masking masks massive master match matched matcher matches matching material materialize materials math matrix
        matt matter matters maxim maximal maximum maybe mean meaning meaningful meaningless means meant meanwhile
        measure measured measurement measurements measures measuring mechanical mechanism mechanisms media medium meet
        meets mega megabytes member members membership memcmp memcpy memory memset menlo mention mentioned menu merely
        merge merged merges merging mess message messages messaging meta metadata metal metatype method methods metric
        metrics michael micro microseconds microsoft middle middleware midnight might migrate migrated migrating
        migration migrations million millisecond milliseconds mime mimics mind mini minimal minimize minimized minimum
        minitest minor minus minute minutes mirror mirroring mirrors misc misleading mismatch mismatched mismatches
        mismatching miss misses missing misspelled mistake mistakes misuse mitigate mitlicense mixed mixin mixing mkdir
        mktemp mobile mock mocking mocks modal mode model modeled modeling models moderation modern modes modification
        modified modifier modifiers modifies modify modifying modular module modulemap modules modulo mokay molinillo
        moment monday monitor monitoring monotonic month months more most mostly motivated motivation mount mounted
        mouse move moved moves moving mozilla msgsend msvc much multi multibyte multiline multipart multiple multiplied
        multiplier multiplies multiply multiplying musl must mutable mutate mutated mutates mutating mutation mutations
        mutex mutexattr mutual mutually mysql naive naively name named namely names namespace namespaced namespaces
        naming nanaimo nano nanosecond nanoseconds narrow nationality native natively natural naturally nature navigate
        navigating navigation navigator near nearest nearly necessarily necessary need needed needing needle needs
        negate negated negation negative negligence negligent negotiate negotiated negotiation neither nektos nelse
        ness nest nested nesting netrc network networking networks neutral never newer newest newline newlines newly
        news next nginx nice nicely nicer night nightly nils nimble nine ninja niohttp niossl nnnn noasync noble nobody
        node nodes noescape noise nominal nomura nonblock nonce none nonempty nonexistent nonisolated nonlocalized
        nonmutating nonnull nonsending nonzero noop nope noreply norio norm normal normalize normalized normalizes
        normally north notable notably notation note noted notes nothing notice noticed notices notification notified
        notifies notify noting notion november nowhere nowrap nsec nsurl null nullability nullable nulls number
        numbered numbers numeric numerical numerics oauth objc object objective objects obligated obligations
        observable observation observe observed observer observers observing obsolete obtain obtained obtaining obtains
        obvious obviously occasionally occupy occur occured occurred occurrence occurrences occurring occurs octal
        octet octets october offensive offer offered offering offers official officially offline offset offsets often
        okay older oldest omit omits omitted omitting once onerror ones ongoing online only onone onto oops opacity
        opaque opcode open openapi openbsd opened opener opening opens opensource openssl operand operands operate
        operates operating operation operational operations operator operators opinion opinions opportunity opposed
        opposite opted optimal optimization optimize optimized optimizer optimizing option optional optionally
        optionals options opts orange order ordered ordering orders ordinal ordinary ordo organization organize
        organized organizer orientation oriented orig origin original originally originate originating origins orphan
        orphans other others otherwise ought ours ourselves outbound outcome outcomes outdated outer outermost outgoing
        outlet outline outlined outlive output outputs outside outstanding over overall overflow overflowed overflowing
        overflows overhead overlap overlapping overlaps overlay overload overloaded overloads overlong overridable
        overridden override overriden overrides overriding overview overwrite overwrites overwriting overwritten owned
        owner owners ownership owning owns pack package packages packaging packed packet packets padded padding page
        pager pages pagination paid pain pair paired pairing pairs panel paper paragraph paragraphs parallel
        parallelize param parameter parameters params paren parens parent parentheses parenthesis parents parity park
        parsable parse parseable parsed parser parsers parses parsing part partial partially participants participate
        particular particularly parties partition partitions partner parts party pascal pass passed passes passing
        passthrough password passwords past paste patch patches patent path pathname paths pattern patterns pause
        paused paying payload payloads payment pbxuser peak peek peer peers pending people percent percentage perf
        perfect perfectly perform performance performant performed performing performs perhaps period periodic
        periodically periods perm permanent permanently permission permissions permissive permit permits permitted
        permutations perpetual persist persisted persistent persists person personal persons perspective perspectivev
        pertain peter pets phase phases phone phony photo phrase physical pick picked picking picks picture piece
        pieces ping pink pinned pins pipe pipefail pipeline pipelines pipes pivot pixel pixels place placed placeholder
        placeholders placement places placing plain plaintext plan plane planet planned planning plans plastic platform
        platforms play player playground playgrounds playing please pledge plist plug plugin plugins plural plus
        podfile pods podspec point pointed pointee pointer pointers pointfree pointfreeco pointing points policies
        policy political poll polling polyfill pool pooling pools poor poorly popped popular populate populated
        populates populating porcelain port portable portal portion portions ports position positional positioned
        positions positive positives posix possibility possible possibly post postal posted poster postfix postgre
        postgres postgresql posting posts potential potentially power powered powerful powers practical practically
        practice practices pragma preamble precede preceded precedence precedes preceding precise precisely precision
        precondition predefined predicate predicates predict predictable prefer preferable preference preferences
        preferred prefers prefetch prefix prefixed prefixes prefixing preload prematurely prep preparation prepare
        prepared prepares preparing prepend prepended prepending prepends preprocessor prerelease presence present
        presentation presented presents preservation preserve preserved preserves preserving preset press pressure
        presumably pretend pretty prev prevent prevented preventing prevents preview previews previous previously price
        primarily primary prime primitive primitives principal principle principles print printable printed printer
        printf printing prints prior prioritize priority privacy private privately privilege privileges probability
        probably probe problem problematic problems proc procedure proceed proceeding proceeds process processed
        processes processing processor processors procurement prod produce produced producer produces producing product
        production products profdata professional profile profiler profiles profiling profits program programmer
        programmers programming programs progress prohibited project projected projection projects prominent promise
        promised promises promote promoted prompt promptly prone proof prop propagate propagated propagates propagating
        propagation proper properly properties property proposal proposals propose proposed props pros protect
        protected protecting protection protects proto protobuf protocol protocols prototype prototypes prove proves
        provide provided provider providers provides providing proving provisioning proxies proxy prune pseudo pthread
        pton public publication publications publicly publish published publisher publishes publishing pull pulled
        pulling pulls punctuation pure purely purge purple purpose purposes push pushed pushes pushing puts putting
        python quadratic qualified qualifier qualify quality quantity quarter queried queries query querying question
        questions queue queued queues quick quickly quiet quit quite quot quota quotation quote quoted quotes quotient
        quoting qutheory race races radial radio radius radix raise raised raises raising random randomly randomness
        range ranges rank rapid rare rarely rate rather ratio rationale rdar reach reachable reached reaches reaching
        react reactive read readability readable reader readers reading readme readonly reads readthedocs ready real
        reality really realm realpath reason reasonable reasonably reasoning reasons rebasing rebound rebuild receipt
        receive received receiver receives receiving recent recently recipients recognize recognized recommend
        recommended reconstruct record recorded recorder recording records recover recoverable recovered recovering
        recovery recreate rect recurse recursion recursive recursively recv redacted redirect redirected redirection
        redirects redistribute reduce reduced reducer reduces reducing reduction redundant reentrancy reentrant
        refactor refactored refactoring refer reference referenced references referencing referred referring refers
        refine refined refines reflect reflected reflecting reflection reflects refresh refs refuse refused regard
        regarding regardless regenerate regex regexp region regions register registered registering registers
        registration registries registry regression regressions regular regularly reject rejected rejecting rejection
        rejects relate related relating relation relations relationship relative relatively relax relaxed release
        released releases releasing relevant reliable reliably relies religion reload reloading rely relying remain
        remainder remaining remains remark remember remote removable removal removals remove removed removes removing
        rename renamed renames renaming render rendered renderer rendering renders reopened reorder reordered repeat
        repeated repeatedly repeating repeats repetition replace replaceable replaced replacement replacements replaces
        replacing replay replicate replies reply repo report reported reporter reporting reports repos repositories
        repository repr represent represented representing represents reproduce reproduced reproduces reproducible
        reproducing reproduction request requested requesting requests require required requirement requirements
        requires requiring rerun research reserve reserved reserves reset resets resetting reside resilient resize
        resized resizing resolution resolve resolved resolver resolves resolving resource resources resp respect
        respected respectful respective respectively respects respond responded responder responding responds response
        responses responsible responsive rest restart restarted restarts restore restored restores restoring restrict
        restricted restriction restrictions restrictive restricts result resulted resulting results resume resumed
        resumes resuming retain retained retaining retains rethrow rethrows retried retries retrieval retrieve
        retrieved retrieves retrieving retroactive retry retrying return returned returning returns reusable reuse
        reuseaddr reused reuses reusing reveal reverse reversed reverses revert review reviewed reviews revised
        revision revisions revisit revs rewind rewrite rewriting rewritten rexml rich right rights ring riscv risk
        risks robert robin robust role roles roll rollback rolled rolling room root rooted roots rotate rotation rouge
        roughly round rounded rounding rounds roundtrip route routed router routes routine routing rows royalty rpath
        rsync ruby rubygems rule rules runnable runner running runpath runs runtime runtimes rust sadly safari safe
        safely safer safety said sake salt same sample sampled samples sampling sandbox sandboxing sanitize sanitized
        sanitizer sanity sans satisfied satisfies satisfy satisfying save saved saves saving says scalar scalars scale
        scaled scales scaling scan scanned scanner scanning scans scenario scenarios scene schedule scheduled scheduler
        schedules scheduling schema schemas scheme schemes school science scope scoped scopes scoping score scratch
        screen screenshot screenshots script scripts scroll sdkroot search searched searches searching second secondary
        seconds secret secrets secs section sections secure security seed seeded seeing seek seeking seem seems seen
        sees segment segments select selectable selected selecting selection selectively selector selectors selects
        self sell semantic semantically semantics semaphore semi semicolon semicolons semver send sendable sender
        sending sends sense sensible sensitive sent sentence sentinel separable separate separated separately separates
        separating separation separator separators sequence sequences sequential sequentially serial serializable
        serialize serialized serializer serializes serializing series serif serious serve served server servers serves
        service services serving session sessions setenv sets setter setters setting settings settype setup seven
        several severity sexual sexualized shadow shadowed shall shallow shape share shared shares sharing shasum sheet
        shell shellcheck shields shift shifted shifting shifts shim shims ship shipped shipping ships short shortcut
        shorter shorthand shortly shot should shouldn show showing shown shows shrink shuffle shuffled shut shutdown
        shuts shutting sibling siblings side sidebar sides sigint sign signal signaled signaling signalled signals
        signature signatures signed significand significant signing signs sigterm silence silent silently silicon silly
        simctl similar similarity similarly simple simpler simplest simplicity simplified simplifies simplify simply
        simulate simulated simulates simulation simulator simultaneous since single singleton singletons singular sink
        site sites sits sitting situation situations size sized sizeof sizes sizing skip skipped skipping skips slack
        slash slashes sleep sleeping sleeps slice sliced slices slide sliding slight slightly slot slots slow slower
        slowly slows small smaller smallest smart smith smooth snake snapshot snapshots snippet snippets social socio
        sock socket sockets socks soft software sole solely solid solution solutions solve solves some somehow someone
        something sometimes somewhat somewhere soon sorry sort sorted sorting sorts sound soundness sounds source
        sourcecode sourced sources space spaces spacing span spanning spans sparse spawn spawned spdx speaking spec
        special specialize specialized specific specifically specified specifier specifiers specifies specify
        specifying specs speech speed speeds spell spelled spelling spend spent spin spinner spirit splice split splits
        splitting spot spotlight spread spurious sqlite sqrt square squash srcset srwlock sswg stability stable stack
        stacks stage stages staging stale stamp stand standalone standard standardized standards stands star start
        started starter starting starts startup stash stat state stated stateful stateless statement statements states
        static statically stating statistics stats status statuses stay stays stdbool stddef stderr stdin stdint stdio
        stdlib stdout step stephen stephencelis steps stick sticky still stmt stop stoppage stopped stopping stops
        storage store stored stores storing story straight strange strategies strategy strdup stream streamed streaming
        streams street strequal strerror stress strftime strict stricter strictly stride strideable string stringify
        strings strip stripped stripping strips strlen stroke strong strongly struct structs structural structure
        structured structures strut stub stubs stuck studio stuff style styles stylesheet styling subclass subclasses
        subcommand subcommands subdir subdirectory subdomain subfolder subject sublicense submission submit submitted
        submitting submodule submodules subpath subprocess subrange subscribe subscribed subscriber subscribers
        subscript subscripting subscription subscripts subsequence subsequences subsequent subsequently subset
        substantial substitute substitution substr substring substrings subsystem subtle subtract subtracting
        subtraction subtracts subtree subtype subtypes succeed succeeded succeeding succeeds success successful
        successfully successive successor such sudo sufficient suffix suffixed suffixes sugar suggest suggested
        suggestion suggestions suggests suit suitable suite suited suites summary sums super superclass superfluous
        supersede superseded superset supplied supplies supply supplying support supported supporting supports suppose
        supposed suppress suppressed suppresses sure surface surfaced surfaces surprising surprisingly surrogate
        surrogates surrounded surrounding survive suspend suspended suspending suspends suspension suspicious sustained
        swap swapped swapping swaps swift swiftc swiftci swiftdoc swiftformat swiftlang swiftlint swiftly swiftmodule
        swiftpm swifty switch switched switches switching symbol symbolic symbolkit symbols symlink symlinks symmetric
        sync synchronize synchronized synchronous syntactic syntax syntaxes synthesize synthesized synthetic syscall
        syscalls system systems table tables tabs tackle tagged tagging tags tail take taken takes taking talk talking
        target targeted targeting targets task tasks tbody team teams tear teardown tech technical technically
        technique techniques technology tell tells temp temperature template templates templating temporal temporarily
        temporary tend term terminal terminate terminated terminates terminating termination terminator terminology
        terms ternary test testability testable testables testcase tested tester testing tests text textarea texts
        textual tfoot than thank thanks that thead their them theme themselves then theory there therefore thereof
        these they thin thing things think thinking third this those though thought thousand thread threaded threading
        threads threatening three threshold thresholds threw throttle through throughout throughput throw throwing
        thrown throws thumb thumbnail thumbnails thunk thus tick ticket ticks tied tier tight tilde time timed timeline
        timeout timeouts timer timers times timespec timestamp timestamps timezone timing tiny tion tips title titles
        tmpdir today todo together toggle token tokenize tokenizer tokens told tolerance tolerate tolerated tolerates
        tolower took tool toolchain toolchains tooling tools topic topics toplevel torn tort total totally totals touch
        touched touches touching tour toward towards town trace traced tracer traces tracing track tracked tracker
        tracking tracks trade trademark trademarks traditional traffic trailer trailing trait traits transaction
        transactions transfer transferred transferring transfers transform transformed transforming transforms
        transient transition transitioned transitions transitive translate translated translates translating
        translation translations transmitted transparent transport transports trap trapping traps trash trashes
        traversal traverse traversed traverses traversing travis treat treated treating treatment treats tree trees
        trick tricks tricky tried tries trigger triggered triggering triggers trim trimmed trimming trims trip triple
        triples tripped tripping trips trivial trivially trolling trouble true truly trunc truncate truncated truncates
        truncating truncation trunk trust trusted truth truthy trying tune tuple tuples turn turned turning turns
        tutorial tutorials tvos tweak twice twitter type typealias typealiases typed typedef typename typeof types
        typhoeus typical typically typing typo typos tzinfo ubuntu ucrt ugly uint uintptr ultimately umbrella unable
        unacceptable unaffected unaligned uname unary unauthorized unavailable unbalanced unbind unbounded unbuffered
        unchanged unchecked unclear unclosed uncomment uncommon uncompressed unconsumed undeclared undef undefined
        under underflow underline underlying underneath underscore underscored underscores understand understands
        understood undesirable undo undocumented unequal unescaped unethical unexpected unexpectedly unfair unfinished
        unfortunate unfulfilled unguarded unhandled unicode unified uniform union uniq unique uniqued uniquely
        uniqueness uniquing unistd unit united units universal universe unix unkeyed unknown unlabeled unless unlike
        unlikely unlimited unlink unlock unlocked unmanaged unmatched unmodified unnamed unnecessary unneeded unordered
        unowned unpack unprocessed unqualified unquoted unreachable unread unreadable unrecognized unregister
        unregistered unrelated unreleased unresolved unretained unsafe unsafely unset unsigned unsolicited unsorted
        unspecified unstable unstructured unsuccessful unsupported unsure unterminated until untouched untrusted
        untyped unused unusual unverified unwanted unwelcome unwrap unwrapped unwrapping unwraps unzip upcoming update
        updated updates updating upgrade upgraded upgrades upgrading upload uploaded upon upper uppercase uppercased
        upsert upstream uptime upwards urlencoded urls usability usable usage usages usec used useful useless user
        username users uses using usual usually util utilities utility utilize utilizes utilizing utils uuid valid
        validate validated validates validating validation validations validator validators validity vals valuable
        value valued values vapor variable variables variadic variant variants variation variations varied varies
        variety various vars vary varying vast vector vectors vended vendor vendored verb verbal verbatim verbose
        verbosity verification verified verifier verifies verify verifying versa version versioning versions versus
        vertical very viable vice video videos view viewed viewing viewpoints viewport views violate violated violates
        violating violation violations virtual visibility visible vision visionos visit visited visiting visitor visits
        visual visualize visually void volatile volume volumes vscode wait waited waiter waiters waiting waits wake
        wakeup walk walking walks wall want wanted wants warm warn warning warnings warns warranties warranty wasi wasm
        wasn wasting watch watched watchos water watermark ways wchar weak webhook webkit website websites websocket
        week weekly weight weights weird welcome welcoming well went were weren west what whatever whatsoever whatwg
        when whenever where whereas wherever whether which whichever while white whitelist whitespace whitespaces whole
        wholemodule whom whoops whose wide widely wider widget width widths wiki wikipedia wild wildcard wildcards will
        williams willing window windows wins wire wise wish wishes with within without witness word words work
        workaround workarounds workdir worked worker workers workflow workflows working workload works workspace world
        worldwide worry worse worst worth would wouldn wrap wrapped wrapper wrappers wrapping wraps writable write
        writer writers writes writing written wrong wrote xargs xccheckout xcconfig xcode xcodebuild xcodeproj xcpretty
        xcprivacy xcrun xctest xctimeline xcuserdata xcuserstate xcworkspace xfrontend xhtml xlink xlinker xmlns
        xswiftc xxxx xxxxxx yaml year years yellow yield yielded yielding yields yoda york young your yourself yyyy
        zero zeroes zeros zlib zone zones zoom
        """
}
