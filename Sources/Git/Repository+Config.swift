internal import CGit2

extension Repository {
    /// A configuration value as git resolves it (repository, then global and system files), or nil when unset.
    public func configString(_ name: String) -> String? {
        var config: OpaquePointer?
        guard git_repository_config_snapshot(&config, handle) == 0 else { return nil }
        defer { git_config_free(config) }
        var value: UnsafePointer<CChar>?
        guard git_config_get_string(&value, config, name) == 0, let value else { return nil }
        return String(cString: value)
    }
}

extension Repository {
    /// A value from the user's and the system's git configuration, for commands run outside any repository.
    public static func defaultConfigString(_ name: String) -> String? {
        Libgit2Runtime.ensureInitialized()
        var config: OpaquePointer?
        guard git_config_open_default(&config) == 0 else { return nil }
        defer { git_config_free(config) }
        var snapshot: OpaquePointer?
        guard git_config_snapshot(&snapshot, config) == 0 else { return nil }
        defer { git_config_free(snapshot) }
        var value: UnsafePointer<CChar>?
        guard git_config_get_string(&value, snapshot, name) == 0, let value else { return nil }
        return String(cString: value)
    }
}
