import Git

/// Finds the commit that removed a path: the first commit, in history order, that no longer has the path while one
/// of its parents did. Asked only for the paths of committed credential files. A commit whose top-level entry for a
/// path (`config` for `config/.env`) is the same object as in its first parent has the path exactly when that parent
/// does, so deeper trees are read only where that entry changed: one small root-tree read per commit.
struct RemovalFinder {
    let repository: Repository
    let index: AppearanceIndex

    /// Path → index (into `index.commits`) of the commit that removed it; paths still present, or never removed on
    /// a line of history dredge walked, are absent.
    func removals(of paths: Set<String>) -> [String: Int] {
        guard !paths.isEmpty else { return [:] }
        let tops = Set(paths.map { String($0.prefix { $0 != "/" }) })
        var state: [ObjectID: (tops: [String: ObjectID], present: Set<String>)] = [:]
        var removed: [String: Int] = [:]
        for (commitIndex, commit) in index.commits.enumerated() {
            let here = repository.entryIDs(named: tops, inTree: commit.tree)
            let parent = commit.parents.first.flatMap { state[$0] }
            var present = Set<String>()
            for path in paths {
                let top = String(path.prefix { $0 != "/" })
                if let parent, parent.tops[top] == here[top] {
                    if parent.present.contains(path) { present.insert(path) }
                } else if here[top] != nil, top == path || repository.entryID(atPath: path, inTree: commit.tree) != nil {
                    present.insert(path)
                }
            }
            state[commit.id] = (here, present)
            for path in paths where removed[path] == nil && !present.contains(path) {
                if commit.parents.contains(where: { state[$0]?.present.contains(path) == true }) { removed[path] = commitIndex }
            }
        }
        return removed
    }
}
