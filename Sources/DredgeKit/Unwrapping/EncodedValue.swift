/// A value in base64, hex or percent-encoding that decodes to text: one more scan item for the matcher.
struct EncodedValue {
    let kind: ContentLayer.Kind
    /// The encoded text in its container.
    let encoded: Range<Int>
    /// What the matcher reads: the container's line with the encoded text replaced by its decoding, so that the key
    /// before it (`DB_PASSWORD:`, `Authorization: Basic`) still stands before the value.
    let text: [UInt8]
    /// Where the decoded bytes lie in `text`: a match elsewhere belongs to the container, which was matched already.
    let decoded: Range<Int>
    /// The setting's name before the value, when the line reads `KEY: value` or `KEY=value`.
    let key: String?
}
