internal import CGit2

extension Repository {
    /// The directory shared by every work tree of the repository (the main `.git`), where hooks live by default.
    public var commonDirectory: String { String(cString: git_repository_commondir(handle)) }

    /// A path-valued configuration setting (`core.hooksPath`) with `~` expanded, or nil when it is not set.
    public func configPath(_ key: String) -> String? {
        var config: OpaquePointer?
        guard git_repository_config_snapshot(&config, handle) == 0 else { return nil }
        defer { git_config_free(config) }
        var buffer = git_buf()
        defer { git_buf_dispose(&buffer) }
        guard git_config_get_path(&buffer, config, key) == 0, let pointer = buffer.ptr else { return nil }
        return String(cString: pointer)
    }

    /// Whether `.gitignore` files, `info/exclude` and `core.excludesFile` ignore `path` (relative to the work tree;
    /// a directory ends with `/`). Files already tracked are not special here: ask `isTracked` for those.
    public func isIgnored(_ path: String) -> Bool {
        var ignored: Int32 = 0
        return git_ignore_path_is_ignored(&ignored, handle, path) == 0 && ignored == 1
    }

    /// Whether the index has an entry for `path` (relative to the work tree).
    public func isTracked(_ path: String) -> Bool {
        var index: OpaquePointer?
        guard git_repository_index(&index, handle) == 0 else { return false }
        defer { git_index_free(index) }
        return git_index_get_bypath(index, path, 0) != nil
    }
}
