import PCRE2
import Synchronization

/// A rule's pattern, compiled and JIT-compiled the first time any worker needs it, then shared: a hook that reads a
/// few blobs compiles the few rules whose keywords occur in them, not all of them. The lock is held while compiling,
/// so a pattern is compiled once however many workers ask at the same time.
final class LazyPattern: Sendable {
    struct Compiled: Sendable {
        let pattern: CompiledPattern
        /// The capture group holding the secret (0 when the pattern has no `secret` group).
        let secretGroup: Int
    }

    let source: String
    private let state = Mutex<Result<Compiled, PCRE2Error>?>(nil)

    init(_ source: String) {
        self.source = source
    }

    func compiled() -> Result<Compiled, PCRE2Error> {
        state.withLock { state in
            if let state { return state }
            let result = Result { () throws(PCRE2Error) in try CompiledPattern(source, options: CompiledRules.compileOptions) }
                .map { Compiled(pattern: $0, secretGroup: $0.groupNumber(named: "secret") ?? 0) }
            state = result
            return result
        }
    }
}
