import Foundation
import Git
import TestSupport
import Testing

@Suite struct ObjectListingTests {
    @Test func blobsAndCommitsComeInPackOffsetOrderThenLooseObjects() throws {
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
        var rows: [(id: String, kind: Substring, offset: Int)] = []
        for line in verify.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            if fields.count >= 5, fields[0].count == 40, let offset = Int(fields[4]) {
                rows.append((String(fields[0]), fields[1], offset))
            }
        }
        #expect(rows.contains { $0.kind == "tree" })
        let expected = rows.filter { $0.kind == "blob" || $0.kind == "commit" }.sorted { $0.offset < $1.offset }.map(\.id)

        let repository = try Repository(at: fixture.path)
        var all: [ObjectID] = []
        try repository.forEachObjectID { all.append($0) }
        let ordered = ObjectListing(objectsDirectory: repository.objectsDirectory) { Array(Set(all)) }.objects.map(\.id)
        #expect(Array(ordered.prefix(expected.count).map(\.hex)) == expected)  // packed trees are left out
        #expect(ordered.count == expected.count + 3)  // then the loose commit, tree and blob
    }

    /// A history with long delta chains (many versions of a few files, repacked deep): every packed object's kind is
    /// the one libgit2 reads, and every blob the pack reader rebuilds is byte for byte libgit2's.
    /// Looking an id up in a pack index guesses its place from the id's bytes before halving: with 20,000 objects (80
    /// per first byte, so the guess is taken) every packed id is found where the listing placed it, and ids one bit off
    /// are not found.
    @Test func everyPackedIdIsFoundByItsIndexAndNoOther() throws {
        let fixture = try GitFixture()
        let stream = (0..<20_000).map { "blob\ndata \("file \($0)".utf8.count)\nfile \($0)\n" }.joined()
        _ = try fixture.git(["fast-import", "--quiet"], stdin: stream)  // one pack of 20,000 blobs
        let repository = try Repository(at: fixture.path)
        let listing = try ObjectListing(everyObjectOf: repository)
        #expect(listing.objects.count == 20_000)
        for object in listing.objects {
            #expect(listing.location(of: object.id) == object.location, "\(object.id)")
            let near = ObjectID(hex: String(object.id.hex.dropLast()) + (object.id.hex.last == "0" ? "1" : "0"))!
            #expect(listing.location(of: near) == nil, "\(near)")
        }
    }

    @Test func packReaderRebuildsEveryBlobAsLibgit2ReadsIt() throws {
        let fixture = try GitFixture()
        var text = (0..<400).map { "line \($0) of a file that changes a little in every commit\n" }
        for round in 0..<60 {
            text[(round * 37) % text.count] = "changed in round \(round)\n"
            text.insert("inserted in round \(round)\n", at: (round * 11) % text.count)
            try fixture.write("src/main.txt", text.joined())
            try fixture.write("docs/notes-\(round % 3).txt", text.prefix(50 + round).joined())
            _ = try fixture.commit("round \(round)")
        }
        _ = try fixture.git("repack", "-adf", "--depth=50", "--window=50")
        let repository = try Repository(at: fixture.path)
        let listing = try ObjectListing(everyObjectOf: repository)
        let reader = PackReader(listing)
        var blobs = 0
        #expect(listing.objects.count == 120 + 60)  // 2 blobs and a commit a round, no trees
        for object in listing.objects {
            let location = try #require(object.location)
            #expect(object.kind == (try repository.header(of: object.id).kind), "\(object.id)")
            guard object.kind == .blob else { continue }
            let expected = try repository.withBlobBytes(object.id) { Array($0) }
            let read = try reader.withObject(at: location, maxSize: 1 << 20) { Array($0) }
            #expect(read.result == expected, "\(object.id)")
            #expect(read.size == expected.count)
            blobs += 1
        }
        #expect(blobs == 120)
        let deltas = try fixture.git("verify-pack", "-v", ".git/objects/pack/" + (try FileManager.default.contentsOfDirectory(atPath: fixture.path + "/.git/objects/pack").first { $0.hasSuffix(".idx") }!))
        #expect(deltas.contains("chain length = 10"), "the fixture must make deep delta chains")
        // Over the size limit: not rebuilt, but its size is known.
        let big = try #require(listing.objects.first { $0.kind == .blob && (try? repository.header(of: $0.id).size) ?? 0 > 10_000 })
        let skipped = try PackReader(listing).withObject(at: big.location!, maxSize: 10_000) { _ in Issue.record("read past the limit") }
        #expect(skipped.result == nil && skipped.size > 10_000)
    }

    /// Each object's delta base is the one git names (`verify-pack -v`), and a reader that keeps each base while its
    /// deltas are read, depth first, rebuilds every blob as libgit2 reads it.
    @Test func deltaBasesAreGitsAndReadingDepthFirstRebuildsEveryBlob() throws {
        let fixture = try GitFixture()
        try fixture.commitVersions(of: "src/main.txt", rounds: 40)
        let idx = try #require(try FileManager.default.contentsOfDirectory(atPath: fixture.path + "/.git/objects/pack").first { $0.hasSuffix(".idx") })
        var gitBase: [String: String] = [:]  // "<id> <type> <size> <size-in-pack> <offset> <depth> <base>" for a delta
        for line in try fixture.git("verify-pack", "-v", ".git/objects/pack/\(idx)").split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            if fields.count == 7, fields[0].count == 40 { gitBase[String(fields[0])] = String(fields[6]) }
        }
        let repository = try Repository(at: fixture.path)
        let listing = try ObjectListing(everyObjectOf: repository)
        let blobDeltas = listing.objects.indices.filter { listing.objects[$0].kind == .blob && listing.deltaBases[$0] >= 0 }
        #expect(blobDeltas.count > 30)
        for (index, object) in listing.objects.enumerated() {
            let base = Int(listing.deltaBases[index])
            #expect(base < index, "a base comes first")
            #expect((base >= 0 ? listing.objects[base].id.hex : nil) == gitBase[object.id.hex], "\(object.id)")
        }

        for keepBudget in [32 << 20, 4_000] {  // 4,000 bytes: a base or two at most is held, the rest rebuilt
            let reader = PackReader(listing, keepBudget: keepBudget)
            var read = 0
            func visit(_ index: Int) throws {
                let object = listing.objects[index]
                let bytes = try reader.withObject(at: object.location!, maxSize: 1 << 20) { Array($0) }.result
                #expect(bytes == (try repository.withObjectBytes(object.id) { _, bytes in Array(bytes) }), "\(object.id)")
                read += 1
                reader.keep(object.location!)
                for delta in listing.deltaBases.indices where listing.deltaBases[delta] == Int32(index) { try visit(delta) }
                reader.release(object.location!)
        }
        for root in listing.deltaBases.indices where listing.deltaBases[root] < 0 { try visit(root) }
        #expect(read == listing.objects.count)
        }
    }

    /// Damaged entries throw (the scanner then asks libgit2, which reports the object as unreadable); nothing crashes.
    @Test func packReaderThrowsOnDamagedEntries() throws {
        let fixture = try GitFixture()
        for round in 0..<10 {
            try fixture.write("file.txt", (0..<200).map { "line \($0) round \(round)\n" }.joined())
            _ = try fixture.commit("round \(round)")
        }
        _ = try fixture.git("repack", "-adf", "--depth=50", "--window=50")
        let directory = fixture.path + "/.git/objects/pack/"
        let pack = directory + (try FileManager.default.contentsOfDirectory(atPath: directory).first { $0.hasSuffix(".pack") }!)
        let repository = try Repository(at: fixture.path)
        let listing = try ObjectListing(everyObjectOf: repository)
        let blobs = listing.objects.filter { $0.kind == .blob }
        #expect(blobs.count == 10)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: pack)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: pack))
        for blob in blobs {
            let location = blob.location!
            for offset in stride(from: location.offset + 2, to: location.end, by: 3) { bytes[offset] ^= 0x5A }
        }
        try bytes.write(to: URL(fileURLWithPath: pack))
        let reader = PackReader(listing)
        for blob in blobs {
            #expect(throws: (any Error).self) { try reader.withObject(at: blob.location!, maxSize: 1 << 20) { _ in } }
        }
    }

    /// A repository whose one pack holds `entries` (the bytes after the pack's header, one array per entry), with a
    /// matching version-2 index, as `fuzz/Sources/FuzzPackReader` writes them.
    private func handMadePack(_ entries: [[UInt8]]) throws -> ObjectListing {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("hand-made-\(UUID().uuidString)")
        let packs = directory.appendingPathComponent("objects/pack")
        try FileManager.default.createDirectory(at: packs, withIntermediateDirectories: true)
        func word(_ value: Int) -> [UInt8] { withUnsafeBytes(of: UInt32(value).bigEndian, Array.init) }
        var offsets: [Int] = []
        var body: [UInt8] = []
        for entry in entries {
            offsets.append(12 + body.count)
            body += entry
        }
        var index: [UInt8] = [0xFF, 0x74, 0x4F, 0x63] + word(2)
        for _ in 0..<256 { index += word(entries.count) }  // every id starts with byte 0
        for number in entries.indices { index += [UInt8](repeating: 0, count: 19) + [UInt8(number + 1)] }
        for _ in entries { index += word(0) }
        for offset in offsets { index += word(offset) }
        try Data(Array("PACK".utf8) + word(2) + word(entries.count) + body + [UInt8](repeating: 0, count: 20))
            .write(to: packs.appendingPathComponent("pack-test.pack"))
        try Data(index + [UInt8](repeating: 0, count: 40)).write(to: packs.appendingPathComponent("pack-test.idx"))
        return ObjectListing(objectsDirectory: directory.appendingPathComponent("objects").path) { [] }
    }

    /// Found by the fuzzer: a delta whose header claims 3.6 GB of delta data made the reader allocate it.
    @Test func aDeltaClaimingGigabytesIsNotAllocated() throws {
        let hello: [UInt8] = [0x35] + [120, 156, 203, 72, 205, 201, 201, 7, 0, 6, 44, 2, 21]  // blob, 5 bytes: "hello"
        // OFS_DELTA, size 0xD9B5_B8EC in 7-bit groups after the first 4 bits, base 14 bytes back, then junk.
        let huge: [UInt8] = [0xEC, 0x8E, 0xB7, 0xED, 0x6C, 14, 0x78, 0x9C, 0xFF, 0xFF]
        let listing = try handMadePack([hello, huge])
        #expect(listing.objects.count == 2)
        let reader = PackReader(listing)
        #expect(try reader.withObject(at: listing.objects[0].location!, maxSize: 1 << 20) { Array($0) }.result == Array("hello".utf8))
        let error = #expect(throws: PackReader.Unsupported.self) { try reader.withObject(at: listing.objects[1].location!, maxSize: 1 << 20) { _ in } }
        #expect(error?.description == "delta data too large to read here")  // refused before inflating, not after
    }
}
