import Dispatch
import Git
import Synchronization

/// Follows the paths where findings were seen through every commit of the history, to tell for each finding which
/// refs still hold it and whether it was pushed. The appearance index names only the first commit that brought a
/// (blob, path) pair, but the same blob can arrive again on another branch (a rebase, a cherry-pick, the same file
/// committed twice): here every commit whose tree holds a finding's blob at one of its paths counts.
///
/// Commits are visited parents first. A commit's state is the entry id at every node of a `PathTrie` of the
/// findings' paths; it starts as its first parent's and only subtrees whose id changed are read again, so the cost is
/// one root-tree read per commit plus the changed directories along those paths. States are dropped once every child
/// has used them.
struct ExposureWalk {
    let trees: TreeReader
    let index: AppearanceIndex
    /// Opens another tree reader of the repository, for another thread; with one, `jobs` threads read the commits'
    /// root trees ahead of the walk, a stretch of commits at a time. Root trees are the bulk of what the walk reads (one
    /// per commit), and looking the findings' top-level names up in them does not depend on the walk's state.
    var openTrees: (@Sendable () -> TreeReader?)? = nil
    var jobs = 1
    /// Commits whose root trees are read ahead at a time: their entries wait in memory for the walk.
    var stretch = 4096

    /// A place to look for a finding: its blob at a path.
    struct Target {
        let finding: Int
        let path: String
        let blob: ObjectID
    }

    struct Result: Equatable {
        /// Per finding, the refs (indices into `index.references`) whose history holds it.
        var references: [[Int]]
        /// Per finding, the refs whose tip tree still holds it.
        var tips: [[Int]]
        /// Per finding, the commits (indices into `index.commits`) that brought it: it is in their tree and in no
        /// parent's.
        var introductions: [[Int]]
        /// Per finding, the latest commit (by commit date) whose tree dropped it while its first parent had it.
        var lastRemoval: [Int?]
        /// Per path, the first commit in history order that no longer has the path while a parent did.
        var pathRemovals: [String: Int]
    }

    /// `messages`: findings in commit messages, by the commit (index into `index.commits`) whose message holds them.
    /// A message stays in every ref that reaches its commit, at the tip too, until the history is rewritten.
    func run(targets: [Target], messages: [Int: [Int]] = [:], findings count: Int) -> Result {
        let inMessages = Set(messages.values.joined())
        let trie = PathTrie(paths: targets.map(\.path))
        var targetsAt: [Int: [(blob: ObjectID, finding: Int)]] = [:]
        var nodesOf = Array(repeating: [(node: Int, blob: ObjectID)](), count: count)
        for (target, node) in zip(targets, trie.leaves) {
            targetsAt[node, default: []].append((target.blob, target.finding))
            nodesOf[target.finding].append((node, target.blob))
        }
        func holds(_ state: [ObjectID?], _ finding: Int) -> Bool {
            nodesOf[finding].contains { state[$0.node] == $0.blob }
        }

        var result = Result(references: Array(repeating: [], count: count), tips: Array(repeating: [], count: count),
                            introductions: Array(repeating: [], count: count), lastRemoval: Array(repeating: nil, count: count),
                            pathRemovals: [:])
        let tipsOf = Dictionary(grouping: index.references.indices.filter { index.references[$0].commit != nil }) {
            index.commitIndex(of: index.references[$0].commit!) ?? -1
        }
        let parentsOf = index.commits.map { $0.parents.map { index.commitIndex(of: $0) } }
        var remainingChildren = Array(repeating: 0, count: index.commits.count)
        for parents in parentsOf { for case let parent? in parents { remainingChildren[parent] += 1 } }
        let words = (count + 63) / 64
        var states: [[ObjectID?]?] = Array(repeating: nil, count: index.commits.count)
        var reach: [[UInt64]?] = Array(repeating: nil, count: index.commits.count)
        let leafPaths = Dictionary(zip(trie.leaves, targets.map(\.path)), uniquingKeysWith: { a, _ in a })

        let order = Self.parentsFirst(parentsOf)
        var roots: [[ObjectID?]] = []
        for (step, commitIndex) in order.enumerated() {
            if step % stretch == 0 { roots = readRoots(of: order[step..<min(step + stretch, order.count)], names: trie.childNames[0]) }
            let commit = index.commits[commitIndex]
            let parents = parentsOf[commitIndex]
            let parentStates = parents.map { $0.flatMap { states[$0] } }
            var state = parentStates.first.flatMap { $0 } ?? Array(repeating: nil, count: trie.count)
            let changed = descend(trie, into: &state, node: 0, id: commit.tree, entries: roots.isEmpty ? nil : roots[step % stretch])

            var reached = parents.compactMap { $0.flatMap { reach[$0] } }.reduce(into: Array(repeating: UInt64(0), count: words)) {
                for word in $0.indices { $0[word] |= $1[word] }
            }
            for finding in messages[commitIndex] ?? [] where !result.introductions[finding].contains(commitIndex) {
                result.introductions[finding].append(commitIndex)
                reached[finding / 64] |= 1 << UInt64(finding % 64)
            }
            for node in changed {
                if let id = state[node] {
                    for target in targetsAt[node] ?? [] where target.blob == id {
                        guard !parentStates.contains(where: { $0.map { holds($0, target.finding) } ?? false }),
                              !result.introductions[target.finding].contains(commitIndex) else { continue }
                        result.introductions[target.finding].append(commitIndex)
                        reached[target.finding / 64] |= 1 << UInt64(target.finding % 64)
                    }
                }
                if case let parentState?? = parentStates.first, let previous = parentState[node] {
                    for target in targetsAt[node] ?? [] where target.blob == previous && !holds(state, target.finding) {
                        let latest = result.lastRemoval[target.finding].map { index.commits[$0].committer.date } ?? .distantPast
                        if commit.committer.date >= latest { result.lastRemoval[target.finding] = commitIndex }
                    }
                }
            }
            // A path is removed when this commit lacks it and a parent had it: only a changed node can be, unless a
            // merge dropped what its second parent had.
            for node in parents.count > 1 ? Array(leafPaths.keys) : changed {
                guard let path = leafPaths[node], state[node] == nil, result.pathRemovals[path] == nil else { continue }
                if parentStates.contains(where: { $0.map { $0[node] != nil } ?? false }) { result.pathRemovals[path] = commitIndex }
            }

            for tip in tipsOf[commitIndex] ?? [] {
                for finding in 0..<count where reached[finding / 64] & (1 << UInt64(finding % 64)) != 0 {
                    result.references[finding].append(tip)
                    if holds(state, finding) || inMessages.contains(finding) { result.tips[finding].append(tip) }
                }
            }
            for case let parent? in parents {
                remainingChildren[parent] -= 1
                if remainingChildren[parent] == 0 { (states[parent], reach[parent]) = (nil, nil) }
            }
            if remainingChildren[commitIndex] > 0 { (states[commitIndex], reach[commitIndex]) = (state, reached) }
        }
        return result
    }

    /// The entries called `names` in the root tree of each of `commits` (as `TreeReader.entryIDs` gives them), read by
    /// `jobs` threads with readers of their own; empty when there is only this thread (the walk then reads them).
    private func readRoots(of commits: ArraySlice<Int>, names: EntryNames) -> [[ObjectID?]] {
        guard jobs > 1, let openTrees, commits.count > 1 else { return [] }
        let trees = commits.map { index.commits[$0].tree }
        let parts = Mutex<[Int: [[ObjectID?]]]>([:])
        let share = (trees.count + jobs - 1) / jobs
        DispatchQueue.concurrentPerform(iterations: jobs) { part in
            guard let reader = openTrees() else { return }
            let mine = trees[min(part * share, trees.count)..<min((part + 1) * share, trees.count)]
            let found = mine.map { reader.entryIDs(names, inTree: $0) }
            parts.withLock { $0[part] = found }
        }
        let read = parts.withLock { parts in (0..<jobs).flatMap { parts[$0] ?? [] } }
        return read.count == trees.count ? read : []  // a thread that could not open the repository: the walk reads all
    }

    /// Brings `state[node]` to `id` and, where the id changed, reads the tree to bring the node's children along (or
    /// takes them from `entries`, the tree's entries already read); returns the nodes whose id changed.
    private func descend(_ trie: PathTrie, into state: inout [ObjectID?], node: Int, id: ObjectID?, entries: [ObjectID?]? = nil) -> [Int] {
        if state[node] == id { return [] }
        state[node] = id
        var changed = [node]
        guard !trie.children[node].isEmpty else { return changed }
        guard let id else {
            for descendant in node + 1..<trie.end[node] where state[descendant] != nil {
                state[descendant] = nil
                changed.append(descendant)
            }
            return changed
        }
        for (child, entry) in zip(trie.children[node], entries ?? trees.entryIDs(trie.childNames[node], inTree: id)) {
            changed += descend(trie, into: &state, node: child, id: entry)
        }
        return changed
    }

    /// The commits in an order where every commit comes after its parents (those in the index).
    private static func parentsFirst(_ parentsOf: [[Int?]]) -> [Int] {
        var order: [Int] = []
        order.reserveCapacity(parentsOf.count)
        var visited = Array(repeating: false, count: parentsOf.count)
        for start in parentsOf.indices where !visited[start] {
            var stack = [(start, false)]
            while let (commit, expanded) = stack.popLast() {
                if expanded {
                    order.append(commit)
                    continue
                }
                guard !visited[commit] else { continue }
                visited[commit] = true
                stack.append((commit, true))
                for case let parent? in parentsOf[commit] where !visited[parent] { stack.append((parent, false)) }
            }
        }
        return order
    }
}
