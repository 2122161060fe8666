@testable import DredgeKit
import Foundation
import Git
import TestSupport
import Testing

/// The history walk's own order (`HistoryOrder`): parents before children, by committer time among the commits free
/// to come next, the order libgit2's `TOPOLOGICAL | TIME | REVERSE` walk gave.
@Suite struct HistoryOrderTests {
    /// Commits written with `git fast-import`, each `(name, parents, committer time)` changing one file; `tips` name the
    /// branches to keep (branch name → commit name). Returns the commit ids by name.
    private func history(_ fixture: GitFixture, _ commits: [(String, [String], Int)], tips: [String: String]) throws -> [String: ObjectID] {
        var marks: [String: Int] = [:]
        var stream = ""
        for (number, (name, parents, time)) in commits.enumerated() {
            marks[name] = number + 1
            if parents.isEmpty { stream += "reset refs/heads/build\n" }
            stream += "commit refs/heads/build\nmark :\(number + 1)\ncommitter A <a@dredge.test> \(time) +0000\ndata \(name.utf8.count)\n\(name)\n"
            if let first = parents.first { stream += "from :\(marks[first]!)\n" }
            for other in parents.dropFirst() { stream += "merge :\(marks[other]!)\n" }
            stream += "M 100644 inline \(name).txt\ndata \(name.utf8.count + 1)\n\(name)\n\n"
        }
        for (branch, commit) in tips { stream += "reset refs/heads/\(branch)\nfrom :\(marks[commit]!)\n\n" }
        let marksFile = fixture.root.appendingPathComponent("marks-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: marksFile) }
        try fixture.git(["fast-import", "--quiet", "--export-marks=\(marksFile.path)"], stdin: stream)
        try fixture.git("update-ref", "-d", "refs/heads/build")
        var byMark: [Int: ObjectID] = [:]
        for line in try String(contentsOf: marksFile, encoding: .utf8).split(separator: "\n") {
            let fields = line.split(separator: " ")  // `:MARK ID`
            byMark[Int(fields[0].dropFirst())!] = ObjectID(hex: String(fields[1]))
        }
        return marks.mapValues { byMark[$0]! }
    }

    /// What libgit2's walk gives from the same starting points.
    private func libgit2Order(_ repository: Repository, from starts: [ObjectID]) throws -> [ObjectID] {
        let walk = try RevisionWalk(repository)
        for start in starts { try walk.push(start) }
        var order: [ObjectID] = []
        while let next = try walk.next() { order.append(next) }
        return order
    }


    /// A merge whose clock is behind one of its parents' still comes after both: the topology wins over the times.
    @Test func aMergeComesAfterBothParentsWhateverItsClockSays() throws {
        let fixture = try GitFixture(bare: true)
        let ids = try history(fixture, [("root", [], 1_000), ("main", ["root"], 2_000), ("side", ["root"], 5_000),
                                        ("merge", ["main", "side"], 3_000)], tips: ["main": "merge"])
        let repository = try Repository(at: fixture.path)
        let order = HistoryOrder(starts: [ids["merge"]!], repository: repository, listing: try ObjectListing(everyObjectOf: repository))
        #expect(order.commits == ["root", "main", "side", "merge"].map { ids[$0]! })
        #expect(order.problems.isEmpty)
    }

    /// Many branches, merges of merges, clocks that go back, starting points that are ancestors of others: the same
    /// order as libgit2's walk, with the commits read through libgit2 and by the pack reader (repacked deep).
    @Test func theOrderIsLibgit2sOnABranchyHistory() throws {
        let fixture = try GitFixture(bare: true)
        var commits: [(String, [String], Int)] = [("c0", [], 1_000_000)]
        var tips = ["c0"]
        var generator = SplitMix(seed: 7)
        for number in 1..<160 {
            let name = "c\(number)"
            let first = tips[Int(generator.next() % UInt64(tips.count))]
            var parents = [first]
            if number % 7 == 0, tips.count > 1, let other = tips.first(where: { $0 != first }) { parents.append(other) }
            // Forward in time, now and then 50 commits behind; every time distinct (libgit2 leaves ties to its heap).
            let time = number % 11 == 0 ? 1_000_000 + (number - 51) * 100 + 50 : 1_000_000 + number * 100
            commits.append((name, parents, time))
            tips.removeAll { parents.contains($0) }
            tips.append(name)
            if number % 5 == 0 { tips.append(commits[Int(generator.next() % UInt64(commits.count))].0) }  // a branch off an older commit
            if number % 13 == 0 {  // another root
                commits.append(("r\(number)", [], 1_000_000 + number * 100 + 75))
                tips.append("r\(number)")
            }
        }
        let kept = Dictionary(uniqueKeysWithValues: Set(tips).sorted().enumerated().map { ("b\($0.offset)", $0.element) })
        let ids = try history(fixture, commits, tips: kept)
        let starts = kept.keys.sorted().map { ids[kept[$0]!]! } + [ids["c40"]!]  // an ancestor as well
        try fixture.git("repack", "-adf", "-q", "--depth=50", "--window=50")
        let repository = try Repository(at: fixture.path)
        for packed in [false, true] {
            // Commits read by the pack reader, or (no listing) through libgit2.
            let listing = packed ? try ObjectListing(everyObjectOf: repository) : ObjectListing(unlocated: [])
            #expect(packed == (listing.location(of: ids["c0"]!) != nil))
            let order = HistoryOrder(starts: starts, repository: repository, listing: listing)
            #expect(order.commits == (try libgit2Order(repository, from: starts)), "packed: \(packed)")
            #expect(Set(order.commits).count == order.commits.count)
            #expect(order.commits.count == ids.count)
            #expect(order.problems.isEmpty)
        }
    }

    /// A commit missing from the object database (a damaged clone) leaves out only itself: its descendants are still
    /// walked and their blobs indexed, and the problem is named. libgit2's walk stopped at once: nothing was indexed,
    /// and a scan took every commit for an unreachable one.
    @Test func aMissingCommitLeavesTheRestOfTheHistoryWalked() throws {
        let fixture = try GitFixture()
        try fixture.write("a.txt", "one\n")
        let first = try fixture.commit("first")
        try fixture.write("b.txt", "two\n")
        let second = try fixture.commit("second")
        try fixture.write("c.txt", "three\n")
        let third = try fixture.commit("third")
        try FileManager.default.removeItem(at: fixture.root.appendingPathComponent(".git/objects/\(first.prefix(2))/\(first.dropFirst(2))"))

        let index = try AppearanceIndex.build(try Repository(at: fixture.path))
        #expect(index.commits.map(\.id.hex) == [second, third])
        #expect(index.problems.contains { $0.contains(first) })
        let blob = try #require(ObjectID(hex: try fixture.git("rev-parse", "\(third):b.txt").trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(index.appearances[blob]?.map { index.commits[$0.commitIndex].id.hex } == [second])
    }

    /// A starting point that is not a commit (a reflog naming a tree) is named as a problem and the rest is walked.
    @Test func aStartThatIsNoCommitIsNamed() throws {
        let fixture = try GitFixture()
        try fixture.write("a.txt", "one\n")
        let commit = try #require(ObjectID(hex: try fixture.commit("first")))
        let tree = try #require(ObjectID(hex: try fixture.git("rev-parse", "HEAD^{tree}").trimmingCharacters(in: .whitespacesAndNewlines)))
        let repository = try Repository(at: fixture.path)
        let order = HistoryOrder(starts: [tree, commit, commit], repository: repository, listing: ObjectListing(unlocated: []))
        #expect(order.commits == [commit])
        #expect(order.problems == ["cannot walk from \(tree): a tree, not a commit"])
    }

    /// The commit header parser: parents in order, the committer's seconds after the last `>`, nothing for a
    /// non-commit.
    @Test func commitLinksReadParentsAndCommitterTime() {
        let tree = String(repeating: "a", count: 40)
        let (p1, p2) = (String(repeating: "b", count: 40), String(repeating: "c", count: 40))
        let text = "tree \(tree)\nparent \(p1)\nparent \(p2)\nauthor A <a@x> 5 +0000\ncommitter B <b>c> 1700000000 -0700\n\nmessage\ncommitter X <x> 9\n"
        let links = Array(text.utf8).withUnsafeBytes { CommitLinks(parsing: $0) }
        #expect(links?.parents == [ObjectID(hex: p1)!, ObjectID(hex: p2)!])
        #expect(links?.committerTime == 1_700_000_000)
        #expect(Array("object \(tree)\ntype commit\n".utf8).withUnsafeBytes { CommitLinks(parsing: $0) } == nil)
        let root = Array("tree \(tree)\nauthor A <a> 1 +0000\n\nno committer".utf8).withUnsafeBytes { CommitLinks(parsing: $0) }
        #expect(root?.parents == [] && root?.committerTime == 0)
    }
}

/// A small deterministic generator, so the branchy history is the same in every run.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
