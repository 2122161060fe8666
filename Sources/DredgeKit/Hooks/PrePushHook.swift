import Git

/// What a push sends, as a commit range: the commits of every pushed ref that the remote does not have yet.
/// An update of a ref the remote has hides what the remote's ref already holds (`remote..local`); a new ref hides
/// everything the remote's remote-tracking refs hold (`local --not --remotes=REMOTE`); a deletion sends nothing.
/// One range for all refs, so each blob is read once however many refs carry it.
public enum PrePushHook {
    /// The range to scan, or nil when the push sends no commits (only deletions).
    public static func range(of updates: [PushUpdate], remote: String, in repository: Repository) -> CommitRange? {
        var range = CommitRange(tips: [])
        for update in updates where !update.isDeletion {
            range.tips.append(update.localID)
            // The remote's old tip is only known here if it was fetched; otherwise fall back to the tracking refs.
            if !update.isNewReference, let old = ObjectID(hex: update.remoteID), repository.contains(old) {
                range.hidden.append(update.remoteID)
            } else {
                range.hiddenReferences.append("refs/remotes/\(remote)/*")
            }
        }
        range.hiddenReferences = Array(Set(range.hiddenReferences)).sorted()
        return range.tips.isEmpty ? nil : range
    }
}
