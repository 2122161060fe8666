import Foundation
import Git

/// For every blob, the commits that introduced it and at which paths (DESIGN §2.1). Built by walking commits oldest
/// first from every ref and reflog, then the commits no ref reaches; each tree is read once per path it stands at,
/// however many commits share it, so the cost follows unique trees and blobs, not commits × files.
public struct AppearanceIndex: Sendable {
    public private(set) var commits: [Commit] = []
    public private(set) var appearances: [ObjectID: [BlobAppearance]] = [:]
    /// Every blob id named by a walked tree (present in the object database or not).
    public var blobs: Dictionary<ObjectID, [BlobAppearance]>.Keys { appearances.keys }
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

    /// Each blob with the paths it appears at (once per appearance).
    var blobPaths: some Sequence<(ObjectID, [String])> { appearances.lazy.map { ($0.key, $0.value.map(\.path)) } }

    func contains(commit id: ObjectID) -> Bool { commitIndexByID[id] != nil }

    /// Whether a ref, HEAD or reflog reaches the commit (false for a commit the walk never met).
    func isReachable(commit id: ObjectID) -> Bool { commitIndexByID[id].map { $0 < reachableCommits } ?? false }

    /// The position of a commit in `commits`, if it was walked.
    func commitIndex(of id: ObjectID) -> Int? { commitIndexByID[id] }

    fileprivate var commitIndexByID: [ObjectID: Int] = [:]

    /// An object at a path (a blob, or a tree for `seenTrees`), as one 64-bit hash of the id and the path's bytes:
    /// the walk meets a new (tree, path) pair for nearly every changed directory of every commit, and these sets are
    /// the bulk of its memory. 8 bytes a slot in an open-addressing set, where a `Set` of id and path hash took 32
    /// bytes an element at up to 75 % load; two pairs of a history share a hash with odds of about 10⁻⁸.
    fileprivate static func key(_ object: ObjectID, at path: [UInt8]) -> UInt64 {
        var hasher = Hasher()
        hasher.combine(object)
        hasher.combine(path.withUnsafeBytes { LineHash.of($0) })
        hasher.combine(path.count)
        return UInt64(bitPattern: Int64(hasher.finalize()))
    }

    private struct Builder {
        let repository: Repository
        let trees: TreeReader
        var index = AppearanceIndex()
        /// Trees already walked, with the path they were walked at: the same tree at the same path in the next commit
        /// is skipped, but a directory copied or moved to a new path is walked again so its files get their new paths.
        var seenTrees = LineHashSet(limit: nil)
        var seenBlobPaths = LineHashSet(limit: nil)
        /// One copy of each path's text and of each name and email, shared by every appearance and commit that has
        /// it: a history has far fewer distinct paths and people than blob versions and commits.
        var paths: [[UInt8]: String] = [:]
        var people: [String: String] = [:]
        /// Whether `seenBlobPaths` knows every appearance already in the index (false when continuing an index whose
        /// builder is gone: then a blob's appearances are searched instead).
        let knowsIndex: Bool

        init(repository: Repository, listing: ObjectListing?, index: AppearanceIndex? = nil) {
            self.repository = repository
            trees = TreeReader(repository, listing: listing ?? ObjectListing(unlocated: []))
            self.index = index ?? AppearanceIndex()
            knowsIndex = index == nil
        }

        /// Whether (blob, path) is new to the index, recording it if so.
        mutating func isNew(_ blob: ObjectID, at path: [UInt8]) -> Bool {
            guard seenBlobPaths.insert(AppearanceIndex.key(blob, at: path)) else { return false }
            if knowsIndex { return true }
            let text = PathText.decode(path).text
            return !(index.appearances[blob]?.contains { $0.path == text } ?? false)
        }

        mutating func walkReferences() throws {
            let (references, unresolved) = try repository.references()
            index.references = references
            index.problems += unresolved
            let walk = try RevisionWalk(repository)
            var starts = references.compactMap(\.commit)
            if let head = repository.headCommit() { starts.append(head) }
            for reference in ["HEAD"] + references.map(\.name) {
                starts += repository.reflogCommits(of: reference)
            }
            for start in Set(starts) {
                do { try walk.push(start) } catch { index.problems.append("cannot walk from \(start): \(error.message)") }
            }
            while true {
                let next: ObjectID?
                do { next = try walk.next() } catch {
                    index.problems.append("history walk stopped: \(error.message)")
                    break
                }
                guard let id = next else { break }
                add(commit: id, reachable: true)
            }
            index.reachableCommits = index.commits.count
            for reference in references where reference.name.hasPrefix("refs/notes/") {
                for note in repository.notes(reference.name) { index.notes[note.note] = note.annotated }
            }
        }

        mutating func walkUnreachable(_ ids: [ObjectID]) {
            let commits = ids.compactMap { try? repository.commit($0) }.sorted { $0.committer.date < $1.committer.date }
            for commit in commits where index.commitIndexByID[commit.id] == nil {
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

        private mutating func interned(_ path: [UInt8]) -> String {
            if let text = paths[path] { return text }
            let (text, exact) = PathText.decode(path)
            if !exact { index.pathBytes[text] = path }
            paths[path] = text
            return text
        }

        private mutating func interned(_ signature: Signature) -> Signature {
            func shared(_ text: String) -> String {
                if let known = people[text] { return known }
                people[text] = text
                return text
            }
            return Signature(name: shared(signature.name), email: shared(signature.email), date: signature.date)
        }

        private mutating func add(_ read: Commit, reachable: Bool) {
            let commitIndex = index.commits.count
            // Without the summary line: no report shows it, and it was a string on the heap for each commit.
            let commit = Commit(id: read.id, tree: read.tree, parents: read.parents, author: interned(read.author),
                                committer: interned(read.committer), summary: "")
            index.commits.append(commit)
            index.commitIndexByID[commit.id] = commitIndex
            walk(tree: commit.tree, prefix: [], commitIndex: commitIndex, reachable: reachable)
        }

        private mutating func walk(tree: ObjectID, prefix: [UInt8], commitIndex: Int, reachable: Bool) {
            guard seenTrees.insert(AppearanceIndex.key(tree, at: prefix)) else { return }
            var subtrees: [(ObjectID, [UInt8])] = []
            do {
                try trees.forEachEntry(ofTree: tree) { entry in
                    let path = prefix.isEmpty ? Array(entry.name) : prefix + [UInt8(ascii: "/")] + Array(entry.name)
                    switch entry.kind {
                    case .tree:
                        subtrees.append((entry.id, path))
                    case .blob:
                        if isNew(entry.id, at: path) {
                            let text = interned(path)
                            let appearance = BlobAppearance(commitIndex: commitIndex, path: text, reachable: reachable)
                            index.appearances[entry.id, default: []].append(appearance)
                        }
                    default:
                        break  // submodule commits live in another repository
                    }
                }
            } catch {
                index.problems.append("cannot read tree \(tree): \(error)")
            }
            for (subtree, path) in subtrees {
                walk(tree: subtree, prefix: path, commitIndex: commitIndex, reachable: reachable)
            }
        }
    }
}
