import Foundation
internal import CGit2

/// An open git repository (work tree or bare). One handle per thread: libgit2 handles are not shared.
public final class Repository {
    let handle: OpaquePointer  // owned; freed in deinit; module-internal so the other wrappers can borrow it
    let odb: OpaquePointer  // owned; freed in deinit

    /// Opens the repository at `path` exactly (no search upwards), work tree or git dir.
    public init(at path: String) throws(GitError) {
        Libgit2Runtime.ensureInitialized()
        var raw: OpaquePointer?
        try check(git_repository_open_ext(&raw, path, UInt32(GIT_REPOSITORY_OPEN_NO_SEARCH.rawValue), nil), "git_repository_open")
        var database: OpaquePointer?
        do {
            try check(git_repository_odb(&database, raw), "git_repository_odb")
        } catch {
            git_repository_free(raw)
            throw error
        }
        handle = raw!
        odb = database!
    }

    deinit {
        git_odb_free(odb)
        git_repository_free(handle)
    }

    /// The `.git` directory (or the repository itself when bare).
    public var gitDirectory: String { String(cString: git_repository_path(handle)) }

    /// The object directory, in the git directory all worktrees share (for a linked worktree, not in its own
    /// `.git/worktrees/NAME`).
    public var objectsDirectory: String {
        let common = String(cString: git_repository_commondir(handle))
        return common + (common.hasSuffix("/") ? "" : "/") + "objects"
    }

    /// The work tree, or nil for a bare repository.
    public var workDirectory: String? { git_repository_workdir(handle).map { String(cString: $0) } }

    /// True for a shallow clone, whose history stops at the graft points.
    public var isShallow: Bool { git_repository_is_shallow(handle) == 1 }

    /// Calls `body` with every object id in the object database, loose and packed; an id may come more than once.
    public func forEachObjectID(_ body: (ObjectID) -> Void) throws(GitError) {
        typealias Visitor = (ObjectID) -> Void
        try withoutActuallyEscaping(body) { (visitor: @escaping Visitor) throws(GitError) in
            var box = visitor
            _ = try withUnsafeMutablePointer(to: &box) { (pointer: UnsafeMutablePointer<Visitor>) throws(GitError) in
                try check(git_odb_foreach(odb, { oid, payload in
                    payload!.assumingMemoryBound(to: Visitor.self).pointee(ObjectID(oid!.pointee))
                    return 0
                }, pointer), "git_odb_foreach")
            }
        }
    }

    /// The object's type and size, read from its header without inflating its content.
    public func header(of id: ObjectID) throws(GitError) -> (kind: ObjectKind, size: Int) {
        var oid = id.gitOID
        var size = 0
        var type = GIT_OBJECT_INVALID
        try check(git_odb_read_header(&size, &type, odb, &oid), "git_odb_read_header")
        return (ObjectKind(type), size)
    }

    /// Reads a blob and lends its bytes to `body`; the buffer is only valid inside the closure.
    public func withBlobBytes<R>(_ id: ObjectID, _ body: (UnsafeRawBufferPointer) throws -> R) throws -> R {
        var oid = id.gitOID
        var blob: OpaquePointer?
        try check(git_blob_lookup(&blob, handle, &oid), "git_blob_lookup")
        defer { git_blob_free(blob) }
        let size = Int(git_blob_rawsize(blob))
        return try body(UnsafeRawBufferPointer(start: git_blob_rawcontent(blob), count: size))
    }

    /// Reads a commit's metadata.
    public func commit(_ id: ObjectID) throws(GitError) -> Commit {
        var oid = id.gitOID
        var commit: OpaquePointer?
        try check(git_commit_lookup(&commit, handle, &oid), "git_commit_lookup")
        defer { git_commit_free(commit) }
        let parents = (0..<git_commit_parentcount(commit)).map { ObjectID(git_commit_parent_id(commit, $0)!.pointee) }
        let summary = git_commit_summary(commit).map { String(cString: $0) } ?? ""
        return Commit(
            id: id,
            tree: ObjectID(git_commit_tree_id(commit)!.pointee),
            parents: parents,
            author: Signature(git_commit_author(commit)!.pointee),
            committer: Signature(git_commit_committer(commit)!.pointee),
            summary: summary
        )
    }

    /// Lends each entry of a tree to `body`, in git's order.
    public func forEachEntry(ofTree id: ObjectID, _ body: (TreeEntry) throws -> Void) throws {
        var oid = id.gitOID
        var tree: OpaquePointer?
        try check(git_tree_lookup(&tree, handle, &oid), "git_tree_lookup")
        defer { git_tree_free(tree) }
        for index in 0..<git_tree_entrycount(tree) {
            let entry = git_tree_entry_byindex(tree, index)
            let name = git_tree_entry_name(entry)!
            let length = strlen(name)
            try name.withMemoryRebound(to: UInt8.self, capacity: length) { bytes in
                try body(TreeEntry(
                    name: UnsafeBufferPointer(start: bytes, count: length),
                    id: ObjectID(git_tree_entry_id(entry)!.pointee),
                    kind: ObjectKind(git_tree_entry_type(entry))
                ))
            }
        }
    }
}

extension Signature {
    init(_ signature: git_signature) {
        let name = signature.name.map { String(cString: $0) } ?? ""
        let email = signature.email.map { String(cString: $0) } ?? ""
        self.init(name: name, email: email, date: Date(timeIntervalSince1970: TimeInterval(signature.when.time)))
    }
}

@available(*, unavailable)
extension Repository: Sendable {}

extension Repository {
    /// The repository that contains `path` (searching parent directories, as git does), or nil.
    public static func discover(from path: String) -> String? {
        Libgit2Runtime.ensureInitialized()
        var buffer = git_buf()
        defer { git_buf_dispose(&buffer) }
        guard git_repository_discover(&buffer, path, 0, nil) == 0, let pointer = buffer.ptr else { return nil }
        return String(cString: pointer)
    }
}

extension Repository {
    /// The id of the entry at `path` (slash-separated) in a tree, or nil when the tree has no such path.
    public func entryID(atPath path: String, inTree tree: ObjectID) -> ObjectID? {
        var oid = tree.gitOID
        var treeHandle: OpaquePointer?
        guard git_tree_lookup(&treeHandle, handle, &oid) == 0 else { return nil }
        defer { git_tree_free(treeHandle) }
        var entry: OpaquePointer?
        guard git_tree_entry_bypath(&entry, treeHandle, path) == 0 else { return nil }
        defer { git_tree_entry_free(entry) }
        return ObjectID(git_tree_entry_id(entry)!.pointee)
    }
}

extension Repository {
    /// The ids of the entries called `names` directly in a tree (one tree read for all of them).
    public func entryIDs(named names: Set<String>, inTree tree: ObjectID) -> [String: ObjectID] {
        var oid = tree.gitOID
        var treeHandle: OpaquePointer?
        guard git_tree_lookup(&treeHandle, handle, &oid) == 0 else { return [:] }
        defer { git_tree_free(treeHandle) }
        var found: [String: ObjectID] = [:]
        for name in names {
            if let entry = git_tree_entry_byname(treeHandle, name) { found[name] = ObjectID(git_tree_entry_id(entry)!.pointee) }
        }
        return found
    }
}
