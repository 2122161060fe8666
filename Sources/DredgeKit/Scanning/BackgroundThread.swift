import Foundation
import Synchronization

/// Work started on a thread of its own (not a shared pool's: its stack size is ours to set), whose result the caller
/// waits for when it needs it.
public final class BackgroundThread<Value: Sendable>: Sendable {
    private let outcome = Mutex<Result<Value, any Error>?>(nil)
    private let done = DispatchSemaphore(value: 0)

    public init(stackSize: Int = 8 << 20, _ body: @escaping @Sendable () throws -> Value) {
        let thread = Thread { [self] in
            let result = Result { try body() }
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
}
