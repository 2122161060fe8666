import Foundation

extension RecordExtractor {
    /// Documents up to this size are parsed whole with JSONSerialization; larger ones are read as a token stream
    /// (`jsonStream`): the parsed tree takes about 40 times the document's size (200 MB for 5 MB) and building and
    /// freeing it costs more than reading the records (0.8 s against 0.25 s for 5 MB in release), while the stream
    /// keeps memory bounded by the nesting depth.
    static let wholeDocumentLimit = 1 << 20

    /// A JSON document whose root is an object or an array, walked to any depth: each object is a record of its
    /// scalar fields (and of the scalars in arrays directly under its keys); scalars in arrays of arrays count as
    /// values without a record.
    static func json(_ bytes: UnsafeRawBufferPointer, into tally: inout PersonalDataTally,
                     wholeDocumentLimit: Int = wholeDocumentLimit) -> Bool {
        if bytes.count > wholeDocumentLimit {
            guard jsonStream(bytes, into: &tally) == 1 else { return false }
        } else {
            guard let root = try? JSONSerialization.jsonObject(with: Data(bytes)), root is [String: Any] || root is [Any]
            else { return false }
            walk(root, into: &tally)
        }
        orderKeysBySource(bytes, &tally)
        return true
    }

    /// One JSON value per line (`.ndjson`, `.jsonl`): true when at least two lines are objects and at least half the
    /// non-blank lines parse.
    static func ndjson(_ bytes: UnsafeRawBufferPointer, into tally: inout PersonalDataTally) -> Bool {
        var lines = 0
        var objects = 0
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            var start = lineStart, end = lineEnd
            while start < end, bytes[start] <= 0x20 { start += 1 }
            while end > start, bytes[end - 1] <= 0x20 { end -= 1 }
            lineStart = lineEnd + 1
            guard start < end else { continue }
            lines += 1
            guard bytes[start] == UInt8(ascii: "{") || bytes[start] == UInt8(ascii: "["),
                  let value = try? JSONSerialization.jsonObject(with: Data(bytes[start..<end])) else { continue }
            if value is [String: Any] { objects += 1 }
            walk(value, into: &tally)
        }
        orderKeysBySource(bytes, &tally)
        return objects >= 2 && objects * 2 >= lines
    }

    private static func walk(_ root: Any, into tally: inout PersonalDataTally) {
        var pending: [(node: JSONNode, key: String?)] = [(JSONNode(root), nil)]
        var keys: [String] = []
        var values: [String?] = []
        var children: [(node: JSONNode, key: String?)] = []
        while let (node, parentKey) = pending.popLast() {
            switch node {
            case .object(let object):
                tally.rowsScanned += 1
                keys.removeAll(keepingCapacity: true)
                values.removeAll(keepingCapacity: true)
                children.removeAll(keepingCapacity: true)
                for (key, value) in object {
                    if key.utf8.contains(UInt8(ascii: "@")) { tally.addValue(key, key: nil) }  // keyed by address
                    switch JSONNode(value) {
                    case .scalar(let text):
                        keys.append(key)
                        values.append(text)
                    case .list(let list):
                        for element in list {
                            let child = JSONNode(element)
                            if case .scalar(let text) = child {
                                keys.append(key)
                                values.append(text)
                            } else if child.isContainer {
                                children.append((child, key))
                            }
                        }
                    case let child where child.isContainer:
                        children.append((child, key))
                    default:
                        break
                    }
                }
                tally.addRecord(keys: keys, values: values)
                pending.append(contentsOf: children.reversed())
            case .list(let list):
                var nested: [(node: JSONNode, key: String?)] = []
                for element in list {
                    let child = JSONNode(element)
                    if case .scalar(let text) = child {
                        tally.addValue(text, key: parentKey)
                    } else if child.isContainer {
                        nested.append((child, parentKey))
                    }
                }
                pending.append(contentsOf: nested.reversed())
            case .scalar(let text):
                tally.addValue(text, key: parentKey)
            case .other:
                break
            }
        }
    }

    /// A JSONSerialization value. Casting to the Swift containers and to `String` first matters on Linux: a cast of
    /// a dictionary to `NSNumber` bridges the whole dictionary to an `NSDictionary` before it fails.
    private enum JSONNode {
        case object([String: Any])
        case list([Any])
        /// Strings as they are; numbers as their digits (a phone or card number stored as a number).
        case scalar(String)
        case other

        init(_ value: Any) {
            if let text = value as? String {
                self = .scalar(text)
            } else if let object = value as? [String: Any] {
                self = .object(object)
            } else if let list = value as? [Any] {
                self = .list(list)
            } else if let number = value as? NSNumber {
                self = .scalar(number.stringValue)
            } else {
                self = .other
            }
        }

        var isContainer: Bool {
            switch self {
            case .object, .list: true
            case .scalar, .other: false
            }
        }
    }

    /// Dictionaries from JSONSerialization have no order; put the keys in the order they first appear in the file,
    /// found in one pass over its string tokens (a string followed by `:` is a key).
    private static func orderKeysBySource(_ bytes: UnsafeRawBufferPointer, _ tally: inout PersonalDataTally) {
        let wanted = Set(tally.keys)
        guard wanted.count > 1 else { return }
        let lengths = Set(wanted.map(\.utf8.count))
        var offsets: [String: Int] = [:]
        var index = 0
        while index < bytes.count, offsets.count < wanted.count {
            guard bytes[index] == UInt8(ascii: "\"") else { index += 1; continue }
            let start = index + 1
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\"") {
                end += bytes[end] == UInt8(ascii: "\\") ? 2 : 1
            }
            end = min(end, bytes.count)
            var next = end + 1
            while next < bytes.count, bytes[next] <= 0x20 { next += 1 }
            if next < bytes.count, bytes[next] == UInt8(ascii: ":"), lengths.contains(end - start) {
                let key = String(decoding: bytes[start..<end], as: UTF8.self)
                if wanted.contains(key), offsets[key] == nil { offsets[key] = start }
            }
            index = end + 1
        }
        tally.orderKeys { offsets[$0] ?? Int.max }
    }
}
