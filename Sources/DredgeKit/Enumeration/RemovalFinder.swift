import Git

/// Finds the commit that removed a path: the first commit, in history order, that no longer has the path while one
/// of its parents did. Asked only for the paths of committed credential files, so the cost is commits × those paths.
struct RemovalFinder {
    let repository: Repository
    let index: AppearanceIndex

    /// Path → index (into `index.commits`) of the commit that removed it; paths still present, or never removed on
    /// a reachable line of history, are absent.
    func removals(of paths: Set<String>) -> [String: Int] {
        guard !paths.isEmpty else { return [:] }
        var present: [ObjectID: Set<String>] = [:]  // commit → which of `paths` it has
        var removed: [String: Int] = [:]
        for (commitIndex, commit) in index.commits.enumerated() {
            let here = Set(paths.filter { repository.entryID(atPath: $0, inTree: commit.tree) != nil })
            present[commit.id] = here
            for path in paths where removed[path] == nil && !here.contains(path) {
                if commit.parents.contains(where: { present[$0]?.contains(path) == true }) { removed[path] = commitIndex }
            }
        }
        return removed
    }
}
