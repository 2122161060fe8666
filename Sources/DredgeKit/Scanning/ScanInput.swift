/// What a scan reads: the whole object database, or something narrower that needs no history walk.
public enum ScanInput: Sendable, Hashable {
    /// Every blob in the object database, located through the appearance index (`dredge scan`).
    case history
    /// The blobs the commits of a range introduce (`--range A..B`, the pre-push hook).
    case range(CommitRange)
    /// The blobs staged in the index that differ from HEAD (`--staged`, the pre-commit hook).
    case staged
    /// Files on disk under a path, ignoring what `.gitignore` ignores unless `allFiles` (`--no-git PATH`).
    case files(path: String, allFiles: Bool)
}
