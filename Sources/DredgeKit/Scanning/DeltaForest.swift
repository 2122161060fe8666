import Git

/// The listing's objects as trees of deltas: each object under the one its pack entry is a delta of. A worker takes
/// a whole tree and reads it depth first, keeping each base while the deltas on it are read (`PackReader.keep`), so
/// every object is inflated and rebuilt once. Read in pack order instead, runs of objects shared out between workers,
/// a delta's base had most often been read by the other worker or had left the cache: on git/git the workers rebuilt
/// 13 GB of bases again, more than the 8 GB of blobs they were there to read.
///
/// A tree heavier than a share of the work (`parts`) is cut: its root is taken alone and each of its deltas as a tree
/// of its own, again cut if still too heavy, so that one file with thousands of versions (a data file committed
/// daily) is not one worker's alone. A cut tree's root is rebuilt from its chain by whoever takes it.
struct DeltaForest {
    /// Where a worker starts: the objects that are no delta of a listed object, and those whose base was cut from
    /// them, heaviest tree first, so that the last trees taken are the light ones and the workers end together.
    let roots: [Int32]
    /// The deltas of object `i` are `children[childStart[i]..<childStart[i + 1]]`, in pack order.
    private let childStart: [Int32]
    private let children: [Int32]
    /// Objects whose deltas are roots of their own (a tree cut).
    private let cut: Set<Int32>

    init(_ listing: ObjectListing, parts: Int = 1, weight: (ObjectListing.Object) -> Int) {
        let bases = listing.deltaBases
        var start = [Int32](repeating: 0, count: bases.count + 1)
        for base in bases where base >= 0 { start[Int(base) + 1] += 1 }
        for index in bases.indices { start[index + 1] += start[index] }
        var next = start
        var children = [Int32](repeating: 0, count: Int(start[bases.count]))
        for (object, base) in bases.enumerated() where base >= 0 {
            children[Int(next[Int(base)])] = Int32(object)
            next[Int(base)] += 1
        }
        // A base comes before its deltas in a pack, so one pass from the end sums each tree's weight.
        let own = listing.objects.map(weight)
        var weights = own
        for object in bases.indices.reversed() where bases[object] >= 0 { weights[Int(bases[object])] += weights[object] }
        let share = parts > 1 ? max(1, weights.indices.filter { bases[$0] < 0 }.reduce(0) { $0 + weights[$1] } / (parts * 8)) : Int.max
        var roots: [(object: Int, weight: Int)] = []
        var cut = Set<Int32>()
        var pending = bases.indices.filter { bases[$0] < 0 }
        while let object = pending.popLast() {
            guard weights[object] > share, start[object + 1] > start[object] else {
                roots.append((object, weights[object]))
                continue
            }
            cut.insert(Int32(object))
            roots.append((object, own[object]))
            pending += children[Int(start[object])..<Int(start[object + 1])].map(Int.init)
        }
        self.roots = roots.sorted { $0.weight > $1.weight || ($0.weight == $1.weight && $0.object < $1.object) }.map { Int32($0.object) }
        self.cut = cut
        childStart = start
        self.children = children
    }

    /// The deltas read after `object` in its tree: none where the tree was cut there.
    func deltas(of object: Int) -> ArraySlice<Int32> {
        cut.contains(Int32(object)) ? [] : children[Int(childStart[object])..<Int(childStart[object + 1])]
    }

    /// Each object's place in a depth-first reading of every tree: objects read close together in this order share
    /// most of their chains of bases.
    func depthFirstPlaces() -> [Int32] {
        var places = [Int32](repeating: 0, count: childStart.count - 1)
        var next: Int32 = 0
        for root in roots {
            walk(from: Int(root)) { object in
                places[object] = next
                next += 1
            } done: { _ in }
        }
        return places
    }

    /// Visits the tree under `root` depth first: `visit` on each object, then `done` on each object with deltas once
    /// they are all visited.
    func walk(from root: Int, visit: (Int) -> Void, done: (Int) -> Void) {
        var stack: [(object: Int, next: Int)] = []
        visit(root)
        if !deltas(of: root).isEmpty { stack.append((root, Int(childStart[root]))) }
        while let (object, next) = stack.last {
            guard next < Int(childStart[object + 1]) else {
                stack.removeLast()
                done(object)
                continue
            }
            stack[stack.count - 1].next += 1
            let delta = Int(children[next])
            visit(delta)
            if !deltas(of: delta).isEmpty { stack.append((delta, Int(childStart[delta]))) }
        }
    }
}
