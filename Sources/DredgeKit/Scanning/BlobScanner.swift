import Dispatch
import Foundation
import Git
import PCRE2
import Synchronization

/// Reads and matches blobs on `jobs` threads. Each worker has its own repository handle and match data, takes the
/// next trees of deltas (`DeltaForest`) from a shared atomic cursor and keeps its results to itself; they are merged
/// once, at the end. A worker reads a tree depth first, so each delta is rebuilt from its base in hand.
struct BlobScanner: Sendable {
    let repositoryPath: String
    let compiled: CompiledRules
    let jobs: Int
    let maxBlobSize: Int
    let progress: ScanProgress?
    /// Match each distinct line once per worker (`LineDeduplicator`).
    let lineDeduplication: Bool
    /// Read and match the messages of the commits and annotated tags met, as content of their own.
    var messages = true
    /// Archives opened and values decoded within these bounds; nil: not at all.
    var unwrap: UnwrapLimits? = UnwrapLimits()
    /// The path rules' (blob, path) pairs, run on a blob while it is read once their paths are known.
    var pathRules: PathRuleSchedule? = nil
    /// Trees of deltas a worker takes at a time (`DeltaForest`).
    static let treesAtATime = 16

    /// What the workers found and counted.
    struct Tally: Sendable {
        var matches: [Match] = []
        /// What the path rules found in the blobs they were run on while read (`pathRules`).
        var pathMatches: [Match] = []
        /// Every blob met, scanned or skipped.
        var blobs: [ObjectID] = []
        /// Every commit met: those the history walk did not reach are the unreachable ones.
        var commits: [ObjectID] = []
        /// `blobs` and `commits` while the workers run, as positions in the listing (4 bytes, not an id's 20): they
        /// grow with the history beside the workers' line sets, up to the scan's peak. Made ids once the workers are done.
        var blobPositions: [UInt32] = []
        var commitPositions: [UInt32] = []
        var scanned = 0
        var bytes = 0
        /// Bytes inside some rule's keyword window, so PCRE2 looked at them.
        var regexBytes = 0
        /// Bytes the keyword prefilter read: the new and hot lines with their context, when lines are deduplicated.
        var prefilteredBytes = 0
        /// Bytes in lines a delta copied whole from a base already matched clean: not read again (`CopiedLines`).
        var copiedBytes = 0
        var binary = 0
        var oversized = 0
        var unreadable: [String] = []
        var limited: [String] = []
        var unwrapped = UnwrapCounts()
        /// Commit and tag messages matched, their bytes, and the CPU time their reading and matching took: what the
        /// messages add to a scan.
        var messages = 0
        var messageBytes = 0
        var messageCPUSeconds = 0.0
        /// Per rule, what PCRE2 spent on it (`RuleCost`).
        var ruleCosts: [RuleCost] = []

        mutating func merge(_ other: Tally) {
            matches += other.matches
            pathMatches += other.pathMatches
            blobs += other.blobs
            commits += other.commits
            blobPositions += other.blobPositions
            commitPositions += other.commitPositions
            scanned += other.scanned
            bytes += other.bytes
            regexBytes += other.regexBytes
            prefilteredBytes += other.prefilteredBytes
            copiedBytes += other.copiedBytes
            binary += other.binary
            oversized += other.oversized
            unreadable += other.unreadable
            limited += other.limited
            unwrapped.merge(other.unwrapped)
            messages += other.messages
            messageBytes += other.messageBytes
            messageCPUSeconds += other.messageCPUSeconds
            RuleCost.merge(&ruleCosts, other.ruleCosts)
        }
    }

    /// Scans the blobs among `listing`'s objects, and the messages of its commits and tags; trees are skipped. Packed
    /// objects are read by each worker's own `PackReader`; the rest, and any a reader cannot rebuild, through libgit2.
    /// `first`, when given, is done by one of the workers before it takes its share (the history walk: so the jobs
    /// are that many threads in all, each with a core of its own where there are enough); it is told whether the
    /// others still have work to take.
    func scan(_ listing: ObjectListing, first: (@Sendable (_ workLeft: @Sendable () -> Bool) -> Void)? = nil) -> Tally {
        let objects = listing.objects
        let workers = max(1, min(jobs, objects.count))
        let forest = DeltaForest(listing, parts: workers, weight: Self.weight)
        let cursor = Atomic<Int>(0)
        let results = Mutex<Tally>(Tally())
        let clean = lineDeduplication ? CleanBases(entries: listing.entryCount) : nil
        progress?.enter("reading objects")
        progress?.start(objects: objects.count, bytes: objects.reduce(0) { $0 + Self.weight($1) })
        let roots = forest.roots.count
        var start: (@Sendable () -> Void)?  // `first`, told whether trees are left to take
        if let first {
            start = { first { cursor.load(ordering: .relaxed) < roots } }
        }
        Self.onThreads(workers, first: start) {
            var tally = Tally()
            do {
                let repository = try Repository(at: repositoryPath)
                let reader = PackReader(listing)
                let matcher = Matcher(compiled)
                let lines = lineDeduplication ? LineDeduplicator() : nil
                while true {
                    let first = cursor.wrappingAdd(Self.treesAtATime, ordering: .relaxed).oldValue
                    guard first < forest.roots.count else { break }
                    // Commits and tags, light, come last and together: their messages are timed a stretch at a time,
                    // as a clock read costs about what matching a short message does.
                    var messagesSince: Double?
                    for root in forest.roots[first..<min(first + Self.treesAtATime, forest.roots.count)] {
                        forest.walk(from: Int(root)) { next in
                            let isMessage = messages && (objects[next].kind == .commit || objects[next].kind == .tag)
                            if isMessage, messagesSince == nil { messagesSince = ThreadCPUClock.seconds() }
                            if !isMessage, let since = messagesSince {
                                tally.messageCPUSeconds += ThreadCPUClock.seconds() - since
                                messagesSince = nil
                            }
                            scan(objects[next], at: next, repository: repository, reader: reader, matcher: matcher, lines: lines,
                                 clean: clean, into: &tally)
                            if let location = objects[next].location, !forest.deltas(of: next).isEmpty { reader.keep(location) }
                            progress?.advance(bytes: Self.weight(objects[next]))
                        } done: { base in
                            if let location = objects[base].location { reader.release(location) }
                        }
                    }
                    if let since = messagesSince { tally.messageCPUSeconds += ThreadCPUClock.seconds() - since }
                }
                tally.ruleCosts = matcher.costs
            } catch {
                tally.unreadable.append("worker could not open the repository: \(error)")
            }
            results.withLock { $0.merge(tally) }
        }
        var tally = results.withLock { $0 }
        tally.blobs += tally.blobPositions.map { objects[Int($0)].id }
        tally.commits += tally.commitPositions.map { objects[Int($0)].id }
        (tally.blobPositions, tally.commitPositions) = ([], [])
        return tally
    }

    /// Runs `body` on `count` threads of their own, the first of them doing `first` before it, and waits for them.
    /// The threads have a history walk's stack: deep directory trees recurse.
    private static func onThreads(_ count: Int, first: (@Sendable () -> Void)?, _ body: @escaping @Sendable () -> Void) {
        let done = DispatchGroup()
        for number in 0..<count {
            done.enter()
            let thread = Thread {
                if number == 0 { first?() }
                body()
                done.leave()
            }
            thread.stackSize = 16 << 20
            thread.start()
        }
        done.wait()
    }

    /// An object's share of the work, for the progress bar: the bytes a blob inflates to (reading, line hashing and
    /// matching go with them; a delta's compressed bytes say little), a guess for one in no pack; commits and tags count
    /// nothing (their messages are a few per cent of a history's bytes).
    private static func weight(_ object: ObjectListing.Object) -> Int {
        switch object.kind {
        case .blob?: return object.location == nil ? ScanProgress.unpackedWeight : max(1, object.estimatedSize)
        case nil: return ScanProgress.unpackedWeight
        default: return 0
        }
    }

    private func scan(_ object: ObjectListing.Object, at position: Int, repository: Repository, reader: PackReader, matcher: Matcher,
                      lines: LineDeduplicator?, clean: CleanBases?, into tally: inout Tally) {
        switch object.kind {
        case .commit?, .tag?:
            if object.kind == .commit { tally.commitPositions.append(UInt32(position)) }
            if messages, let kind = object.kind {
                scanMessage(object.id, kind: kind, at: object.location, repository: repository, reader: reader, matcher: matcher,
                            lines: lines, into: &tally)
            }
            return
        case .tree?, .other?:
            return
        case .blob?, nil:
            break
        }
        if object.kind == .blob, let location = object.location {
            do {
                let size = try reader.withObject(at: location, maxSize: maxBlobSize) { bytes in
                    let copied = clean.map { copiedLines(bytes, reader: reader, clean: $0) } ?? []
                    if tally.match(content: bytes, blob: object.id, matcher: matcher, lines: lines, unwrap: unwrap, copied: copied),
                       let clean, let entry = reader.listing.entryNumber(of: location) {
                        clean.insert(entry)
                    }
                    matchPaths(bytes, blob: object.id, at: position, matcher: matcher, into: &tally)
                }.size
                tally.blobPositions.append(UInt32(position))
                if size > maxBlobSize { tally.oversized += 1 }
                return
            } catch {
                // Read through libgit2 below, which says what is wrong with the object if anything is.
            }
        }
        do {
            let header = try repository.header(of: object.id)
            switch header.kind {
            case .blob: tally.blobPositions.append(UInt32(position))
            case .commit, .tag:
                if header.kind == .commit { tally.commitPositions.append(UInt32(position)) }
                if messages {  // an object the listing could not place: timed on its own
                    let started = ThreadCPUClock.seconds()
                    scanMessage(object.id, kind: header.kind, at: nil, repository: repository, reader: reader, matcher: matcher,
                                lines: lines, into: &tally)
                    tally.messageCPUSeconds += ThreadCPUClock.seconds() - started
                }
                return
            default: return
            }
            guard header.size <= maxBlobSize else {
                tally.oversized += 1
                return
            }
            try repository.withBlobBytes(object.id) { bytes in
                tally.match(content: bytes, blob: object.id, matcher: matcher, lines: lines, unwrap: unwrap)
                matchPaths(bytes, blob: object.id, at: position, matcher: matcher, into: &tally)
            }
        } catch {
            tally.unreadable.append("blob \(object.id): \(error)")
        }
    }
}

extension BlobScanner {
    /// The lines of the blob `reader` just rebuilt that its delta copied whole from a base already matched clean.
    private func copiedLines(_ bytes: UnsafeRawBufferPointer, reader: PackReader, clean: CleanBases) -> [Range<Int>] {
        guard let delta = reader.lastDelta, let base = reader.listing.entryNumber(of: delta.base), clean.contains(base) else { return [] }
        return delta.bytes.withUnsafeBytes { CopiedLines.ranges(in: bytes, copies: delta.copies, base: $0) }
    }

    /// Runs the path rules on a blob held in memory, at the paths it owes them, if they are known by now.
    private func matchPaths(_ bytes: UnsafeRawBufferPointer, blob: ObjectID, at position: Int, matcher: Matcher, into tally: inout Tally) {
        guard let paths = pathRules?.claim(blob, at: position), !paths.isEmpty else { return }
        tally.pathMatches += PathRulePass.matches(at: paths, in: bytes, blob: blob, matcher: matcher)
    }

    /// Matches the message of a commit or tag object: read from the pack like a blob (libgit2 when the reader cannot),
    /// and matched as text of its own, the object's id standing for the blob's. The caller times it.
    private func scanMessage(_ id: ObjectID, kind: ObjectKind, at location: ObjectListing.Location?, repository: Repository,
                             reader: PackReader, matcher: Matcher, lines: LineDeduplicator?, into tally: inout Tally) {
        func match(_ bytes: UnsafeRawBufferPointer) {
            tally.match(message: ObjectMessage(kind: kind, content: bytes), of: id, kind: kind, matcher: matcher, lines: lines)
        }
        if let location, let read = try? reader.withObject(at: location, maxSize: maxBlobSize, match) {
            if read.result == nil { tally.oversized += 1 }
            return
        }
        do {
            try repository.withObjectBytes(id) { _, bytes in
                guard bytes.count <= maxBlobSize else {
                    tally.oversized += 1
                    return
                }
                match(bytes)
            }
        } catch {
            tally.unreadable.append("\(kind == .tag ? "tag" : "commit") \(id): \(error)")
        }
    }
}

extension BlobScanner.Tally {
    /// Matches a message as text; each match is placed in the message, with the commit's author or the tagger.
    mutating func match(message: ObjectMessage, of object: ObjectID, kind: ObjectKind, matcher: Matcher, lines: LineDeduplicator?) {
        messages += 1
        messageBytes += message.text.count
        let outcome = message.text.withUnsafeBytes { matcher.matches(in: $0, blob: object, lines: lines) }
        regexBytes += outcome.regexBytes
        let location = MessageLocation(kind: kind == .tag ? .tag : .commit, object: object)
        matches += outcome.matches.map { match in
            var match = match
            match.message = location
            match.messageAuthor = message.author
            return match
        }
        limited += outcome.limitedRules.map { "\(matcher.compiled.rules[$0].id) in the message of \(object)" }
    }

    /// Matches a blob's content: text as it is (a libedit history or a Jupyter notebook's cells decoded), UTF-16 as
    /// UTF-8, an archive member by member, a SQLite database table by table and encoded values decoded (`Unwrapper`,
    /// unless `unwrap` is nil), other binary only counted (path rules see binary files).
    /// `copied`: whole lines of plain text matched already elsewhere, which `lines` skips (`CopiedLines`).
    /// True when the blob was plain text, every line of it matched (here or before), and nothing found or cut short:
    /// then a delta built on it may skip what it copies whole (`CleanBases`).
    @discardableResult
    mutating func match(content bytes: UnsafeRawBufferPointer, blob: ObjectID, matcher: Matcher, lines: LineDeduplicator?,
                        unwrap: UnwrapLimits?, copied: [Range<Int>] = []) -> Bool {
        if let unwrap, let format = ArchiveReader.format(of: bytes) {
            scanned += 1
            let started = ThreadCPUClock.seconds()
            var unwrapper = Unwrapper(matcher: matcher, blob: blob, limits: unwrap, lines: lines)
            matches += unwrapper.archiveMatches(bytes, format: format, depth: 0)
            record(unwrapper, blob: blob, since: started)
            return false
        }
        if let unwrap, SQLiteRecords.hasHeader(bytes) {
            let started = ThreadCPUClock.seconds()
            var unwrapper = Unwrapper(matcher: matcher, blob: blob, limits: unwrap, lines: nil)
            if let found = unwrapper.databaseMatches(bytes) {
                scanned += 1
                matches += found
                record(unwrapper, blob: blob, since: started)
                return false
            }
        }
        switch TextDecoding.classify(bytes) {
        case .text where LibeditHistory.isHistory(bytes):
            LibeditHistory.decoded(bytes).withUnsafeBytes { text in
                _ = match(text: text, blob: blob, matcher: matcher, lines: lines, unwrap: unwrap)
            }
            return false
        case .text where NotebookText.isNotebook(bytes):
            NotebookText.decoded(bytes).withUnsafeBytes { text in
                _ = match(text: text, blob: blob, matcher: matcher, lines: lines, unwrap: unwrap)
            }
            return false
        case .text:
            lines?.copied = copied
            copiedBytes += copied.reduce(0) { $0 + $1.count }
            return match(text: bytes, blob: blob, matcher: matcher, lines: lines, unwrap: unwrap)
        case .utf16(let littleEndian):
            TextDecoding.utf8(fromUTF16: bytes, littleEndian: littleEndian).withUnsafeBytes { text in
                _ = match(text: text, blob: blob, matcher: matcher, lines: lines, unwrap: unwrap)
            }
            return false
        case .binary:
            binary += 1
            return false
        }
    }

    /// True when nothing was found or cut short.
    private mutating func match(text: UnsafeRawBufferPointer, blob: ObjectID, matcher: Matcher, lines: LineDeduplicator?,
                                unwrap: UnwrapLimits?) -> Bool {
        scanned += 1
        bytes += text.count
        let outcome = matcher.matches(in: text, blob: blob, lines: lines)
        regexBytes += outcome.regexBytes
        prefilteredBytes += outcome.regions?.reduce(0) { $0 + $1.count } ?? text.count
        limited += outcome.limitedRules.map { "\(matcher.compiled.rules[$0].id) in blob \(blob)" }
        // Whether a line holds an encoded value worth decoding depends on the line alone: only the lines this worker has
        // not read before, and those that held findings, are searched (not the context lines the matcher also reads).
        let fresh = lines?.freshLines
        guard let unwrap, fresh.map({ !$0.isEmpty }) ?? true else {
            matches += outcome.matches
            return outcome.matches.isEmpty && outcome.limitedRules.isEmpty
        }
        let started = ThreadCPUClock.seconds()
        var unwrapper = Unwrapper(matcher: matcher, blob: blob, limits: unwrap)
        let found = unwrapper.withDecodedValues(outcome.matches, in: text, regions: fresh, lines: lines, depth: 0)
        matches += found
        record(unwrapper, blob: blob, since: started)
        return found.isEmpty && outcome.limitedRules.isEmpty && unwrapper.limitedRules.isEmpty
    }

    private mutating func record(_ unwrapper: Unwrapper, blob: ObjectID, since started: Double) {
        unwrapped.merge(unwrapper.counts)
        unwrapped.cpuSeconds += ThreadCPUClock.seconds() - started
        limited += unwrapper.limitedRules.map { "\(unwrapper.matcher.compiled.rules[$0].id) in blob \(blob) (unwrapped)" }
    }
}
