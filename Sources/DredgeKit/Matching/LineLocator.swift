/// Turns byte offsets into 1-based line and column (in characters) with one forward pass over the blob, as long as
/// offsets are asked for in ascending order. The column is counted from the last position asked for on the same line,
/// so thousands of matches on one long line (minified code, test vectors) cost one pass, not one pass each.
struct LineLocator {
    private let bytes: UnsafeRawBufferPointer
    private var offset = 0
    private var line = 1
    private var column = 1

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    mutating func position(of target: Int) -> (line: Int, column: Int) {
        if target < offset { (offset, line, column) = (0, 1, 1) }
        while offset < target {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {  // UTF-8 continuation bytes (10xxxxxx) do not start a character
                column += 1
            }
            offset += 1
        }
        return (line, column)
    }
}
