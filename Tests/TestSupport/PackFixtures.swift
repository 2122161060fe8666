import Foundation
import Git

extension GitFixture {
    /// Commits `rounds` versions of the file at `path` (300 lines, one of them changed a round), then repacks deep:
    /// a pack of long delta chains, as a real history has.
    public func commitVersions(of path: String, rounds: Int) throws {
        var text = (0..<300).map { "line \($0) of a file that changes a little in every commit\n" }
        for round in 0..<rounds {
            text[(round * 37) % text.count] = "changed in round \(round)\n"
            try write(path, text.joined())
            _ = try commit("round \(round)")
        }
        _ = try git("repack", "-adf", "--depth=50", "--window=50")
    }
}

extension ObjectListing {
    /// Every object of `repository`, listed as a scan lists them.
    public init(everyObjectOf repository: Repository) throws {
        var all: [ObjectID] = []
        try repository.forEachObjectID { all.append($0) }
        self.init(objectsDirectory: repository.objectsDirectory) { all }
    }
}
