import Foundation

/// An HTTP Basic header's value, `base64(user:password)` (RFC 7617): decoded to see whose it is, and dropped when the
/// password is a stand-in (`valid@justgiving.com:password` in a sandbox call, `user:pass` in a manual). A value that
/// does not decode to `user:password` (REST Client's clear `user:password`, whose capture is the password alone) is
/// left to the other checks.
enum BasicCredentials {
    static func validate(_ value: String) -> Validation {
        guard value.count % 4 == 0, let data = Data(base64Encoded: value), let text = String(data: data, encoding: .utf8),
              let colon = text.firstIndex(of: ":") else { return .unchecked }
        let user = String(text[..<colon]), password = Array(text[text.index(after: colon)...].utf8)
        guard !user.isEmpty, !password.isEmpty, !PlaceholderFilter.isPlaceholder(password) else { return Validation(.rejected) }
        return Validation(.unchecked, [("user", user)])
    }
}
