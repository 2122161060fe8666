import Git

/// Follows the paths where findings were seen through every commit of the history, to tell for each finding which
/// refs still hold it and whether it was pushed. The appearance index names only the first commit that brought a
/// (blob, path) pair, but the same blob can arrive again on another branch (a rebase, a cherry-pick, the same file
/// committed twice): here every commit whose tree holds a finding's blob at one of its paths counts.
///
/// Commits are visited parents first. A commit's state is the entry id at every node of a `PathTrie` of the
/// findings' paths: a function of its tree alone. States are read a chunk of commits at a time, by `jobs` threads
/// ahead of the walk (`ExposureStates`): a commit is read from its first parent's state when the parent was read in
/// the same chunk, else from the state of the commit before it, so only the subtrees whose id changed are read again.
/// The walk then replays those changes, which makes the cost one root-tree read per commit plus the changed
/// directories along the paths, spread over `jobs` threads. States are kept until every child has used them.
struct ExposureWalk {
    let trees: TreeReader
    let index: AppearanceIndex
    /// Opens another tree reader of the repository, for another thread; with one, `jobs` threads read the states.
    var openTrees: (@Sendable () -> TreeReader?)? = nil
    var jobs = 1
    /// Commits whose states a thread reads at a time (`ExposureStates`); a chunk read by a thread that did not read
    /// the one before starts from an empty state (one read of every tree along the paths).
    var chunk = 4096
    /// Chunks read ahead of the replay at most, per job.
    var chunksAhead = 2

    /// States a thread reading them keeps at most for the children still to come (about twice as many at times).
    var keptStates = 64

    /// How a commit's state differs from the state it was read from (`base`).
    struct StateChanges: Sendable {
        enum Base { case firstParent, previous, empty }
        var base: Base
        var changes: [(node: Int, id: ObjectID?)]
    }

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
        var inMessages = Array(repeating: false, count: count)
        for finding in messages.values.joined() { inMessages[finding] = true }
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
        let empty = [ObjectID?](repeating: nil, count: trie.count)
        let firstParents = parentsOf.map { $0.first ?? nil }
        let rootTrees = index.commits.map(\.tree)
        var state = empty  // the state of the commit walked last, then of this one
        let keptStates = keptStates
        let reading = ExposureStates(order: order, chunk: chunk, nodes: trie.count, trees: trees, jobs: jobs, ahead: jobs * chunksAhead,
                                    openTrees: openTrees) { commits, reader, state, continues in
            Self.stateChanges(of: commits, firstParents: firstParents, rootTrees: rootTrees, trie: trie, reader: reader,
                              keptStates: keptStates, state: &state, continues: continues)
        }
        var read: [StateChanges] = []
        for (step, commitIndex) in order.enumerated() {
            if step % chunk == 0 { read = reading.take(step / chunk) }
            let commit = index.commits[commitIndex]
            let parents = parentsOf[commitIndex]
            let parentStates = parents.map { $0.flatMap { states[$0] } }
            let next = read[step % chunk]
            switch next.base {
            case .firstParent: state = parentStates[0]!
            case .previous: break
            case .empty: state = empty
            }
            for change in next.changes { state[change.node] = change.id }
            // The nodes whose id differs from the first parent's: what was read, when it was read from that parent.
            let changed: [Int]
            if next.base == .firstParent {
                changed = next.changes.map(\.node)
            } else {
                let base = parentStates.first.flatMap { $0 } ?? empty
                changed = state.indices.filter { state[$0] != base[$0] }
            }

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

            if let tips = tipsOf[commitIndex] {
                // Whether the tip's tree holds a finding is the same for every ref at this commit: asked once.
                for finding in Self.members(of: reached) {
                    result.references[finding] += tips
                    if holds(state, finding) || inMessages[finding] { result.tips[finding] += tips }
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

    /// The states of `commits` (indices into `index.commits`, whose trees are `rootTrees`), in order, each as its changes
    /// from its first parent's state when that parent came earlier in `commits`, else from the one before it. `state`
    /// is where reading starts: the state of the commit before `commits` when `continues`, else thrown away.
    static func stateChanges(of commits: ArraySlice<Int>, firstParents: [Int?], rootTrees: [ObjectID], trie: PathTrie,
                             reader: TreeReader, keptStates: Int, state: inout [ObjectID?], continues: Bool) -> [StateChanges] {
        var waiting: [Int: Int] = [:]  // commit → its children in `commits` that are still to read from its state
        for commit in commits { if let parent = firstParents[commit] { waiting[parent, default: 0] += 1 } }
        // The states kept for children to come, the latest `keptStates` only: a child whose parent's state was let go
        // is read from the commit before it, which costs a few more trees; a state is tens of kilobytes on git/git.
        var kept: [Int: [ObjectID?]] = [:]
        var keptOrder: [Int] = []
        if !continues { state = [ObjectID?](repeating: nil, count: trie.count) }
        var read: [StateChanges] = []
        read.reserveCapacity(commits.count)
        for commit in commits {
            var base = read.isEmpty && !continues ? StateChanges.Base.empty : .previous
            if let parent = firstParents[commit], let parentState = kept[parent] {
                (state, base) = (parentState, .firstParent)
                waiting[parent]! -= 1
                if waiting[parent] == 0 { kept[parent] = nil }
            }
            let changed = descend(trie, into: &state, node: 0, id: rootTrees[commit], reader: reader)
            read.append(StateChanges(base: base, changes: changed.map { ($0, state[$0]) }))
            guard waiting[commit, default: 0] > 0 else { continue }
            kept[commit] = state
            keptOrder.append(commit)
            if keptOrder.count > 2 * keptStates {
                keptOrder.removeFirst(keptOrder.count - keptStates)
                let latest = Set(keptOrder)
                kept = kept.filter { latest.contains($0.key) }
            }
        }
        return read
    }

    /// Brings `state[node]` to `id` and, where the id changed, reads the tree to bring the node's children along;
    /// returns the nodes whose id changed.
    private static func descend(_ trie: PathTrie, into state: inout [ObjectID?], node: Int, id: ObjectID?, reader: TreeReader) -> [Int] {
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
        for (child, entry) in zip(trie.children[node], reader.entryIDs(trie.childNames[node], inTree: id)) {
            changed += descend(trie, into: &state, node: child, id: entry, reader: reader)
        }
        return changed
    }

    /// The findings whose bits are set, in order.
    private static func members(of bits: [UInt64]) -> [Int] {
        var members: [Int] = []
        for (word, value) in bits.enumerated() {
            var rest = value
            while rest != 0 {
                members.append(word * 64 + rest.trailingZeroBitCount)
                rest &= rest - 1
            }
        }
        return members
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
