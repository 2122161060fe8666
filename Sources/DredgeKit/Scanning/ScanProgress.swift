import Synchronization

/// What a scan is doing, for a progress display to read from another thread: the phase by name and, while objects
/// are read, how much of them is done. Work is measured in the bytes blobs inflate to, as the pack entries' headers
/// tell before the first object is read (a delta counts its base's size, a loose object a fixed guess): they track
/// the reading and matching better than a count of objects does, where a commit and a large file are one unit each.
/// One relaxed atomic add per object: nothing on the per-byte path.
public final class ScanProgress: Sendable {
    /// A snapshot of the progress.
    public struct State: Sendable, Equatable {
        public var phase: String
        public var doneObjects = 0
        public var totalObjects = 0
        public var doneBytes = 0
        public var totalBytes = 0

        public init(phase: String, doneObjects: Int = 0, totalObjects: Int = 0, doneBytes: Int = 0, totalBytes: Int = 0) {
            (self.phase, self.doneObjects, self.totalObjects, self.doneBytes, self.totalBytes) = (phase, doneObjects, totalObjects, doneBytes, totalBytes)
        }

        /// Whether there is a measured amount of work to show a bar for.
        public var isMeasured: Bool { totalBytes > 0 }
    }

    /// The weight of an object that is in no pack (loose objects, or objects read through libgit2 by id).
    static let unpackedWeight = 4096

    private let phase = Mutex<String>("loading rules")  // what every scan does first
    private let totalObjects = Atomic<Int>(0)
    private let doneObjects = Atomic<Int>(0)
    private let totalBytes = Atomic<Int>(0)
    private let doneBytes = Atomic<Int>(0)

    public init() {}

    /// A new phase, by name; it has no measured work until `start` is called.
    func enter(_ name: String) {
        phase.withLock { $0 = name }
        totalBytes.store(0, ordering: .relaxed)
    }

    func start(objects: Int, bytes: Int) {
        doneObjects.store(0, ordering: .relaxed)
        doneBytes.store(0, ordering: .relaxed)
        totalObjects.store(objects, ordering: .relaxed)
        totalBytes.store(bytes, ordering: .relaxed)
    }

    func advance(bytes: Int) {
        doneObjects.add(1, ordering: .relaxed)
        doneBytes.add(bytes, ordering: .relaxed)
    }

    public var state: State {
        State(phase: phase.withLock { $0 }, doneObjects: doneObjects.load(ordering: .relaxed), totalObjects: totalObjects.load(ordering: .relaxed),
              doneBytes: doneBytes.load(ordering: .relaxed), totalBytes: totalBytes.load(ordering: .relaxed))
    }
}
