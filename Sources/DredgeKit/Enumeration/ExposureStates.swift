import Foundation
import Git

/// The exposure walk's commit states (`ExposureWalk.StateChanges`), read a chunk of commits at a time ahead of the
/// replay that consumes them in order. With more than one job, `jobs` threads with tree readers of their own each take
/// the next chunk as they finish one, at most `ahead` chunks past the replay: no thread waits for another's part, as
/// they did when a stretch was split in equal parts and the next one began once every part was done. With one job,
/// each chunk is read when the replay asks for it. Unchecked: what the threads share is read and written under
/// `condition`, and each reader and state belongs to one thread.
final class ExposureStates: @unchecked Sendable {
    typealias Read = (_ commits: ArraySlice<Int>, _ reader: TreeReader, _ state: inout [ObjectID?], _ continues: Bool)
        -> [ExposureWalk.StateChanges]

    private let chunks: [Range<Int>]
    private let order: [Int]
    private let read: Read
    private let ahead: Int
    private let condition = NSCondition()
    private var done: [Int: [ExposureWalk.StateChanges]] = [:]
    private var nextToRead = 0
    private var taken = 0
    private var readers = 0
    /// The reader and state of the caller's thread: with one job, or where no thread could open a reader.
    private let own: Slot

    /// A reader with the state of the last commit it read, and the chunk that commit ended.
    private final class Slot {
        let reader: TreeReader
        var state: [ObjectID?]
        var lastChunk = -1
        init(_ reader: TreeReader, nodes: Int) {
            self.reader = reader
            state = Array(repeating: nil, count: nodes)
        }
    }

    /// `order`: the commits in walk order; `read` reads the changes of some of them with a reader, from `state` (that of
    /// the commit before them when `continues`).
    init(order: [Int], chunk: Int, nodes: Int, trees: TreeReader, jobs: Int, ahead: Int, openTrees: (@Sendable () -> TreeReader?)?,
         read: @escaping Read) {
        self.order = order
        chunks = stride(from: 0, to: order.count, by: max(1, chunk)).map { $0..<min($0 + max(1, chunk), order.count) }
        self.read = read
        self.ahead = max(1, ahead)
        own = Slot(trees, nodes: nodes)
        guard jobs > 1, let openTrees, chunks.count > 1 else { return }
        readers = jobs
        for _ in 0..<jobs {
            let thread = Thread { [self] in
                guard let reader = openTrees() else { return finish() }
                let slot = Slot(reader, nodes: nodes)
                while let chunk = claim() {
                    let changes = changes(of: chunk, in: slot)
                    condition.withLock {
                        done[chunk] = changes
                        condition.broadcast()
                    }
                }
                finish()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    var count: Int { chunks.count }
    func range(of chunk: Int) -> Range<Int> { chunks[chunk] }

    /// The changes of the commits of `chunk`, in walk order; chunks are taken in order.
    func take(_ chunk: Int) -> [ExposureWalk.StateChanges] {
        condition.lock()
        taken = chunk + 1
        condition.broadcast()
        while done[chunk] == nil, readers > 0 { condition.wait() }
        if let changes = done.removeValue(forKey: chunk) {
            condition.unlock()
            return changes
        }
        // No reader thread left (one job, or none could open the repository), and none took this chunk: this thread
        // reads it.
        nextToRead = max(nextToRead, chunk + 1)
        condition.unlock()
        return changes(of: chunk, in: own)
    }

    /// The next chunk to read, waiting while it would be too far ahead of the replay; nil when all are handed out.
    private func claim() -> Int? {
        condition.withLock {
            while nextToRead < chunks.count, nextToRead >= taken + ahead { condition.wait() }
            guard nextToRead < chunks.count else { return nil }
            nextToRead += 1
            return nextToRead - 1
        }
    }

    private func finish() {
        condition.withLock {
            readers -= 1
            condition.broadcast()
        }
    }

    private func changes(of chunk: Int, in slot: Slot) -> [ExposureWalk.StateChanges] {
        let continues = slot.lastChunk == chunk - 1 && chunk > 0
        slot.lastChunk = chunk
        return read(order[chunks[chunk]], slot.reader, &slot.state, continues)
    }
}
