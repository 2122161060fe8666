import Foundation
import Git
import TestSupport
import Testing

@Suite struct RepositoryTests {
    @Test func openingANonRepositoryThrowsWithLibgit2sMessage() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("not-a-repo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect {
            _ = try Repository(at: directory.path)
        } throws: { error in
            let error = error as! GitError
            return error.function == "git_repository_open" && error.code < 0 && !error.message.isEmpty
        }
    }

    @Test func readsBlobsCommitsAndTrees() throws {
        let fixture = try GitFixture()
        try fixture.write("dir/a.txt", "hello\n")
        let commitID = try #require(ObjectID(hex: try fixture.commit("first")))
        let blobHex = try fixture.git("rev-parse", "HEAD:dir/a.txt").trimmingCharacters(in: .whitespacesAndNewlines)
        let repository = try Repository(at: fixture.path)

        let commit = try repository.commit(commitID)
        #expect(commit.author.name == "Alice Example")
        #expect(commit.author.date == Date(timeIntervalSince1970: TimeInterval(GitFixture.firstDate + 86_400)))
        #expect(commit.summary == "first")
        #expect(commit.parents.isEmpty)

        var names: [String] = []
        try repository.forEachEntry(ofTree: commit.tree) { names.append(String(decoding: $0.name, as: UTF8.self)) }
        #expect(names == ["dir"])

        let blob = try #require(ObjectID(hex: blobHex))
        #expect(try repository.header(of: blob).kind == .blob)
        #expect(try repository.header(of: blob).size == 6)
        #expect(try repository.withBlobBytes(blob) { String(decoding: $0, as: UTF8.self) } == "hello\n")

        var objects = Set<ObjectID>()
        try repository.forEachObjectID { objects.insert($0) }
        #expect(objects.count == 4)  // commit, root tree, dir tree, blob
        #expect(objects.contains(blob) && objects.contains(commitID))
    }

    @Test func missingObjectIsNotFound() throws {
        let fixture = try GitFixture()
        try fixture.commit("empty")
        let repository = try Repository(at: fixture.path)
        let absent = try #require(ObjectID(hex: String(repeating: "ab", count: 20)))
        #expect {
            try repository.withBlobBytes(absent) { _ in () }
        } throws: { error in
            (error as? GitError)?.isNotFound == true
        }
    }

    @Test func objectIDRoundTripsAndOrdersLikeHex() throws {
        let low = try #require(ObjectID(hex: "0123456789abcdef0123456789abcdef01234567"))
        let high = try #require(ObjectID(hex: "f123456789abcdef0123456789abcdef01234567"))
        #expect(low.hex == "0123456789abcdef0123456789abcdef01234567")
        #expect(low < high && !(high < low))
        #expect(ObjectID(hex: "not hex") == nil)
    }

    @Test func referencesIncludeBranchesAndTags() throws {
        let fixture = try GitFixture()
        let first = try fixture.commit("first")
        try fixture.git("tag", "-a", "v1", "-m", "release")
        try fixture.git("branch", "side")
        let repository = try Repository(at: fixture.path)
        let (references, unresolved) = try repository.references()
        #expect(unresolved.isEmpty)
        #expect(Set(references.map(\.name)) == ["refs/heads/main", "refs/heads/side", "refs/tags/v1"])
        #expect(references.allSatisfy { $0.commit?.hex == first })
    }
}
