extension RecordExtractor {
    /// JSON read token by token, for documents too large to hold as a JSONSerialization tree (which takes about 40
    /// times the document's size): the same records as `json` (each object's scalar fields and the scalars of arrays
    /// directly under its keys), in memory bounded by the nesting depth and one object's fields.
    /// Returns the number of top-level values read (several: NDJSON), or 0 when the bytes are not well-formed JSON
    /// objects and arrays.
    static func jsonStream(_ bytes: UnsafeRawBufferPointer, into tally: inout PersonalDataTally) -> Int {
        var reader = JSONStreamReader(bytes: bytes)
        return reader.read(into: &tally) ? reader.topLevelValues : 0
    }
}

/// The state machine behind `RecordExtractor.jsonStream`.
struct JSONStreamReader {
    /// Deeper documents are refused rather than followed.
    static let maximumDepth = 512

    private struct Frame {
        var isObject: Bool
        /// For an array: the key it sits under, and whether that key belongs to the object just below it.
        var key: String?
        var underObject = false
        var keys: [String] = []
        var values: [String?] = []
        var pendingKey: String?
        /// In an object: a key is expected next (after `{` or `,`); a `:` is expected after it.
        var expectingKey = true
        var expectingColon = false
        var expectingValue = true
    }

    let bytes: UnsafeRawBufferPointer
    private(set) var topLevelValues = 0
    private var position = 0
    private var stack: [Frame] = []
    private var scratch: [UInt8] = []

    init(bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    mutating func read(into tally: inout PersonalDataTally) -> Bool {
        while true {
            while position < bytes.count, bytes[position] <= 0x20 { position += 1 }
            guard position < bytes.count else { return stack.isEmpty && topLevelValues > 0 }
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                guard stack.count < Self.maximumDepth, beginValue() else { return false }
                position += 1
                var frame = Frame(isObject: byte == UInt8(ascii: "{"))
                if let parent = stack.last {
                    frame.key = parent.isObject ? parent.pendingKey : parent.key
                    frame.underObject = parent.isObject
                }
                if frame.isObject { tally.rowsScanned += 1 } else { frame.expectingKey = false }
                stack.append(frame)
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                guard let frame = stack.popLast(), frame.isObject == (byte == UInt8(ascii: "}")) else { return false }
                // Empty containers close right after opening; otherwise a value must have just ended.
                guard !frame.expectingColon, !frame.expectingValue || (frame.keys.isEmpty && frame.pendingKey == nil)
                else { return false }
                position += 1
                if frame.isObject { tally.addRecord(keys: frame.keys, values: frame.values) }
                endValue()
            case UInt8(ascii: ":"):
                guard let top = stack.last, top.isObject, top.expectingColon else { return false }
                position += 1
                stack[stack.count - 1].expectingColon = false
                stack[stack.count - 1].expectingValue = true
            case UInt8(ascii: ","):
                guard let top = stack.last, !top.expectingValue, !top.expectingColon else { return false }
                position += 1
                stack[stack.count - 1].expectingValue = true
                stack[stack.count - 1].expectingKey = top.isObject
                stack[stack.count - 1].pendingKey = nil
            case UInt8(ascii: "\""):
                guard let text = string() else { return false }
                if let top = stack.last, top.isObject, top.expectingKey {
                    stack[stack.count - 1].pendingKey = text
                    stack[stack.count - 1].expectingKey = false
                    stack[stack.count - 1].expectingColon = true
                    if text.utf8.contains(UInt8(ascii: "@")) { tally.addValue(text, key: nil) }  // keyed by address
                } else {
                    guard !stack.isEmpty, beginValue() else { return false }
                    scalar(text, into: &tally)
                    endValue()
                }
            default:
                let start = position
                while position < bytes.count, Self.isLiteralByte(bytes[position]) { position += 1 }
                guard position > start, !stack.isEmpty, beginValue() else { return false }
                let literal = UnsafeRawBufferPointer(rebasing: bytes[start..<position])
                if literal.elementsEqual("null".utf8) || literal.elementsEqual("true".utf8)
                    || literal.elementsEqual("false".utf8) {
                    // Nothing to count.
                } else if literal.allSatisfy(Self.isNumberByte) {
                    scalar(String(decoding: literal, as: UTF8.self), into: &tally)
                } else {
                    return false
                }
                endValue()
            }
        }
    }

    /// Checks that a value may start here and marks it started.
    private mutating func beginValue() -> Bool {
        guard let top = stack.last else { return true }
        guard top.expectingValue, !top.expectingKey, !top.expectingColon else { return false }
        stack[stack.count - 1].expectingValue = false
        return true
    }

    private mutating func endValue() {
        if stack.isEmpty { topLevelValues += 1 }
    }

    /// A scalar goes to the object that holds it, directly or through an array under one of its keys; scalars in
    /// other arrays are values without a record.
    private mutating func scalar(_ text: String, into tally: inout PersonalDataTally) {
        let top = stack.count - 1
        if stack[top].isObject {
            if let key = stack[top].pendingKey {
                stack[top].keys.append(key)
                stack[top].values.append(text)
            }
        } else if stack[top].underObject, let key = stack[top].key {
            stack[top - 1].keys.append(key)
            stack[top - 1].values.append(text)
        } else {
            tally.addValue(text, key: stack[top].key)
        }
    }

    /// The string starting at the `"` under `position`, unescaped; nil when it is not terminated.
    private mutating func string() -> String? {
        position += 1
        let start = position
        while position < bytes.count, bytes[position] != UInt8(ascii: "\""), bytes[position] != UInt8(ascii: "\\") {
            position += 1
        }
        guard position < bytes.count else { return nil }
        if bytes[position] == UInt8(ascii: "\"") {
            position += 1
            return String(decoding: bytes[start..<position - 1], as: UTF8.self)
        }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: bytes[start..<position])
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            if byte == UInt8(ascii: "\"") { return String(decoding: scratch, as: UTF8.self) }
            guard byte == UInt8(ascii: "\\") else { scratch.append(byte); continue }
            guard position < bytes.count else { return nil }
            let escaped = bytes[position]
            position += 1
            switch escaped {
            case UInt8(ascii: "n"): scratch.append(0x0A)
            case UInt8(ascii: "t"): scratch.append(0x09)
            case UInt8(ascii: "r"): scratch.append(0x0D)
            case UInt8(ascii: "b"): scratch.append(0x08)
            case UInt8(ascii: "f"): scratch.append(0x0C)
            case UInt8(ascii: "u"):
                guard var unit = hex4() else { return nil }
                if (0xD800..<0xDC00).contains(unit), position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
                   bytes[position + 1] == UInt8(ascii: "u") {
                    position += 2
                    guard let low = hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
                    unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                }
                scratch.append(contentsOf: Array(String(Unicode.Scalar(unit) ?? "\u{FFFD}").utf8))
            default: scratch.append(escaped)
            }
        }
        return nil
    }

    private mutating func hex4() -> UInt32? {
        guard position + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for byte in bytes[position..<position + 4] {
            guard let digit = Character(Unicode.Scalar(byte)).hexDigitValue else { return nil }
            value = value << 4 | UInt32(digit)
        }
        position += 4
        return value
    }

    private static func isLiteralByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || isNumberByte(byte)
    }

    private static func isNumberByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
            || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
    }
}
