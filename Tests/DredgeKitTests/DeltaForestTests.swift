import Foundation
import Git
import TestSupport
import Testing
@testable import DredgeKit

/// The trees of deltas the workers share out: every object is read once, a base before the deltas read after it, and
/// a history that is one file's versions is cut into trees for more than one worker.
@Suite struct DeltaForestTests {
    @Test func oneFilesVersionsAreCutIntoTreesAndEveryObjectIsReadOnce() throws {
        let fixture = try GitFixture()
        try fixture.commitVersions(of: "data.txt", rounds: 60)
        let repository = try Repository(at: fixture.path)
        let listing = try ObjectListing(everyObjectOf: repository)
        let blobs = Set(listing.objects.indices.filter { listing.objects[$0].kind == .blob })
        let weight: (ObjectListing.Object) -> Int = { $0.kind == .blob ? max(1, $0.estimatedSize) : 0 }

        for parts in [1, 2] {
            let forest = DeltaForest(listing, parts: parts, weight: weight)
            var read: [Int] = []
            for root in forest.roots {
                forest.walk(from: Int(root)) { object in
                    // A delta read after its base in the same tree comes after it; a cut tree's root is rebuilt alone.
                    read.append(object)
                } done: { _ in }
            }
            #expect(read.count == listing.objects.count && Set(read).count == read.count, "\(parts) parts")
            let blobTrees = forest.roots.filter { blobs.contains(Int($0)) }
            if parts == 1 {
                #expect(blobTrees.count < 5, "60 versions of one file make a tree or few")
            } else {
                #expect(blobTrees.count > 8, "cut for two workers: \(blobTrees.count) trees")
            }
            for object in read where listing.deltaBases[object] >= 0 {
                let base = Int(listing.deltaBases[object])
                if forest.deltas(of: base).contains(Int32(object)) {
                    #expect(read.firstIndex(of: base)! < read.firstIndex(of: object)!)
                }
            }
        }
    }

    /// The trees cut from one file's versions are one family: a version met by the history walk marks them all, so
    /// `PutOffTrees` puts every one of them off until the paths are placed, and no other tree.
    @Test func treesCutFromOneFamilyArePutOffTogether() throws {
        let fixture = try GitFixture()
        try fixture.commitVersions(of: "notes.txt", rounds: 60)
        try fixture.write("other.md", "unrelated\n")
        try fixture.commit("other")
        let repository = try Repository(at: fixture.path)
        let listing = try ObjectListing(everyObjectOf: repository)
        let forest = DeltaForest(listing, parts: 2, weight: { $0.kind == .blob ? max(1, $0.estimatedSize) : 0 })
        let version = try #require(listing.objects.indices.first { listing.objects[$0].kind == .blob && listing.deltaBases[$0] >= 0 })
        let family = forest.family(of: version)
        let members = forest.roots.indices.filter { Int(forest.families[$0]) == family }
        #expect(members.count > 8, "60 versions cut for two workers: \(members.count) trees")

        let late = PutOffTrees(objects: listing.objects.count)
        late.mark(family: family)
        var placed = false
        var putOff: [Int] = []
        for place in forest.roots.indices where late.putOff(place, family: Int(forest.families[place]), if: { !placed }) {
            putOff.append(place)
        }
        #expect(putOff == members)
        #expect(!late.isEmpty)
        placed = true
        #expect(!late.putOff(members[0], family: family, if: { !placed }), "once placed, a marked tree is read at once")
        var taken: [Int] = []
        while let place = late.next() { taken.append(place) }
        #expect(taken == members, "read in the order put off: heaviest first")
        #expect(late.isEmpty)
    }
}
