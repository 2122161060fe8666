internal import CPCRE2

/// A compiled, JIT-compiled PCRE2 pattern in byte mode.
/// Read-only once built, so it is shared across workers (PCRE2 documents compiled code as thread-safe).
public final class CompiledPattern: @unchecked Sendable {
    let code: OpaquePointer  // owned; freed in deinit
    /// Whether JIT compilation succeeded; without it PCRE2 falls back to its interpreter.
    public let isJITCompiled: Bool

    public struct Options: OptionSet, Sendable {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }
        /// `^` and `$` match at line boundaries.
        public static let multiline = Options(rawValue: PCRE2_MULTILINE)
        public static let caseless = Options(rawValue: PCRE2_CASELESS)
        public static let extended = Options(rawValue: PCRE2_EXTENDED)
    }

    public init(_ pattern: String, options: Options = []) throws(PCRE2Error) {
        var errorCode: Int32 = 0
        var errorOffset = 0
        let compiled = pattern.withCString { text in
            text.withMemoryRebound(to: UInt8.self, capacity: pattern.utf8.count) {
                pcre2_compile_8($0, pattern.utf8.count, options.rawValue, &errorCode, &errorOffset, nil)
            }
        }
        guard let compiled else { throw PCRE2Error(code: errorCode, offset: errorOffset) }
        code = compiled
        isJITCompiled = pcre2_jit_compile_8(compiled, PCRE2_JIT_COMPLETE) == 0
    }

    deinit { pcre2_code_free_8(code) }

    /// The number of a named capture group, or nil when the pattern has none by that name.
    public func groupNumber(named name: String) -> Int? {
        let number = name.withCString { text in
            text.withMemoryRebound(to: UInt8.self, capacity: name.utf8.count + 1) { pcre2_substring_number_from_name_8(code, $0) }
        }
        return number > 0 ? Int(number) : nil
    }
}
