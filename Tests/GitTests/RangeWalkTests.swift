import Foundation
import Git
import TestSupport
import Testing

/// `RangeWalk` against git's own answer: each case asks both for `git rev-list TIPS --not HIDDEN`.
@Suite struct RangeWalkTests {
    private func id(_ fixture: GitFixture, _ revision: String) throws -> ObjectID {
        try #require(ObjectID(hex: try fixture.git("rev-parse", revision).trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    /// What git lists for the same walk, as a set.
    private func gitRevList(_ fixture: GitFixture, _ arguments: [String]) throws -> Set<ObjectID> {
        Set(try fixture.git(["rev-list"] + arguments).split(separator: "\n").compactMap { ObjectID(hex: String($0)) })
    }

    /// The walk's commits, checked to come after their parents.
    private func walk(_ fixture: GitFixture, tips: [String], hidden: [ObjectID]) throws -> [ObjectID] {
        let repository = try Repository(at: fixture.path)
        let commits = try RangeWalk.commits(from: tips.map { try id(fixture, $0) }, hiding: hidden, in: repository)
        var position: [ObjectID: Int] = [:]
        for (index, commit) in commits.enumerated() { position[commit] = index }
        for (index, commit) in commits.enumerated() {
            for parent in try repository.commit(commit).parents {
                if let earlier = position[parent] { #expect(earlier < index, "parent \(parent) after its child \(commit)") }
            }
        }
        #expect(Set(commits).count == commits.count)
        return commits
    }

    /// A commit written straight into the object database, so its committer date can run backwards.
    @discardableResult
    private func rawCommit(_ fixture: GitFixture, tree: String, parents: [String], time: Int, _ message: String) throws -> String {
        let header = (["tree \(tree)"] + parents.map { "parent \($0)" }).joined(separator: "\n")
        let text = "\(header)\nauthor A <a@dredge.test> \(time) +0000\ncommitter A <a@dredge.test> \(time) +0000\n\n\(message)\n"
        return try fixture.git(["hash-object", "-t", "commit", "-w", "--stdin"], stdin: text).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func aLinearRangeIsItsCommitsOldestFirst() throws {
        let fixture = try GitFixture()
        var made: [String] = []
        for number in 1...6 {
            try fixture.write("file.txt", "\(number)\n")
            made.append(try fixture.commit("c\(number)"))
        }
        let commits = try walk(fixture, tips: ["main"], hidden: [try id(fixture, "main~3")])
        #expect(commits.map(\.description) == Array(made.suffix(3)))
        #expect(try walk(fixture, tips: ["main"], hidden: []).count == 6)
        #expect(try walk(fixture, tips: ["main~2"], hidden: [try id(fixture, "main")]).isEmpty)
    }

    @Test func mergesBringTheCommitsOfTheBranchesTheyJoinUnlessHidden() throws {
        let fixture = try GitFixture()
        try fixture.write("a.txt", "a\n")
        try fixture.commit("base")
        try fixture.git("checkout", "-q", "-b", "topic")
        for number in 1...3 {
            try fixture.write("topic.txt", "\(number)\n")
            try fixture.commit("topic \(number)")
        }
        try fixture.git("checkout", "-q", "main")
        for number in 1...2 {
            try fixture.write("main.txt", "\(number)\n")
            try fixture.commit("main \(number)")
        }
        try fixture.git("merge", "-q", "--no-ff", "-m", "merge topic", "topic")
        try fixture.write("after.txt", "after\n")
        try fixture.commit("after")
        let cases: [(tips: [String], hidden: [String])] = [
            (["main"], ["main~1^1"]),            // the merge and what it brought from topic, not main's own
            (["main"], ["topic"]),              // main's side only
            (["main"], ["main~1^1", "topic~1"]), // one topic commit left
            (["main", "topic"], ["main~2^1"]),
        ]
        for (tips, hidden) in cases {
            let hiddenIDs = try hidden.map { try id(fixture, $0) }
            let commits = try walk(fixture, tips: tips, hidden: hiddenIDs)
            #expect(Set(commits) == (try gitRevList(fixture, tips + ["--not"] + hidden)), "\(tips) --not \(hidden)")
        }
    }

    /// A new branch on top of commits that only a few of thousands of remote-tracking refs hold: the walk hides each
    /// ref's history, tags peeled, and still lists only the new commits.
    @Test func thousandsOfHiddenReferencesLeaveOnlyTheNewCommits() throws {
        let fixture = try GitFixture()
        var history: [String] = []
        for number in 1...40 {
            try fixture.write("file.txt", "\(number)\n")
            history.append(try fixture.commit("c\(number)"))
        }
        try fixture.git("tag", "-a", "-m", "release", "v1", history[20])
        let tag = try fixture.git("rev-parse", "v1").trimmingCharacters(in: .whitespacesAndNewlines)
        var updates = (0..<3000).map { "create refs/remotes/origin/pull/\($0)/head \(history[$0 % 30])\n" }.joined()
        updates += "create refs/remotes/origin/tags/v1 \(tag)\n"
        try fixture.git(["update-ref", "--stdin"], stdin: updates)
        // history[39] is in no remote-tracking ref; the branch starts from it.
        try fixture.git("checkout", "-q", "-b", "new")
        for number in 1...3 {
            try fixture.write("new.txt", "\(number)\n")
            try fixture.commit("new \(number)")
        }
        let repository = try Repository(at: fixture.path)
        let hidden = repository.referenceTargets(matching: "refs/remotes/origin/*")
        #expect(hidden.count == 3001)
        let commits = try walk(fixture, tips: ["new"], hidden: hidden)
        #expect(Set(commits) == (try gitRevList(fixture, ["new", "--not", "--remotes=origin"])))
        #expect(commits.count == 3 + 10)  // the branch, and history[30...39], which no ref holds
    }

    /// A commit dated before its parent (a clock that ran backwards) on the hidden side still hides what is under it,
    /// as git's five commits of slack do.
    @Test func aHiddenCommitWithAClockThatRanBackwardsStillHides() throws {
        let fixture = try GitFixture()
        try fixture.write("a.txt", "a\n")
        try fixture.commit("base")
        let tree = try fixture.git("rev-parse", "HEAD^{tree}").trimmingCharacters(in: .whitespacesAndNewlines)
        let start = GitFixture.firstDate + 10 * 86_400
        let shared = try rawCommit(fixture, tree: tree, parents: [try fixture.git("rev-parse", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)], time: start, "shared")
        let skewed = try rawCommit(fixture, tree: tree, parents: [shared], time: start - 5 * 86_400, "skewed")
        let hiddenTip = try rawCommit(fixture, tree: tree, parents: [skewed], time: start + 3_600, "hidden tip")
        let tip = try rawCommit(fixture, tree: tree, parents: [shared], time: start + 7_200, "wanted")
        let commits = try walk(fixture, tips: [tip], hidden: [try id(fixture, hiddenTip)])
        #expect(commits.map(\.description) == [tip])
        #expect(Set(commits) == (try gitRevList(fixture, [tip, "--not", hiddenTip])))
    }
}
