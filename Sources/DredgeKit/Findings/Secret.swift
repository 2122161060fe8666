/// A matched credential. Printing it shows only a redacted form (`AKIA…WXYZ`), so a stray log line cannot leak it;
/// `reveal()` is the one way to the plain text.
public struct Secret: Hashable, Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    public let bytes: [UInt8]

    public init(bytes: [UInt8]) { self.bytes = bytes }
    public init(_ text: String) { bytes = Array(text.utf8) }

    /// The full secret. Only for `--show-secrets` output and files written with mode 0600.
    public func reveal() -> String { String(decoding: bytes, as: UTF8.self) }

    /// At most a fifth of the secret at each end, four characters at most, so a short password shows next to nothing.
    public var redacted: String {
        let characters = Array(reveal())
        let kept = min(4, characters.count / 5)
        guard kept > 0 else { return "…" }
        return String(characters.prefix(kept)) + "…" + String(characters.suffix(kept))
    }

    public var description: String { redacted }
    public var debugDescription: String { "Secret(\(redacted))" }
    public var entropy: Double { Entropy.shannon(bytes) }
}
