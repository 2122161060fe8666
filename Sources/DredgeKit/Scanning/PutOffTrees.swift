import Synchronization

/// Trees of deltas (`DeltaForest`) that hold blobs the path rules will want, as the history walk finds them while
/// the workers read: marked by family (the top of the chains of bases), so that one version met marks every tree cut
/// from the same family, most often every version of the file. A worker meeting such a tree before the walk is done puts it off
/// to the end of its round, so that it is read once the paths are placed and the path rules run on the blobs in
/// hand: read before, each of those blobs had to be read again after the scan (on git/git, 24,000 versions of
/// `*.txt` files, 1 s of a 2-job scan).
final class PutOffTrees: Sendable {
    private struct State {
        var marked: [UInt64]
        var putOff: [Int32] = []
        var next = 0
    }
    private let state: Mutex<State>

    init(objects: Int) {
        state = Mutex(State(marked: Array(repeating: 0, count: (objects + 63) / 64)))
    }

    /// Marks the trees of a family (`DeltaForest.family(of:)`) as ones to read late.
    func mark(family: Int) {
        state.withLock { $0.marked[family / 64] |= 1 << UInt64(family % 64) }
    }

    /// Puts off the tree at `place` (in the forest's roots) of `family` if the family is marked and `early` says the
    /// paths are not placed yet; true when it did.
    func putOff(_ place: Int, family: Int, if early: () -> Bool) -> Bool {
        state.withLock { state in
            guard state.marked[family / 64] & (1 << UInt64(family % 64)) != 0, early() else { return false }
            state.putOff.append(Int32(place))
            return true
        }
    }

    /// The next tree put off, heaviest first as they were met.
    func next() -> Int? {
        state.withLock { state in
            guard state.next < state.putOff.count else { return nil }
            state.next += 1
            return Int(state.putOff[state.next - 1])
        }
    }

    var isEmpty: Bool { state.withLock { $0.next >= $0.putOff.count } }
}
