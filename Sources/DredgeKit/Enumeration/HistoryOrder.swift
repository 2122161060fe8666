import Foundation
import Git

/// The commits reachable from a set of starting points, in the order the history walk visits them: parents before
/// children, and among the commits free to come next, by committer time. It is the order libgit2's walk sorted
/// `TOPOLOGICAL | TIME | REVERSE` gives (children first, the newest free commit next, then reversed), built from the
/// commits' parents and times in a few flat arrays: libgit2 kept a node, a parent list and a map entry per commit for
/// the whole walk (33 MB on git/git, held at the scan's peak, beside the workers), where these take ~30 bytes a
/// commit while ordering and the ordered ids (20 bytes a commit) after. Commits are read by a `PackReader` where a
/// pack holds them, through libgit2 otherwise.
struct HistoryOrder {
    /// Oldest first.
    private(set) var commits: [ObjectID] = []
    /// Starting points that are not commits, and commits that could not be read (left out, with what only they reach).
    private(set) var problems: [String] = []

    init(starts: [ObjectID], repository: Repository, listing: ObjectListing) {
        var graph = Graph()
        var seenStart = Set<ObjectID>()
        for start in starts where seenStart.insert(start).inserted {
            do {
                let kind = try repository.header(of: start).kind
                guard kind == .commit else {
                    problems.append("cannot walk from \(start): a \(kind), not a commit")
                    continue
                }
                _ = graph.number(of: start)
            } catch {
                problems.append("cannot walk from \(start): \(error.message)")
            }
        }
        // Each commit's parents are numbered as it is read, so the commits are read in number order, breadth first.
        let reader = PackReader(listing)
        var commit = 0
        while commit < graph.ids.count {
            let id = graph.ids[commit]
            if let links = Self.links(of: id, reader: reader, repository: repository, listing: listing) {
                graph.add(parents: links.parents, time: links.committerTime)
            } else {
                problems.append("cannot read commit \(id): the history walk leaves it out")
                graph.addUnreadable()
            }
            commit += 1
        }
        commits = graph.ordered()
    }

    private static func links(of id: ObjectID, reader: PackReader, repository: Repository, listing: ObjectListing) -> CommitLinks? {
        if let location = listing.location(of: id),
           let read = try? reader.withObject(at: location, maxSize: 1 << 28, { CommitLinks(parsing: $0) }), let links = read.result {
            return links
        }
        return try? repository.withObjectBytes(id) { kind, bytes in kind == .commit ? CommitLinks(parsing: bytes) : nil }
    }

    /// Commits by number (order of discovery), their parents as numbers.
    private struct Graph {
        var ids: [ObjectID] = []
        var positions = ObjectPositions()
        /// The parents of commit `i` are `parents[parentEnds[i - 1]..<parentEnds[i]]` (from 0 for the first).
        var parentEnds: [UInt32] = []
        var parents: [UInt32] = []
        var times: [Int64] = []
        /// Commits that could not be read: they have no parents here and are left out of the order.
        var unreadable = Set<UInt32>()

        mutating func number(of id: ObjectID) -> UInt32 {
            if let known = positions.position(of: id, in: ids) { return UInt32(known) }
            ids.append(id)
            positions.insert(ids.count - 1, in: ids)
            return UInt32(ids.count - 1)
        }

        /// The next commit in number order has these parents and this time.
        mutating func add(parents ids: [ObjectID], time: Int64) {
            for parent in ids { parents.append(number(of: parent)) }
            precondition(parents.count < Int(UInt32.max), "too many parents for the history order")
            parentEnds.append(UInt32(parents.count))
            times.append(time)
        }

        mutating func addUnreadable() {
            unreadable.insert(UInt32(times.count))
            add(parents: [], time: .min)
        }

        func parents(of commit: Int) -> Range<Int> {
            Int(commit == 0 ? 0 : parentEnds[commit - 1])..<Int(parentEnds[commit])
        }

        /// Kahn's algorithm from the tips: a commit is free once all its children are out, and the newest free commit
        /// goes next (on equal times, the one met first); the result, reversed, is oldest first.
        func ordered() -> [ObjectID] {
            var children = [UInt32](repeating: 0, count: ids.count)
            for parent in parents { children[Int(parent)] += 1 }
            // The newest free commit first; among commits of the same second, the lower number.
            var free = PriorityQueue<UInt32> { a, b in
                let (timeA, timeB) = (times[Int(a)], times[Int(b)])
                return timeA != timeB ? timeA > timeB : a < b
            }
            for commit in ids.indices where children[commit] == 0 { free.push(UInt32(commit)) }
            var newestFirst: [UInt32] = []
            newestFirst.reserveCapacity(ids.count)
            while let commit = free.pop() {
                if !unreadable.contains(commit) { newestFirst.append(commit) }
                for edge in parents(of: Int(commit)) {
                    let parent = Int(parents[edge])
                    children[parent] -= 1
                    if children[parent] == 0 { free.push(UInt32(parent)) }
                }
            }
            return newestFirst.reversed().map { ids[Int($0)] }
        }
    }
}
