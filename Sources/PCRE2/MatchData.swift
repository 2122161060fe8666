internal import CPCRE2

/// Per-worker scratch space for matching: match data, a match context with limits, and a JIT stack.
/// Belongs to one thread; create one per worker.
public final class MatchData {
    private let data: OpaquePointer  // owned
    private let context: OpaquePointer  // owned
    private let jitStack: OpaquePointer?  // owned
    private static let ovectorPairs: UInt32 = 64
    /// PCRE2_UNSET (`~(PCRE2_SIZE)0`), which Swift does not import: the offset of a group that did not take part.
    private static let unset = Int(bitPattern: UInt.max)

    public init(limits: MatchLimits = MatchLimits()) {
        data = pcre2_match_data_create_8(Self.ovectorPairs, nil)!
        context = pcre2_match_context_create_8(nil)!
        pcre2_set_match_limit_8(context, limits.matchLimit)
        pcre2_set_depth_limit_8(context, limits.depthLimit)
        jitStack = pcre2_jit_stack_create_8(32 << 10, max(32 << 10, limits.jitStackBytes), nil)
        if let jitStack { pcre2_jit_stack_assign_8(context, nil, UnsafeMutableRawPointer(jitStack)) }
    }

    deinit {
        if let jitStack { pcre2_jit_stack_free_8(jitStack) }
        pcre2_match_context_free_8(context)
        pcre2_match_data_free_8(data)
    }

    /// Calls `body` for each non-overlapping match in `subject` with the byte range of the whole match and of
    /// `group` (nil when that group did not take part). Stops early when `body` returns false.
    /// With `window`, matches start inside it and end by its end, while lookbehinds still see the bytes before it.
    /// Throws when PCRE2 fails, including when a limit is reached (`PCRE2Error.isResourceLimit`).
    public func forEachMatch(
        of pattern: CompiledPattern,
        in subject: UnsafeRawBufferPointer,
        window: Range<Int>? = nil,
        group: Int = 0,
        _ body: (_ match: Range<Int>, _ group: Range<Int>?) -> Bool
    ) throws(PCRE2Error) {
        // An empty subject holds no secret; PCRE2 also wants a non-null pointer.
        guard let address = subject.baseAddress, !subject.isEmpty else { return }
        let base = address.assumingMemoryBound(to: UInt8.self)
        let length = min(window?.upperBound ?? subject.count, subject.count)
        var start = window?.lowerBound ?? 0
        while start <= length {
            let rc = pcre2_match_8(pattern.code, base, length, start, 0, data, context)
            if rc == PCRE2_ERROR_NOMATCH { return }
            if rc < 0 { throw PCRE2Error(code: rc) }
            let ovector = pcre2_get_ovector_pointer_8(data)!
            let whole = ovector[0]..<ovector[1]
            var groupRange: Range<Int>? = nil
            if group < Int(rc), group < Int(Self.ovectorPairs), ovector[2 * group] != Self.unset {
                groupRange = ovector[2 * group]..<ovector[2 * group + 1]
            }
            guard body(whole, groupRange) else { return }
            // An empty match would repeat forever: step one byte past it.
            start = whole.isEmpty ? whole.upperBound + 1 : whole.upperBound
        }
    }
}

@available(*, unavailable)
extension MatchData: Sendable {}
