internal import CGit2

/// Walks commits from a set of starting points, parents before children (oldest first).
public final class RevisionWalk {
    private let handle: OpaquePointer  // owned; freed in deinit

    public init(_ repository: Repository) throws(GitError) {
        var raw: OpaquePointer?
        try check(git_revwalk_new(&raw, repository.handle), "git_revwalk_new")
        handle = raw!
        git_revwalk_sorting(handle, GIT_SORT_TOPOLOGICAL.rawValue | GIT_SORT_TIME.rawValue | GIT_SORT_REVERSE.rawValue)
    }

    deinit { git_revwalk_free(handle) }

    /// Adds a starting commit; a missing or non-commit id throws.
    public func push(_ id: ObjectID) throws(GitError) {
        var oid = id.gitOID
        try check(git_revwalk_push(handle, &oid), "git_revwalk_push")
    }

    /// Excludes a commit and its ancestors.
    public func hide(_ id: ObjectID) throws(GitError) {
        var oid = id.gitOID
        try check(git_revwalk_hide(handle, &oid), "git_revwalk_hide")
    }

    /// Excludes the commits of every reference matching a glob (`refs/remotes/origin/*`) and their ancestors.
    public func hide(glob: String) throws(GitError) {
        try check(git_revwalk_hide_glob(handle, glob), "git_revwalk_hide_glob")
    }

    /// The next commit id, nil when the walk is done.
    public func next() throws(GitError) -> ObjectID? {
        var oid = git_oid()
        let rc = git_revwalk_next(&oid, handle)
        if rc == GIT_ITEROVER.rawValue { return nil }
        try check(rc, "git_revwalk_next")
        return ObjectID(oid)
    }
}

@available(*, unavailable)
extension RevisionWalk: Sendable {}
