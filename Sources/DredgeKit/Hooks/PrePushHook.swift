/// What a push sends, as a commit range: the commits of every pushed ref that the remote does not have yet, as far as
/// this repository knows. Every ref hides what the remote's remote-tracking refs hold (`--not --remotes=REMOTE`); an
/// update of a ref the remote has hides the remote's old tip as well (`remote..local`), so a branch that merged the
/// remote's main is scanned for its own commits, not for main's; a deletion sends nothing.
/// One range for all refs, so each blob is read once however many refs carry it.
public enum PrePushHook {
    /// The range to scan, or nil when the push sends no commits (only deletions).
    /// Needs no repository: the scan opens it while its rules load.
    public static func range(of updates: [PushUpdate], remote: String) -> CommitRange? {
        var range = CommitRange(tips: [])
        for update in updates where !update.isDeletion {
            range.tips.append(update.localID)
            // The remote's old tip is only known here if it was fetched.
            if !update.isNewReference { range.hiddenIfKnown.append(update.remoteID) }
        }
        guard !range.tips.isEmpty else { return nil }
        range.hiddenReferences = ["refs/remotes/\(remote)/*"]
        return range
    }
}
