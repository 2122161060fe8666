/// The elements and text of an XML document, in order, for the few parts of office files dredge reads (a
/// spreadsheet's cells): no validation, no DTD, no namespaces beyond dropping an element's prefix (`x:c` is `c`).
/// Text is given with its five named entities and numeric references decoded, and CDATA as written; comments and
/// processing instructions are skipped. A document cut short ends where the cut is.
enum MarkupEvents {
    enum Event {
        /// An element opens; a self-closing one (`<c r="A1"/>`) is followed at once by its `end`.
        case start(name: String, attributes: [String: String])
        case end(name: String)
        case text(String)
    }

    static func read(_ bytes: [UInt8], _ body: (Event) -> Void) {
        var i = 0
        let n = bytes.count
        while i < n {
            guard bytes[i] == lt else {
                let start = i
                while i < n, bytes[i] != lt { i += 1 }
                body(.text(decoded(bytes[start..<i])))
                continue
            }
            if starts(bytes, at: i, with: cdataOpen) {
                let from = i + cdataOpen.count
                let to = find(bytes, cdataClose, from: from) ?? n
                body(.text(String(decoding: bytes[from..<to], as: UTF8.self)))
                i = min(n, to + cdataClose.count)
                continue
            }
            if starts(bytes, at: i, with: commentOpen) {
                i = min(n, (find(bytes, commentClose, from: i + commentOpen.count) ?? n) + commentClose.count)
                continue
            }
            guard let close = tagEnd(bytes, from: i + 1) else { return }
            defer { i = close + 1 }
            let inner = bytes[(i + 1)..<close]
            guard let first = inner.first, first != UInt8(ascii: "?"), first != UInt8(ascii: "!") else { continue }
            if first == UInt8(ascii: "/") {
                body(.end(name: localName(inner.dropFirst().prefix { !isSpace($0) })))
                continue
            }
            let selfClosing = inner.last == UInt8(ascii: "/")
            let tag = selfClosing ? inner.dropLast() : inner
            let nameBytes = tag.prefix { !isSpace($0) }
            let name = localName(nameBytes)
            body(.start(name: name, attributes: attributes(tag.dropFirst(nameBytes.count))))
            if selfClosing { body(.end(name: name)) }
        }
    }

    /// `name="value"` pairs (either quote), names without their prefix.
    private static func attributes(_ text: ArraySlice<UInt8>) -> [String: String] {
        var found: [String: String] = [:]
        var i = text.startIndex
        while i < text.endIndex {
            while i < text.endIndex, isSpace(text[i]) { i += 1 }
            let nameStart = i
            while i < text.endIndex, text[i] != UInt8(ascii: "="), !isSpace(text[i]) { i += 1 }
            let name = text[nameStart..<i]
            while i < text.endIndex, text[i] != UInt8(ascii: "\""), text[i] != UInt8(ascii: "'") { i += 1 }
            guard i < text.endIndex, !name.isEmpty else { break }
            let quote = text[i]
            let valueStart = i + 1
            i = valueStart
            while i < text.endIndex, text[i] != quote { i += 1 }
            found[localName(name)] = decoded(text[valueStart..<min(i, text.endIndex)])
            i += 1
        }
        return found
    }

    /// The `>` that ends a tag opened before `from`, past quoted attribute values that may hold one.
    private static func tagEnd(_ bytes: [UInt8], from: Int) -> Int? {
        var quote: UInt8?
        var i = from
        while i < bytes.count {
            let byte = bytes[i]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return i
            }
            i += 1
        }
        return nil
    }

    /// Text with `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;` and `&#…;` decoded; an unknown reference stays as written.
    static func decoded(_ text: ArraySlice<UInt8>) -> String {
        guard text.contains(UInt8(ascii: "&")) else { return String(decoding: text, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        var i = text.startIndex
        while i < text.endIndex {
            guard text[i] == UInt8(ascii: "&"), let semicolon = text[i...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else {
                out.append(text[i])
                i += 1
                continue
            }
            let reference = String(decoding: text[(i + 1)..<semicolon], as: UTF8.self)
            if let named = named[reference] {
                out.append(named)
            } else if reference.hasPrefix("#"), let scalar = codePoint(reference.dropFirst()).flatMap(Unicode.Scalar.init) {
                out += Array(String(Character(scalar)).utf8)
            } else {
                out += text[i...semicolon]
            }
            i = semicolon + 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func codePoint(_ digits: Substring) -> UInt32? {
        digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
    }

    private static func localName(_ bytes: ArraySlice<UInt8>) -> String {
        let name = bytes.lastIndex(of: UInt8(ascii: ":")).map { bytes[($0 + 1)...] } ?? bytes
        return String(decoding: name, as: UTF8.self)
    }

    private static func starts(_ bytes: [UInt8], at index: Int, with prefix: [UInt8]) -> Bool {
        index + prefix.count <= bytes.count && bytes[index..<(index + prefix.count)].elementsEqual(prefix)
    }

    private static func find(_ bytes: [UInt8], _ needle: [UInt8], from: Int) -> Int? {
        guard from <= bytes.count - needle.count else { return nil }
        for i in from...(bytes.count - needle.count) where bytes[i] == needle[0] && starts(bytes, at: i, with: needle) { return i }
        return nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    private static let lt = UInt8(ascii: "<")
    private static let cdataOpen = Array("<![CDATA[".utf8), cdataClose = Array("]]>".utf8)
    private static let commentOpen = Array("<!--".utf8), commentClose = Array("-->".utf8)
    private static let named: [String: UInt8] = ["amp": UInt8(ascii: "&"), "lt": UInt8(ascii: "<"), "gt": UInt8(ascii: ">"),
                                                 "quot": UInt8(ascii: "\""), "apos": UInt8(ascii: "'")]
}
