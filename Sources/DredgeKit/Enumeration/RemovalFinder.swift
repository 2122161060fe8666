import Git

/// Finds the commit that removed a path: the first commit, in history order, that no longer has the path while one
/// of its parents did. Asked only for the paths of committed credential files. A commit whose top-level entry for a
/// path (`config` for `config/.env`) is the same object as in its first parent has the path exactly when that parent
/// does, so deeper trees are read only where that entry changed: one small root-tree read per commit.
struct RemovalFinder {
    let repository: Repository
    let index: AppearanceIndex

    /// What is remembered per commit: the top-level entries the paths go through, and which paths it has.
    private struct State {
        var tops: [ObjectID?]
        var present: [Bool]
    }

    /// Path → index (into `index.commits`) of the commit that removed it; paths still present, or never removed on
    /// a line of history dredge walked, are absent.
    func removals(of paths: Set<String>) -> [String: Int] {
        guard !paths.isEmpty else { return [:] }
        let paths = paths.sorted()
        let topNames = Array(Set(paths.map { String($0.prefix { $0 != "/" }) })).sorted()
        let topOf = paths.map { path in topNames.firstIndex(of: String(path.prefix { $0 != "/" }))! }
        var states: [State?] = Array(repeating: nil, count: index.commits.count)
        var removed: [String: Int] = [:]
        for (commitIndex, commit) in index.commits.enumerated() {
            let found = repository.entryIDs(named: Set(topNames), inTree: commit.tree)
            let tops = topNames.map { found[$0] }
            let parent = commit.parents.first.flatMap(index.commitIndex).flatMap { states[$0] }
            let present = paths.indices.map { path in
                if let parent, parent.tops[topOf[path]] == tops[topOf[path]] { return parent.present[path] }
                guard tops[topOf[path]] != nil else { return false }
                return topNames[topOf[path]] == paths[path] || repository.entryID(atPath: paths[path], inTree: commit.tree) != nil
            }
            states[commitIndex] = State(tops: tops, present: present)
            for path in paths.indices where removed[paths[path]] == nil && !present[path] {
                let hadIt = commit.parents.contains { parent in index.commitIndex(of: parent).flatMap { states[$0] }?.present[path] == true }
                if hadIt { removed[paths[path]] = commitIndex }
            }
        }
        return removed
    }
}
