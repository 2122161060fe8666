/// What a scan reads: the whole object database, or something narrower that needs no history walk.
public enum ScanInput: Sendable, Hashable {
    /// Every blob in the object database, located through the appearance index (`dredge scan`).
    case history
    /// The blobs the commits of a range introduce (`--range A..B`, the pre-push hook).
    case range(CommitRange)
    /// The blobs staged in the index that differ from HEAD (`--staged`, the pre-commit hook).
    case staged
    /// Files on disk under one or more paths (files or directories), ignoring what `.gitignore` ignores unless
    /// `allFiles` (`--no-git PATH…`; the pre-commit framework passes the files it wants scanned).
    case files(paths: [String], allFiles: Bool)
}
