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

extension ScanInput {
    /// The kind of input, as the JSON report's `scan.input.kind` names it.
    public var kind: String {
        switch self {
        case .history: "history"
        case .range: "range"
        case .staged: "staged"
        case .files: "files"
        }
    }

    /// The range (`A..B`, or the tips and what is hidden) or the path scanned; nil for the history and the index.
    public var detail: String? {
        switch self {
        case .history, .staged: nil
        case .range(let range): range.description
        case .files(let paths, _): paths.joined(separator: " ")
        }
    }

    /// What was read, for a report's header.
    public var place: String {
        switch self {
        case .history: "the whole history"
        case .range(let range): "commits \(range.description)"
        case .staged: "the files staged in the index"
        case .files: "files on disk, not git objects"
        }
    }

    /// Where a finding of this input is, for reports: a narrower input is not followed through the history, so it
    /// says what was read instead of which refs hold it.
    public var findingPlace: String {
        switch self {
        case .history: "in the history"
        case .range(let range): "in commits \(range.description) (not followed through the other refs: `dredge scan` does that)"
        case .staged: "staged in the index, not committed yet"
        case .files: "on disk, not in git"
        }
    }
}

extension CommitRange: CustomStringConvertible {
    /// `A..B` for a range given that way; otherwise the tips, then `--not` and what is hidden.
    public var description: String {
        let hiding = hidden + hiddenIfKnown + hiddenReferences
        if tips.count == 1, hiding.count == 1, hidden.count == 1 { return "\(hidden[0])..\(tips[0])" }
        return (tips + (hiding.isEmpty ? [] : ["--not"] + hiding)).joined(separator: " ")
    }
}
