internal import CGit2

/// Process-wide libgit2 set-up, done once before the first repository is opened.
enum Libgit2Runtime {
    private static let initialized: Void = {
        git_libgit2_init()
        // dredge only reads objects and never runs hooks, filters or config-driven commands,
        // so a repository owned by another user (a CI checkout, a mounted volume) is safe to open.
        _ = dredge_git_set_owner_validation(0)
        // Scans read every object once: libgit2's object cache would only hold memory.
        _ = dredge_git_enable_caching(0)
        // Re-hashing every object read was a quarter of the CPU of a full-history scan (git cat-file does not either);
        // corrupt data is still caught by zlib's checksum and reported as unreadable.
        _ = dredge_git_enable_strict_hash_verification(0)
        // Pack files are mapped in windows; by default up to 8 GiB of them stay mapped and count in the RSS.
        // Smaller windows under a fixed ceiling keep memory bounded whatever the size of the history (measured on a
        // 100k-commit, 4 GB history: 8 MiB windows under 32 MiB took peak RSS from ~410 MB to ~290 MB, for ~4 % more
        // wall time).
        _ = dredge_git_set_mwindow_size(8 << 20)
        _ = dredge_git_set_mwindow_mapped_limit(16 << 20)
    }()

    static func ensureInitialized() { _ = initialized }
}
