import Foundation
import Git
import TestSupport
import Testing

@Suite struct TreeReaderTests {
    /// Beside the previous version of a directory, only the entries it does not hold byte for byte are lent: a
    /// changed file, a new one, one that became executable, and the names git sorts as directories (`a.b` before `a`
    /// the directory, after `a` the file) come out right whichever version they are in.
    @Test func entriesSharedWithThePreviousVersionAreLeftOut() throws {
        let fixture = try GitFixture()
        for name in ["a.b", "a/inner.txt", "keep.txt", "change.txt", "exec.sh", "gone.txt", "z.txt"] { try fixture.write(name, "\(name) one\n") }
        _ = try fixture.commit("one")
        let first = try fixture.git("rev-parse", "HEAD^{tree}").trimmingCharacters(in: .whitespacesAndNewlines)
        try fixture.write("change.txt", "changed\n")
        try fixture.write("a/inner.txt", "changed\n")
        try fixture.write("new.txt", "new\n")
        _ = try fixture.git("rm", "-q", "gone.txt")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fixture.path + "/exec.sh")
        _ = try fixture.commit("two")
        let second = try fixture.git("rev-parse", "HEAD^{tree}").trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try fixture.git("repack", "-adq")

        let repository = try Repository(at: fixture.path)
        let reader = TreeReader(repository, listing: try ObjectListing(everyObjectOf: repository))
        let before = try reader.forEachEntry(ofTree: ObjectID(hex: first)!, besides: nil) { _ in }
        #expect(before != nil)
        var lent: [String] = []
        _ = try reader.forEachEntry(ofTree: ObjectID(hex: second)!, besides: before) { lent.append(String(decoding: Array($0.name), as: UTF8.self)) }
        #expect(lent == ["a", "change.txt", "exec.sh", "new.txt"])
        // Beside itself, a tree lends nothing.
        var again: [String] = []
        _ = try reader.forEachEntry(ofTree: ObjectID(hex: second)!, besides: try reader.forEachEntry(ofTree: ObjectID(hex: second)!, besides: nil) { _ in }) {
            again.append(String(decoding: Array($0.name), as: UTF8.self))
        }
        #expect(again.isEmpty)
    }

    /// Trees deep in delta chains (a directory that changes in every commit, repacked deep), a loose tree, names
    /// that need escaping, a symlink, a submodule and an executable: every tree the reader lends from the packs has
    /// libgit2's entries in libgit2's order, and every object is located by id.
    @Test func everyTreeReadsAsLibgit2ReadsIt() throws {
        let fixture = try GitFixture()
        for round in 0..<40 {
            for file in 0..<30 { try fixture.write("src/module-\(file % 5)/file-\(file).txt", "round \(round / (file + 1)) of file \(file)\n") }
            try fixture.write("na\u{00EF}ve name \(round % 4).txt", "x\(round)\n")
            _ = try fixture.commit("round \(round)")
        }
        _ = try fixture.git("update-index", "--add", "--cacheinfo", "160000,\(try fixture.git("rev-parse", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)),vendor/lib")
        _ = try fixture.git("update-index", "--chmod=+x", "src/module-0/file-0.txt")
        _ = try fixture.git("commit", "-q", "-m", "submodule and an executable")
        _ = try fixture.git("repack", "-adf", "--depth=50", "--window=50")
        try fixture.write("loose/tree.txt", "not packed\n")
        _ = try fixture.git("add", "loose/tree.txt")
        _ = try fixture.git("commit", "-q", "-m", "loose")

        let repository = try Repository(at: fixture.path)
        var all: [ObjectID] = []
        try repository.forEachObjectID { all.append($0) }
        let listing = ObjectListing(objectsDirectory: repository.objectsDirectory) { all }
        let reader = TreeReader(repository, listing: listing)
        var packedTrees = 0
        for id in all where try repository.header(of: id).kind == .tree {
            if listing.location(of: id) != nil { packedTrees += 1 }
            var expected: [String] = []
            try repository.forEachEntry(ofTree: id) { expected.append("\(Array($0.name)) \($0.id) \($0.kind)") }
            var read: [String] = []
            try reader.forEachEntry(ofTree: id) { read.append("\(Array($0.name)) \($0.id) \($0.kind)") }
            #expect(read == expected, "tree \(id)")
            // Looking names up parses the tree once and finds what libgit2 lists, and nothing for a name it lacks.
            var byName: [String: ObjectID] = [:]
            try repository.forEachEntry(ofTree: id) { byName[String(decoding: Array($0.name), as: UTF8.self)] = $0.id }
            let names = byName.keys.sorted() + ["no such entry"]
            #expect(reader.entryIDs(EntryNames(names), inTree: id) == names.map { byName[$0] }, "tree \(id)")
        }
        #expect(packedTrees > 40, "the fixture must pack its trees")
        for object in listing.objects where object.location != nil {
            #expect(listing.location(of: object.id) == object.location)
        }
        let missing = try #require(ObjectID(hex: String(repeating: "ab", count: 20)))
        #expect(listing.location(of: missing) == nil)
        let head = try repository.commit(try repository.resolveCommit("HEAD")).tree
        let src = repository.entryID(atPath: "src", inTree: head)
        #expect(src != nil)
        #expect(reader.entryIDs(EntryNames(["nothing", "src", "s"]), inTree: head) == [nil, src, nil])
    }
}
