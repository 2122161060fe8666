import Foundation
import Git
import TestSupport
import Testing

/// `Repository.changedBlobs` against `git diff-tree -r --no-renames`: the added, modified and type-changed entries
/// that are not submodules, each with the blob it replaced.
@Suite struct ChangedBlobsTests {
    private struct Change: Equatable, CustomStringConvertible {
        let path: String, id: ObjectID, previous: ObjectID?
        var description: String { "\(path) \(id) ← \(previous.map(\.hex) ?? "nothing")" }
    }

    private func changes(_ repository: Repository, _ base: ObjectID?, _ tree: ObjectID) throws -> [Change] {
        try repository.changedBlobs(from: base, to: tree).map { Change(path: $0.path, id: $0.id, previous: $0.previous) }
    }

    private func tree(_ fixture: GitFixture, _ revision: String) throws -> ObjectID {
        try #require(ObjectID(hex: try fixture.git("rev-parse", "\(revision)^{tree}").trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    /// git's answer: path, new blob, old blob (nil when added or when a submodule was there).
    private func gitDiff(_ fixture: GitFixture, _ base: String?, _ revision: String) throws -> [Change] {
        let emptyTree = "4b825dc642cb6eb9a060e54bf8d69288fbee4904"
        let arguments = ["diff-tree", "-r", "--no-renames", "-z", base ?? emptyTree, revision]
        let fields = try fixture.git(arguments).split(separator: "\0", omittingEmptySubsequences: false).map(String.init)
        var changes: [Change] = []
        var index = 0
        while index + 1 < fields.count {
            let meta = fields[index].dropFirst().split(separator: " ").map(String.init)  // :old new oldID newID status
            let path = fields[index + 1]
            index += 2
            guard meta.count == 5, ["A", "M", "T"].contains(meta[4]), meta[1] != "160000" else { continue }
            let previous = meta[4] == "A" || meta[0] == "160000" ? nil : ObjectID(hex: meta[2])
            changes.append(Change(path: path, id: try #require(ObjectID(hex: meta[3])), previous: previous))
        }
        return changes
    }

    @Test func matchesGitsDiffOfTrees() throws {
        let fixture = try GitFixture()
        try fixture.write("a.txt", "a\n")
        try fixture.write("foo", "a blob that becomes a directory\n")
        try fixture.write("bar/inner.txt", "a directory that becomes a blob\n")
        try fixture.write("dir/sub/deep.txt", "deep\n")
        try fixture.write("dir/same.txt", "same\n")
        try fixture.write("mode.sh", "echo\n")
        try fixture.write("link", "a file that becomes a symlink\n")
        try fixture.write("gone.txt", "removed later\n")
        try fixture.commit("first")
        try fixture.git("update-index", "--add", "--cacheinfo", "160000,\(try fixture.git("rev-parse", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)),module")
        try fixture.git("commit", "-q", "-m", "a submodule")

        try fixture.write("a.txt", "a changed\n")
        try fixture.git("rm", "-q", "-r", "foo", "gone.txt", "bar")
        try fixture.write("foo/new.txt", "under the new directory\n")
        try fixture.write("foo.c", "sorts between foo and foo/\n")
        try fixture.write("bar", "now a blob\n")
        try fixture.write("dir/sub/deep.txt", "deeper\n")
        try fixture.write("dir/sub/added.txt", "added\n")
        try fixture.write("dir-x.txt", "sorts after dir/\n")
        try fixture.git("update-index", "--chmod=+x", "mode.sh")
        try FileManager.default.removeItem(at: fixture.root.appendingPathComponent("link"))
        try FileManager.default.createSymbolicLink(atPath: fixture.root.appendingPathComponent("link").path, withDestinationPath: "a.txt")
        try fixture.git("rm", "-q", "--cached", "module")
        try fixture.write("module", "a submodule that becomes a file\n")
        try fixture.commit("second")

        let repository = try Repository(at: fixture.path)
        for (base, revision) in [("HEAD~2", "HEAD~1"), ("HEAD~1", "HEAD"), ("HEAD~2", "HEAD"), ("HEAD", "HEAD~1")] {
            let ours = try changes(repository, try tree(fixture, base), try tree(fixture, revision))
            #expect(ours == (try gitDiff(fixture, base, revision)), "\(base) → \(revision)")
        }
        let root = try changes(repository, nil, try tree(fixture, "HEAD"))
        #expect(root == (try gitDiff(fixture, nil, "HEAD")))
        #expect(root.contains { $0.path == "foo/new.txt" } && root.contains { $0.path == "dir/sub/deep.txt" })
        #expect(try repository.changedBlobs(from: try tree(fixture, "HEAD"), to: try tree(fixture, "HEAD")).isEmpty)
    }
}
