internal import CGit2

extension Repository {
    /// The commit a revision names (`main`, `v1.2`, `HEAD~3`, a full or abbreviated id), annotated tags peeled.
    public func resolveCommit(_ revision: String) throws(GitError) -> ObjectID {
        var object: OpaquePointer?
        try check(git_revparse_single(&object, handle, revision), "git_revparse_single")
        defer { git_object_free(object) }
        var peeled: OpaquePointer?
        try check(git_object_peel(&peeled, object, GIT_OBJECT_COMMIT), "git_object_peel")
        defer { git_object_free(peeled) }
        return ObjectID(git_object_id(peeled)!.pointee)
    }

    /// Whether the object database holds `id`.
    public func contains(_ id: ObjectID) -> Bool {
        var oid = id.gitOID
        return git_odb_exists(odb, &oid) == 1
    }
}
