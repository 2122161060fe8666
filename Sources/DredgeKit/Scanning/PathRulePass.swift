import Dispatch
import Git
import Synchronization

/// Runs the path rules on (path, blob) pairs: a `.env` deleted years ago is still found, at every path it had. Only
/// pairs where some rule's globs match the path count (`owed`). A full-history scan runs most of them while its
/// workers hold the blob (`PathRuleSchedule`); this pass reads again only the blobs left over, in pack order with
/// `PackReader`s where `listing` places them, by `jobs` workers (data stores can be large), each with its own
/// repository handle and matcher.
struct PathRulePass {
    let gitDirectory: String
    let compiled: CompiledRules
    let maxBlobSize: Int
    var jobs: Int
    var listing: ObjectListing? = nil

    /// Runs the path rules on each blob at those of its paths that some rule's globs match.
    func matches(_ blobPaths: some Sequence<(ObjectID, [String])>) -> (matches: [Match], errors: [String]) {
        matches(owed: Self.owed(blobPaths, compiled: compiled))
    }

    /// Of each blob's paths, those some path rule's globs match, sorted and without repeats; blobs left with none
    /// are left out.
    static func owed(_ blobPaths: some Sequence<(ObjectID, [String])>, compiled: CompiledRules) -> [(ObjectID, [String])] {
        let globs = PathGlobs(compiled.pathRules.flatMap { compiled.rules[$0].paths })
        guard !globs.isEmpty else { return [] }
        var decided: [String: Bool] = [:]  // a path is in many blobs' appearances: match its globs once
        func wanted(_ path: String) -> Bool {
            if let known = decided[path] { return known }
            let answer = globs.matchAny(path)
            decided[path] = answer
            return answer
        }
        return blobPaths.compactMap { blob, paths in
            let paths = Set(paths.filter(wanted)).sorted()
            return paths.isEmpty ? nil : (blob, paths)
        }
    }

    typealias Found = (matches: [Match], errors: [String])
    private typealias Work = (blob: ObjectID, paths: [String], location: ObjectListing.Location?)

    /// `owed(_:compiled:)` for the blobs of a history's appearance index: the globs are asked once per path, not once
    /// per appearance, and only blobs some of whose paths they match are listed (making every blob's path list took a
    /// second of a git/git scan, twice).
    static func owed(_ index: AppearanceIndex, compiled: CompiledRules) -> [(ObjectID, [String])] {
        let globs = PathGlobs(compiled.pathRules.flatMap { compiled.rules[$0].paths })
        guard !globs.isEmpty else { return [] }
        return index.appearances.blobPaths(where: globs.matchAny)
    }

    /// Reads each blob of `owed` and runs the path rules at its paths. Blobs the listing places are read in pack
    /// order, a run of neighbours per worker, so deltas find their bases in the worker's reader.
    func matches(owed: [(ObjectID, [String])]) -> Found {
        guard !owed.isEmpty else { return ([], []) }
        let work = ordered(owed)
        let runLength = 64
        let cursor = Atomic<Int>(0)
        let results = Mutex<Found>(([], []))
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, work.count))) { _ in
            var found: Found = ([], [])
            do {
                let repository = try Repository(at: gitDirectory)
                let reader = listing.map { PackReader($0) }
                let matcher = Matcher(compiled)
                while true {
                    let first = cursor.wrappingAdd(runLength, ordering: .relaxed).oldValue
                    guard first < work.count else { break }
                    for item in work[first..<min(first + runLength, work.count)] {
                        read(item, repository: repository, reader: reader, matcher: matcher, into: &found)
                    }
                }
            } catch {
                found.errors.append("path rules could not open the repository: \(error)")
            }
            results.withLock { $0.matches += found.matches; $0.errors += found.errors }
        }
        return results.withLock { $0 }
    }

    /// `matches(owed:)` on this thread alone, in pack order, until `stop` says to (asked every few blobs): the blobs
    /// left are returned for a pass with every worker. The job that walked the history reads again the owed blobs the
    /// others read before the walk placed them, while they still have work, and leaves the rest to that pass.
    func matches(owed: [(ObjectID, [String])], until stop: () -> Bool) -> (found: Found, left: [(ObjectID, [String])]) {
        let work = ordered(owed)
        var found: Found = ([], [])
        guard !work.isEmpty else { return (found, []) }
        do {
            let repository = try Repository(at: gitDirectory)
            let reader = listing.map { PackReader($0) }
            let matcher = Matcher(compiled)
            for (index, item) in work.enumerated() {
                if index % 16 == 0, stop() { return (found, work[index...].map { ($0.blob, $0.paths) }) }
                read(item, repository: repository, reader: reader, matcher: matcher, into: &found)
            }
        } catch {
            found.errors.append("path rules could not open the repository: \(error)")
        }
        return (found, [])
    }

    /// The blobs of `owed` with their places: those the listing places in the order of a depth-first reading of the
    /// trees of deltas (`DeltaForest`), so that the blobs a worker reads in a row share their bases, then the rest.
    /// In pack order, each blob was mostly rebuilt from the start of its chain: the pass took 1.8 s on git/git.
    private func ordered(_ owed: [(ObjectID, [String])]) -> [Work] {
        guard let listing else { return owed.map { (blob: $0.0, paths: $0.1, location: nil) } }
        let places = DeltaForest(listing, weight: { _ in 0 }).depthFirstPlaces()
        let located = owed.map { (blob: $0.0, paths: $0.1, location: listing.location(of: $0.0)) }
        let place = located.map { item in item.location.flatMap(listing.objectIndex).map { Int(places[$0]) } ?? Int.max }
        return located.indices.sorted { place[$0] < place[$1] }.map { located[$0] }
    }

    /// Reads one blob, with the pack reader where it can, and runs the path rules at its paths.
    private func read(_ item: Work, repository: Repository, reader: PackReader?, matcher: Matcher, into found: inout Found) {
        let (blob, paths, location) = item
        if let location, let reader, (try? reader.withObject(at: location, maxSize: maxBlobSize, { bytes in
            found.matches += Self.matches(at: paths, in: bytes, blob: blob, matcher: matcher)
        })) != nil {
            return  // read, or over the size limit (then skipped, as below)
        }
        do {
            guard try repository.header(of: blob).size <= maxBlobSize else { return }
            try repository.withBlobBytes(blob) { bytes in
                found.matches += Self.matches(at: paths, in: bytes, blob: blob, matcher: matcher)
            }
        } catch {
            found.errors.append("blob \(blob) at \(paths[0]): \(error)")
        }
    }

    /// The path rules' matches in one blob at each of `paths`.
    static func matches(at paths: [String], in bytes: UnsafeRawBufferPointer, blob: ObjectID, matcher: Matcher) -> [Match] {
        paths.flatMap { matcher.pathMatches(path: $0, in: bytes, blob: blob) }
    }

    /// Path matches in one order whichever worker found them: by blob, path and place.
    static func ordered(_ matches: [Match]) -> [Match] {
        matches.sorted {
            ($0.blob, $0.path ?? "", $0.line, $0.column, $0.ruleIndex) < ($1.blob, $1.path ?? "", $1.line, $1.column, $1.ruleIndex)
        }
    }
    /// Merges path-rule matches into the content matches: where a parser's value (a `.env` entry) is also a content
    /// rule's secret in the same blob, the content rule's more specific finding stands and gets the key name. A
    /// parser's value with a provider's prefix that no content rule matched is a near miss of that provider's format
    /// (`ProviderPrefixes`), dropped; so is one whose key names a provider and that nearly fits its format (`ProviderNames`).
    /// A `file` rule whose parsed entries are all near misses keeps the file only where a secret in it is reported.
    static func merge(content: [Match], path: [Match], compiled: CompiledRules) -> [Match] {
        let rules = compiled.rules
        var content = content
        var byBlob: [ObjectID: [Int]] = [:]
        for (offset, match) in content.enumerated() { byBlob[match.blob, default: []].append(offset) }
        var kept: [Match] = []
        for match in path {
            let rule = rules[match.ruleIndex]
            let rival = rule.kind == .file ? nil : byBlob[match.blob]?.first { content[$0].range.overlaps(match.range) }
            guard let rival, (rules[content[rival].ruleIndex].specificity, rules[content[rival].ruleIndex].confidence) >= (rule.specificity, rule.confidence) else {
                let nearMiss = compiled.prefixOwner(of: match.secret.bytes, rule: match.ruleIndex) != nil
                    || compiled.isCommonShapeNearMiss(match.secret.bytes, rule: match.ruleIndex)
                    || match.key.map { compiled.nameOwner(of: match.secret.bytes, named: $0, rule: match.ruleIndex) != nil } == true
                if !nearMiss { kept.append(match) }
                continue
            }
            if content[rival].key == nil { content[rival].key = match.key }
        }
        // A committed file whose parsed entries are all near misses of a provider's format (or a provider's own
        // values) is a finding only where a secret in it is one: an entry kept above or a content rule's finding in the
        // same blob. A `.env` of near misses only exposes nothing; one holding a provider's key is reported with it.
        // A low-confidence rule's guess on a commented-out line does not hold it either: a `.env` copied from its
        // template with every line commented out (vaultwarden's, whose `# ADMIN_TOKEN=…` is the template's sample)
        // configures nothing. The same guess on a live line (`OTEL_EXPORTER_OTLP_HEADERS="x-api-key=…"`) does.
        // A template's ask (`SECRET_KEY=change-me-before-deploying`, `TemplateAsk`) is the template's text, no secret.
        let holding = Set((content + kept).filter { match in
            let rule = rules[match.ruleIndex]
            guard match.validation[TemplateAsk.detail] != "true" else { return false }
            let commentedGuess = rule.confidence == .low && match.validation.verdict != .valid
                && match.context?.drop(while: { $0 == " " || $0 == "\t" }).first == "#"
            return rule.kind != .file && (match.severity ?? rule.severity) > .info && !commentedGuess
        }.map(\.blob))
        kept.removeAll { $0.entriesAreNearMisses && !holding.contains($0.blob) }
        return content + kept
    }
}
