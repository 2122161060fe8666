internal import CPCRE2

/// A PCRE2 failure: its code, PCRE2's own message and, for a compile error, the offset in the pattern.
public struct PCRE2Error: Error, CustomStringConvertible, Sendable {
    public let code: Int32
    public let message: String
    /// Byte offset in the pattern where compilation failed; nil for match-time errors.
    public let offset: Int?

    init(code: Int32, offset: Int? = nil) {
        self.code = code
        self.offset = offset
        var buffer = [UInt8](repeating: 0, count: 256)
        let length = pcre2_get_error_message_8(code, &buffer, buffer.count)
        message = length > 0 ? String(decoding: buffer[..<Int(length)], as: UTF8.self) : "PCRE2 error \(code)"
    }

    /// The match gave up at its match or depth limit (catastrophic backtracking): a skip, not a failure of the scan.
    public var isResourceLimit: Bool {
        [PCRE2_ERROR_MATCHLIMIT, PCRE2_ERROR_DEPTHLIMIT, PCRE2_ERROR_HEAPLIMIT, PCRE2_ERROR_JIT_STACKLIMIT].contains(code)
    }

    public var description: String {
        offset.map { "\(message) at offset \($0)" } ?? message
    }
}
