import Git

/// For each blob of an `AppearanceIndex`, its appearances in the order they were found, in flat arrays: 12 bytes an
/// appearance and ~30 a blob, where a dictionary of arrays of `BlobAppearance` took ~110-170 bytes a blob in small
/// heap blocks that stayed as holes in the heap once freed. Read as a collection of (blob, appearances) pairs in
/// the order the blobs were first seen, as `Dictionary` would be (`key`, `value`); `appearances[blob]` as well.
public struct AppearanceTable: RandomAccessCollection, Sendable {
    public typealias Element = (key: ObjectID, value: [BlobAppearance])

    private var blobs: [ObjectID] = []
    /// Per blob, its first and last appearance; each appearance names the next of its blob (-1: none).
    private var firsts: [Int32] = []
    private var lasts: [Int32] = []
    private var positions = ObjectPositions()
    private var commits: [Int32] = []
    /// Index into `paths`, the top bit set when no ref reaches the commit.
    private var pathNumbers: [UInt32] = []
    private var nexts: [Int32] = []
    /// Each distinct path's text once, shared by every appearance at it.
    private(set) var paths: [String] = []

    private static let unreachable: UInt32 = 1 << 31

    public init() {}

    public var startIndex: Int { 0 }
    public var endIndex: Int { blobs.count }

    public subscript(position: Int) -> Element { (blobs[position], appearances(ofBlobAt: position)) }

    /// The appearances of `blob`, nil when the walk met it nowhere.
    public subscript(blob: ObjectID) -> [BlobAppearance]? {
        positions.position(of: blob, in: blobs).map(appearances(ofBlobAt:))
    }

    /// Every blob with an appearance, in the order first seen.
    public var keys: [ObjectID] { blobs }

    /// Adds a path's text; appearances name it by the number returned.
    mutating func addPath(_ text: String) -> Int {
        precondition(paths.count < Int(Self.unreachable), "too many paths for the appearance table")
        paths.append(text)
        return paths.count - 1
    }

    /// Adds an appearance of `blob` at the path numbered `path` (from `addPath`), after those it has.
    mutating func append(_ blob: ObjectID, commitIndex: Int, path: Int, reachable: Bool) {
        precondition(commits.count < Int(Int32.max) && commitIndex < Int(Int32.max), "too many appearances for the appearance table")
        let appearance = Int32(commits.count)
        commits.append(Int32(commitIndex))
        pathNumbers.append(UInt32(path) | (reachable ? 0 : Self.unreachable))
        nexts.append(-1)
        if let position = positions.position(of: blob, in: blobs) {
            nexts[Int(lasts[position])] = appearance
            lasts[position] = appearance
        } else {
            blobs.append(blob)
            firsts.append(appearance)
            lasts.append(appearance)
            positions.insert(blobs.count - 1, in: blobs)
        }
    }

    /// Each blob with its distinct paths that `wanted` accepts, sorted; blobs with none are left out. `wanted` is asked
    /// once per path, and a blob with no wanted path costs no allocation.
    func blobPaths(where wanted: (String) -> Bool) -> [(ObjectID, [String])] {
        let accepted = paths.map(wanted)
        guard accepted.contains(true) else { return [] }
        var result: [(ObjectID, [String])] = []
        for position in blobs.indices {
            var numbers: [Int] = []
            var next = firsts[position]
            while next >= 0 {
                let number = Int(pathNumbers[Int(next)] & ~Self.unreachable)
                if accepted[number], !numbers.contains(number) { numbers.append(number) }
                next = nexts[Int(next)]
            }
            if !numbers.isEmpty { result.append((blobs[position], numbers.map { paths[$0] }.sorted())) }
        }
        return result
    }

    private func appearances(ofBlobAt position: Int) -> [BlobAppearance] {
        var found: [BlobAppearance] = []
        var next = firsts[position]
        while next >= 0 {
            let number = pathNumbers[Int(next)]
            found.append(BlobAppearance(commitIndex: Int(commits[Int(next)]), path: paths[Int(number & ~Self.unreachable)],
                                        reachable: number & Self.unreachable == 0))
            next = nexts[Int(next)]
        }
        return found
    }
}
