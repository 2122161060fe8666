import Foundation
import Synchronization

/// Work started on a thread of its own (not a shared pool's: its stack size is ours to set), whose result the caller
/// waits for when it needs it.
public final class BackgroundThread<Value: Sendable>: Sendable {
    private let work: Mutex<(@Sendable () throws -> Value)?>
    private let outcome = Mutex<Result<Value, any Error>?>(nil)
    private let done = DispatchSemaphore(value: 0)

    public init(stackSize: Int = 8 << 20, _ body: @escaping @Sendable () throws -> Value) {
        work = Mutex(body)
        let thread = Thread { [self] in
            let result = run()
            outcome.withLock { $0 = result }
            done.signal()
        }
        thread.stackSize = stackSize
        thread.start()
    }

    /// Waits for the work to end, then returns what it made or throws what it threw.
    public func result() throws -> Value {
        done.wait()
        return try outcome.withLock { $0! }.get()
    }

    /// Runs the work and lets it go before the caller is told it is done: what it captured (an inventory's database
    /// connection) is closed by then, not whenever the thread object is freed, which may be after the process exits.
    private func run() -> Result<Value, any Error> {
        guard let body = work.withLock({ work in defer { work = nil }; return work }) else { fatalError("the work runs once") }
        return Result { try body() }
    }
}
