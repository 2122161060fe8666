import Git
import Synchronization

/// The path rules' share of a scan, a room beside the content rules: the (blob, path) pairs they owe, shared by the
/// workers that read blobs and whoever learns the paths. Once the paths are placed (`place`), a worker that reads a
/// blob owed at some paths runs the path rules on the bytes it holds (`claim`); a blob read before that comes back
/// from `place`, to be read again. A history walk running beside the scan so costs a second read only of the owed
/// blobs the scan reached before the walk was done, and paths known before the scan (a range, `--jobs 1`) none.
final class PathRuleSchedule: Sendable {
    private let compiled: CompiledRules
    private let state: Mutex<State>

    private struct State {
        /// Per blob, the paths not yet handed out; nil until placed.
        var owed: [ObjectID: [String]]?
        /// Per blob, the paths handed out, to a worker or back from `place`.
        var handed: [ObjectID: [String]] = [:]
        /// Listing positions of the blobs read before the paths were placed, as bits.
        var readEarly: [UInt64]
        var claimed = 0
        var handedBack = 0
    }

    init(compiled: CompiledRules, objects: Int) {
        self.compiled = compiled
        state = Mutex(State(owed: nil, readEarly: Array(repeating: 0, count: (objects + 63) / 64)))
    }

    /// Called by a worker that holds `blob`, read at `position` in the listing: the paths to run the path rules at now
    /// (empty when it owes none, or when the paths are not placed yet).
    func claim(_ blob: ObjectID, at position: Int) -> [String] {
        state.withLock { state in
            guard state.owed != nil else {
                state.readEarly[position / 64] |= 1 << UInt64(position % 64)
                return []
            }
            guard let paths = state.owed!.removeValue(forKey: blob) else { return [] }
            state.handed[blob] = paths
            state.claimed += 1
            return paths
        }
    }

    /// Places what is `owed` (`PathRulePass.owed`); returns what is owed for the blobs the workers read before, which
    /// the caller reads again.
    func place(_ owed: [(ObjectID, [String])], listing: ObjectListing) -> [(ObjectID, [String])] {
        var owed = Dictionary(owed, uniquingKeysWith: { a, _ in a })
        return state.withLock { state in
            var early: [(ObjectID, [String])] = []
            for (position, object) in listing.objects.enumerated() where state.readEarly[position / 64] & (1 << UInt64(position % 64)) != 0 {
                guard let paths = owed.removeValue(forKey: object.id) else { continue }
                state.handed[object.id] = paths
                early.append((object.id, paths))
            }
            state.owed = owed
            state.readEarly = []
            state.handedBack += early.count
            return early
        }
    }

    /// What is `owed` (for the final appearances) that no worker ran and `place` did not hand back: blobs the scan
    /// could not read, or paths learnt after it.
    func remaining(_ owed: [(ObjectID, [String])]) -> [(ObjectID, [String])] {
        let handed = state.withLock { $0.handed }
        return owed.compactMap { blob, paths in
            guard let done = handed[blob] else { return (blob, paths) }
            let left = paths.filter { !done.contains($0) }
            return left.isEmpty ? nil : (blob, left)
        }
    }

    /// How many blobs the workers ran the path rules on while they held them, and how many `place` handed back.
    var claimed: Int { state.withLock { $0.claimed } }
    var handedBack: Int { state.withLock { $0.handedBack } }
}
