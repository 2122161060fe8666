/// How far the unwrap stage goes into one blob: the layers it opens one inside another, and the bytes it may inflate
/// or decode in all. Reaching a limit is counted in the summary and never fails the scan.
public struct UnwrapLimits: Sendable {
    /// Layers opened one inside another (an archive in an archive, base64 in a decoded value).
    public var depth = 3
    /// Bytes inflated from the archives of one blob, all members and layers together: a zip bomb stops here.
    public var inflatedBytes = 64 << 20
    /// Bytes decoded from the encoded values of one blob, all values together.
    public var decodedBytes = 1 << 20
    /// Encoded text longer than this is not decoded (a whole file in base64 is rarely a secret's only home).
    public var encodedValueLength = 256 << 10
    /// Members of one archive read at most.
    public var members = 10_000

    public init() {}
}
