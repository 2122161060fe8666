/// A JSON string's body (between its quotes) decoded: `\"`, `\\`, `\/`, `\t`, `\uXXXX` as their characters, `\r`, `\b`
/// and `\f` dropped, and a line break as `lineBreak` (a notebook keeps each string on its line, so it reads one as a
/// space; JSON written into a string is read with its lines). Nil when the body holds a quote no backslash escapes
/// (more than one string) or a broken `\u` escape.
enum JSONString {
    static func unescaped<Body: Collection>(_ body: Body, lineBreak: UInt8) -> [UInt8]? where Body.Element == UInt8, Body.Index == Int {
        var out: [UInt8] = []
        out.reserveCapacity(body.count)
        var i = body.startIndex
        while i < body.endIndex {
            let byte = body[i]
            if byte == UInt8(ascii: "\"") { return nil }
            guard byte == UInt8(ascii: "\\"), i + 1 < body.endIndex else {
                out.append(byte)
                i += 1
                continue
            }
            let escape = body[i + 1]
            i += 2
            switch escape {
            case UInt8(ascii: "n"): out.append(lineBreak)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"), UInt8(ascii: "b"), UInt8(ascii: "f"): break
            case UInt8(ascii: "u"):
                guard i + 4 <= body.endIndex, let code = UInt32(String(decoding: body[i..<(i + 4)], as: UTF8.self), radix: 16) else { return nil }
                i += 4
                let scalar = Unicode.Scalar(code) ?? "?"  // half of a surrogate pair: no character of its own
                if scalar == "\n" { out.append(lineBreak) } else { out += Array(String(Character(scalar)).utf8) }
            default: out.append(escape)  // `\"`, `\\`, `\/`
            }
        }
        return out
    }
}
