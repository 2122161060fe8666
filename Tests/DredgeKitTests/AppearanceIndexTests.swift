@testable import DredgeKit
import Foundation
import Git
import TestSupport
import Testing

/// The appearance index keeps commits and appearances in flat tables (`CommitTable`, `AppearanceTable`): what it
/// gives back must be what git says, in the order the walk found it.
@Suite struct AppearanceIndexTests {
    @Test func commitsReadBackAsGitHasThem() throws {
        let fixture = try GitFixture()
        try fixture.write("a.txt", "one\n")
        let first = try fixture.commit("first", author: "Ann Author", email: "ann@dredge.test")
        try fixture.git("checkout", "-q", "-b", "side")
        try fixture.write("b.txt", "side\n")
        try fixture.commit("side", author: "Bo Branch", email: "bo@dredge.test")
        try fixture.git("checkout", "-q", "main")
        try fixture.write("a.txt", "two\n")
        try fixture.commit("second", author: "Ann Author", email: "ann@dredge.test")
        try fixture.git("merge", "-q", "--no-ff", "-m", "merge", "side")

        let repository = try Repository(at: fixture.path)
        let index = try AppearanceIndex.build(repository)
        #expect(index.commits.count == 4)
        #expect(index.commits.first?.id.hex == first)
        for (position, commit) in index.commits.enumerated() {
            let read = try repository.commit(commit.id)
            #expect(commit.tree == read.tree)
            #expect(commit.parents == read.parents)
            #expect(commit.author == read.author)
            #expect(commit.committer == read.committer)
            #expect(index.commitIndex(of: commit.id) == position)
            #expect(index.isReachable(commit: commit.id))
        }
        #expect(index.commits.last?.parents.count == 2)
        #expect(index.commitIndex(of: ObjectID(hex: String(repeating: "ab", count: 20))!) == nil)
    }

    @Test func blobAppearsAtEachPathOnceInTheOrderFound() throws {
        let fixture = try GitFixture()
        try fixture.write("config/app.yml", "token: same\n")
        let first = try fixture.commit("add")
        try fixture.write("copy/app.yml", "token: same\n")  // the same blob at a second path
        let second = try fixture.commit("copy")
        try fixture.write("config/app.yml", "token: changed\n")
        try fixture.commit("change")
        try fixture.write("config/app.yml", "token: same\n")  // back at a path it had: no new appearance
        try fixture.commit("revert")

        let index = try AppearanceIndex.build(try Repository(at: fixture.path))
        let blob = try #require(ObjectID(hex: try fixture.git("rev-parse", "\(first):config/app.yml").trimmingCharacters(in: .whitespacesAndNewlines)))
        let appearances = try #require(index.appearances[blob])
        #expect(appearances.map(\.path) == ["config/app.yml", "copy/app.yml"])
        #expect(appearances.map { index.commits[$0.commitIndex].id.hex } == [first, second])
        #expect(appearances.allSatisfy { $0.reachable })
        #expect(index.blobs.count == 2)
        #expect(Set(index.appearances.map(\.key)) == Set(index.blobs))
        #expect(index.appearances.first { $0.key == blob }?.value == appearances)
    }

    @Test func unreachableCommitsAddTheirBlobsAsUnreachable() throws {
        let fixture = try GitFixture()
        try fixture.write("a.txt", "kept\n")
        try fixture.commit("kept")
        try fixture.git("checkout", "-q", "-b", "gone")
        try fixture.write("secret.txt", "dropped\n")
        let dropped = try fixture.commit("dropped")
        try fixture.git("checkout", "-q", "main")
        try fixture.git("branch", "-D", "gone")
        try fixture.git("reflog", "expire", "--expire=now", "--all")

        let repository = try Repository(at: fixture.path)
        var index = try AppearanceIndex.build(repository)
        #expect(index.commits.count == 1)
        index.addUnreachable(commits: [try #require(ObjectID(hex: dropped))], repository: repository)
        #expect(index.commits.count == 2)
        #expect(!index.isReachable(commit: try #require(ObjectID(hex: dropped))))
        let blob = try #require(ObjectID(hex: try fixture.git("rev-parse", "\(dropped):secret.txt").trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(index.appearances[blob]?.map(\.reachable) == [false])
        #expect(index.appearances[blob]?.map(\.path) == ["secret.txt"])
        // a.txt was already seen at its path from the reachable commit: no second, unreachable appearance
        let kept = try #require(ObjectID(hex: try fixture.git("rev-parse", "main:a.txt").trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(index.appearances[kept]?.count == 1)
    }

    /// Enough entries that the id tables grow many times: every id is still found at its place, and others are not.
    @Test func tablesFindEveryIDAfterGrowing() throws {
        func id(_ number: Int) -> ObjectID { ObjectID(hex: String(format: "%040x", number &* 2_654_435_761))! }
        let someone = Signature(name: "A", email: "a@dredge.test", date: Date(timeIntervalSince1970: 0))
        var commits = CommitTable()
        var appearances = AppearanceTable()
        let path = appearances.addPath("p")
        for number in 0..<20_000 {
            commits.append(Commit(id: id(number), tree: id(number + 1), parents: number == 0 ? [] : [id(number - 1)], author: someone,
                                  committer: someone, summary: ""))
            appearances.append(id(number / 2), commitIndex: number, path: path, reachable: number % 3 != 0)
        }
        #expect(commits.count == 20_000)
        #expect(appearances.count == 10_000)
        for number in stride(from: 0, to: 20_000, by: 7) {
            #expect(commits.position(of: id(number)) == number)
            #expect(commits[number].parents == (number == 0 ? [] : [id(number - 1)]))
        }
        for number in stride(from: 0, to: 10_000, by: 7) {
            #expect(appearances[id(number)]?.map(\.commitIndex) == [2 * number, 2 * number + 1])
            #expect(appearances[id(number)]?.map(\.reachable) == [(2 * number) % 3 != 0, (2 * number + 1) % 3 != 0])
        }
        #expect(commits.position(of: id(20_001)) == nil)
        #expect(appearances[id(10_001)] == nil)
    }
}
