internal import CGit2

extension Repository {
    /// The blobs of `tree` that are new or changed against `base` (every blob of `tree` when `base` is nil).
    /// Submodule entries are left out: their commits live in another repository.
    public func changedBlobs(from base: ObjectID?, to tree: ObjectID) throws(GitError) -> [ChangedBlob] {
        let newTree = try lookupTree(tree)
        defer { git_tree_free(newTree) }
        let oldTree = try base.map { id throws(GitError) in try lookupTree(id) }
        defer { git_tree_free(oldTree) }
        var options = Self.diffOptions()
        var diff: OpaquePointer?
        try check(git_diff_tree_to_tree(&diff, handle, oldTree, newTree, &options), "git_diff_tree_to_tree")
        defer { git_diff_free(diff) }
        return Self.newBlobs(in: diff!)
    }

    /// The blobs staged in the index that differ from HEAD's tree: new and modified files (every staged file in a
    /// repository with no commits yet).
    public func stagedBlobs() throws(GitError) -> [ChangedBlob] {
        let head = try headCommit().map { id throws(GitError) in try commit(id).tree }
        let headTree = try head.map { id throws(GitError) in try lookupTree(id) }
        defer { git_tree_free(headTree) }
        var options = Self.diffOptions()
        var diff: OpaquePointer?
        try check(git_diff_tree_to_index(&diff, handle, headTree, nil, &options), "git_diff_tree_to_index")
        defer { git_diff_free(diff) }
        return Self.newBlobs(in: diff!)
    }

    private func lookupTree(_ id: ObjectID) throws(GitError) -> OpaquePointer {
        var oid = id.gitOID
        var tree: OpaquePointer?
        try check(git_tree_lookup(&tree, handle, &oid), "git_tree_lookup")
        return tree!
    }

    private static func diffOptions() -> git_diff_options {
        var options = git_diff_options()
        git_diff_options_init(&options, UInt32(GIT_DIFF_OPTIONS_VERSION))
        options.flags |= GIT_DIFF_INCLUDE_TYPECHANGE.rawValue  // a file that became a symlink or back is a new blob
        return options
    }

    private static func newBlobs(in diff: OpaquePointer) -> [ChangedBlob] {
        let wanted: Set<UInt32> = [GIT_DELTA_ADDED.rawValue, GIT_DELTA_MODIFIED.rawValue, GIT_DELTA_TYPECHANGE.rawValue]
        return (0..<git_diff_num_deltas(diff)).compactMap { index in
            let delta = git_diff_get_delta(diff, index)!.pointee
            guard wanted.contains(delta.status.rawValue), delta.new_file.mode != UInt16(GIT_FILEMODE_COMMIT.rawValue),
                  let path = delta.new_file.path else { return nil }
            let replaced = delta.status == GIT_DELTA_ADDED || delta.old_file.mode == UInt16(GIT_FILEMODE_COMMIT.rawValue)
            return ChangedBlob(path: String(cString: path), id: ObjectID(delta.new_file.id), previous: replaced ? nil : ObjectID(delta.old_file.id))
        }
    }
}
