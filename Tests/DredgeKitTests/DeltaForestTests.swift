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
}
