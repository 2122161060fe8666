import Foundation
import Git

/// For every blob, the commits that introduced it and at which paths (DESIGN §2.1). Built by walking commits oldest
/// first from every ref and reflog, then the commits no ref reaches; each tree is read once per path it stands at,
/// however many commits share it, so the cost follows unique trees and blobs, not commits × files.
public struct AppearanceIndex: Sendable {
    /// Flat tables rather than arrays of structs and dictionaries of arrays: with more than one job the index is built
    /// while the workers read, so its size adds to theirs at the scan's peak (bench/README.md).
    public private(set) var commits = CommitTable()
    public private(set) var appearances = AppearanceTable()
    /// Every blob id named by a walked tree (present in the object database or not).
    public var blobs: [ObjectID] { appearances.keys }
    public private(set) var references: [Reference] = []
    /// The exact bytes of the paths that are not valid UTF-8, by their escaped text (`PathText`): few or none, so
    /// the appearances keep only the text.
    public private(set) var pathBytes: [String: [UInt8]] = [:]
    /// The commits a ref, HEAD or reflog reaches come first in `commits`: this many of them.
    public private(set) var reachableCommits = 0
    /// The blobs of git notes (`refs/notes/*`), each with the object it is attached to.
    public private(set) var notes: [ObjectID: ObjectID] = [:]
    /// What could not be read while walking (missing commits or trees in a partial or damaged clone).
    public private(set) var problems: [String] = []

    /// Walks the history of `repository` from every ref, HEAD and reflog; trees in `listing`'s packs are read by a
    /// `TreeReader`, the rest through libgit2.
    public static func build(_ repository: Repository, listing: ObjectListing? = nil) throws -> AppearanceIndex {
        var builder = Builder(repository: repository, listing: listing)
        try builder.walkReferences()
        return builder.index  // the builder's sets of seen trees and paths go with it: they are the walk's bulk
    }

    /// Adds the commits that the ref walk did not reach (found by enumerating the object database); their blobs are
    /// indexed as unreachable, except at paths where they already appear.
    mutating func addUnreachable(commits ids: [ObjectID], repository: Repository, listing: ObjectListing? = nil) {
        guard !ids.isEmpty else { return }
        var builder = Builder(repository: repository, listing: listing, index: self)
        builder.walkUnreachable(ids)
        self = builder.index
    }

    func contains(commit id: ObjectID) -> Bool { commits.position(of: id) != nil }

    /// Whether a ref, HEAD or reflog reaches the commit (false for a commit the walk never met).
    func isReachable(commit id: ObjectID) -> Bool { commits.position(of: id).map { $0 < reachableCommits } ?? false }

    /// The position of a commit in `commits`, if it was walked.
    func commitIndex(of id: ObjectID) -> Int? { commits.position(of: id) }

    /// An object at a path (a blob, or a tree for `seenTrees`), as one 64-bit hash of the id and the path's hash
    /// (`pathHash`): the walk meets a new (tree, path) pair for nearly every changed directory of every commit, and
    /// these sets are the bulk of its memory. 8 bytes a slot in an open-addressing set, where a `Set` of id and path
    /// hash took 32 bytes an element at up to 75 % load; two pairs of a history share a hash with odds of about 10⁻⁸.
    fileprivate static func key(_ object: ObjectID, atPathHash path: UInt64) -> UInt64 {
        object.withBytes { id in
            LineHash.combine(LineHash.combine(path, id.loadUnaligned(fromByteOffset: 0, as: UInt64.self)),
                             id.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        }
    }

    /// The hash of the path `name` below the directory whose path hashes to `parent` (0 for the root), one
    /// component at a time: the walk keys every entry of every new tree, hundreds per commit, and must not build each
    /// one's path to do it.
    fileprivate static func pathHash(_ name: UnsafeBufferPointer<UInt8>, under parent: UInt64) -> UInt64 {
        LineHash.combine(parent, LineHash.of(UnsafeRawBufferPointer(name)))
    }

    private struct Builder {
        let repository: Repository
        let listing: ObjectListing
        let trees: TreeReader
        var index = AppearanceIndex()
        /// Trees already walked, with the path they were walked at: the same tree at the same path in the next commit
        /// is skipped, but a directory copied or moved to a new path is walked again so its files get their new paths.
        var seenTrees = LineHashSet(limit: nil)
        var seenBlobPaths = LineHashSet(limit: nil)
        /// The pairs met lately, in front of both sets: a commit's trees repeat most entries of its parent's, walked
        /// just before, and a hit here spares a probe of the sets (tens of megabytes, read at random: the walk's
        /// largest cost on git/git). Only pairs the sets hold go in, so a hit is a pair seen before.
        var recent = RecentLineHashes()
        /// Per path hash, the bytes of the tree walked there last. Every entry of a tree walked at a path has been
        /// recorded at it, so the next tree there need only look at the entries it does not share with that one
        /// (`TreeReader.forEachEntry(ofTree:besides:_:)`): hashing and probing every entry was most of the walk.
        var lastTrees: [UInt64: [UInt8]] = [:]
        /// Each path's number in `index.appearances`, whose one copy of its text every appearance at it shares: a
        /// history has far fewer distinct paths than blob versions.
        var paths: [[UInt8]: Int] = [:]
        /// Whether `seenBlobPaths` knows every appearance already in the index (false when continuing an index whose
        /// builder is gone: then a blob's appearances are searched instead).
        let knowsIndex: Bool

        init(repository: Repository, listing: ObjectListing?, index: AppearanceIndex? = nil) {
            self.repository = repository
            self.listing = listing ?? ObjectListing(unlocated: [])
            // Trees are small: 2 MiB holds the bases the next commit's trees build on, where the readers' 8 MiB was held
            // beside the workers' line sets at the scan's peak.
            trees = TreeReader(repository, listing: self.listing, cacheBudget: 2 << 20)
            self.index = index ?? AppearanceIndex()
            knowsIndex = index == nil
            for (number, text) in self.index.appearances.paths.enumerated() {
                paths[self.index.pathBytes[text] ?? Array(text.utf8)] = number
            }
        }

        /// Whether (blob, path) is new to the index, recording it if so (`path` makes the path's bytes, needed only
        /// when continuing an index).
        mutating func isNew(_ blob: ObjectID, atPathHash pathHash: UInt64, path: () -> [UInt8]) -> Bool {
            guard Self.isFirstSight(AppearanceIndex.key(blob, atPathHash: pathHash), in: &seenBlobPaths, recent: &recent) else { return false }
            if knowsIndex { return true }
            let text = PathText.decode(path()).text
            return !(index.appearances[blob]?.contains { $0.path == text } ?? false)
        }

        /// Whether `key` is new to `set`, which then holds it.
        private static func isFirstSight(_ key: UInt64, in set: inout LineHashSet, recent: inout RecentLineHashes) -> Bool {
            if recent.contains(key) { return false }
            recent.insert(key)
            return set.insert(key)
        }

        mutating func walkReferences() throws {
            let (references, unresolved) = try repository.references()
            index.references = references
            index.problems += unresolved
            var starts = references.compactMap(\.commit)
            if let head = repository.headCommit() { starts.append(head) }
            for reference in ["HEAD"] + references.map(\.name) {
                starts += repository.reflogCommits(of: reference)
            }
            // Ordered first, then walked: the ordering's tables are gone before the walk's sets grow.
            let order = HistoryOrder(starts: starts, repository: repository, listing: listing)
            index.problems += order.problems
            for id in order.commits {
                add(commit: id, reachable: true)
            }
            index.reachableCommits = index.commits.count
            for reference in references where reference.name.hasPrefix("refs/notes/") {
                for note in repository.notes(reference.name) { index.notes[note.note] = note.annotated }
            }
        }

        mutating func walkUnreachable(_ ids: [ObjectID]) {
            let commits = ids.compactMap { try? repository.commit($0) }.sorted { $0.committer.date < $1.committer.date }
            for commit in commits where !index.contains(commit: commit.id) {
                add(commit, reachable: false)
            }
        }

        private mutating func add(commit id: ObjectID, reachable: Bool) {
            do {
                add(try repository.commit(id), reachable: reachable)
            } catch {
                index.problems.append("cannot read commit \(id): \(error)")
            }
        }

        /// The number of `path` in `index.appearances`, adding its text the first time.
        private mutating func interned(_ path: [UInt8]) -> Int {
            if let number = paths[path] { return number }
            let (text, exact) = PathText.decode(path)
            if !exact { index.pathBytes[text] = path }
            let number = index.appearances.addPath(text)
            paths[path] = number
            return number
        }

        private mutating func add(_ commit: Commit, reachable: Bool) {
            let commitIndex = index.commits.count
            index.commits.append(commit)
            guard Self.isFirstSight(AppearanceIndex.key(commit.tree, atPathHash: 0), in: &seenTrees, recent: &recent) else { return }
            walk(tree: commit.tree, prefix: [], prefixHash: 0, commitIndex: commitIndex, reachable: reachable)
        }

        /// Records the blobs of a tree not yet walked at `prefix` (whose hash is `prefixHash`), and walks its
        /// subtrees not yet walked at their paths.
        private mutating func walk(tree: ObjectID, prefix: [UInt8], prefixHash: UInt64, commitIndex: Int, reachable: Bool) {
            var subtrees: [(ObjectID, [UInt8], UInt64)] = []
            func path(_ name: UnsafeBufferPointer<UInt8>) -> [UInt8] {
                prefix.isEmpty ? Array(name) : prefix + [UInt8(ascii: "/")] + Array(name)
            }
            do {
                lastTrees[prefixHash] = try trees.forEachEntry(ofTree: tree, besides: lastTrees[prefixHash]) { entry in
                    let pathHash = AppearanceIndex.pathHash(entry.name, under: prefixHash)
                    switch entry.kind {
                    case .tree:
                        if Self.isFirstSight(AppearanceIndex.key(entry.id, atPathHash: pathHash), in: &seenTrees, recent: &recent) {
                            subtrees.append((entry.id, path(entry.name), pathHash))
                        }
                    case .blob:
                        if isNew(entry.id, atPathHash: pathHash, path: { path(entry.name) }) {
                            index.appearances.append(entry.id, commitIndex: commitIndex, path: interned(path(entry.name)),
                                                     reachable: reachable)
                        }
                    default:
                        break  // submodule commits live in another repository
                    }
                }
            } catch {
                index.problems.append("cannot read tree \(tree): \(error)")
            }
            for (subtree, path, pathHash) in subtrees {
                walk(tree: subtree, prefix: path, prefixHash: pathHash, commitIndex: commitIndex, reachable: reachable)
            }
        }
    }
}
