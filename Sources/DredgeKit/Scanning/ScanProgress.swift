import Synchronization

/// Counters the workers bump as they go, for a progress display to read from another thread.
/// One relaxed atomic add per object: nothing on the per-byte path.
public final class ScanProgress: Sendable {
    private let totalObjects = Atomic<Int>(0)
    private let doneObjects = Atomic<Int>(0)
    private let doneBytes = Atomic<Int>(0)

    public init() {}

    func start(total: Int) { totalObjects.store(total, ordering: .relaxed) }

    func advance(bytes: Int) {
        doneObjects.add(1, ordering: .relaxed)
        if bytes > 0 { doneBytes.add(bytes, ordering: .relaxed) }
    }

    public var snapshot: (done: Int, total: Int, bytes: Int) {
        (doneObjects.load(ordering: .relaxed), totalObjects.load(ordering: .relaxed), doneBytes.load(ordering: .relaxed))
    }
}
