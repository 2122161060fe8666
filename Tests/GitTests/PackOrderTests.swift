import Foundation
import Git
import TestSupport
import Testing

@Suite struct PackOrderTests {
    @Test func objectsComeInPackOffsetOrderThenLooseOnes() throws {
        let fixture = try GitFixture()
        for round in 0..<4 {
            try fixture.write("file\(round).txt", String(repeating: "line \(round)\n", count: 50))
            try fixture.commit("round \(round)")
        }
        try fixture.git("gc", "-q")
        try fixture.write("loose.txt", "not packed yet\n")
        try fixture.commit("loose")

        // git's own view of the pack: "<id> <type> <size> <size-in-pack> <offset> ..." per object.
        let pack = try #require(try FileManager.default.contentsOfDirectory(atPath: fixture.path + "/.git/objects/pack").first { $0.hasSuffix(".idx") })
        let verify = try fixture.git("verify-pack", "-v", ".git/objects/pack/\(pack)")
        var rows: [(id: String, offset: Int)] = []
        for line in verify.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            if fields.count >= 5, fields[0].count == 40, let offset = Int(fields[4]) {
                rows.append((String(fields[0]), offset))
            }
        }
        let expected = rows.sorted { $0.offset < $1.offset }.map(\.id)

        let repository = try Repository(at: fixture.path)
        var all: [ObjectID] = []
        try repository.forEachObjectID { all.append($0) }
        let ordered = PackOrder.sorted(Array(Set(all)), gitDirectory: repository.gitDirectory)
        #expect(Array(ordered.prefix(expected.count).map(\.hex)) == expected)
        #expect(ordered.count == Set(all).count)
        #expect(ordered.count > expected.count)  // the loose commit, tree and blob follow
    }
}
