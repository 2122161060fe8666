/// Turns byte offsets into 1-based line and column (in characters) with one forward pass over the blob,
/// as long as offsets are asked for in ascending order.
struct LineLocator {
    private let bytes: UnsafeRawBufferPointer
    private var offset = 0
    private var line = 1
    private var lineStart = 0

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    mutating func position(of target: Int) -> (line: Int, column: Int) {
        if target < offset { (offset, line, lineStart) = (0, 1, 0) }
        while offset < target {
            if bytes[offset] == UInt8(ascii: "\n") {
                line += 1
                lineStart = offset + 1
            }
            offset += 1
        }
        // Count characters, not bytes: UTF-8 continuation bytes (10xxxxxx) do not start one.
        let column = 1 + bytes[lineStart..<target].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        return (line, column)
    }
}
