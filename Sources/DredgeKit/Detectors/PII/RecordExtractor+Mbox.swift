extension RecordExtractor {
    /// An mbox mailbox (RFC 4155: each message begins with a `From ` envelope line at the start of a line, then its
    /// RFC 5322 header, a blank line and the body), as mail clients and `mbox` exports of a support or sales inbox
    /// write it. Each message is a record of its sender: the `From:` header's display name keyed `full_name` and
    /// its address keyed `email`. Bodies are not read (prose). False when the text does not open with an envelope
    /// line, so a document that merely quotes one is not read as a mailbox.
    static func mbox(_ bytes: UnsafeRawBufferPointer, into tally: inout PersonalDataTally) -> Bool {
        guard bytes.starts(with: Array("From ".utf8)) else { return false }
        var inHeader = false
        var sender: [UInt8] = []
        func finishHeader() {
            inHeader = false
            guard !sender.isEmpty, let text = String(validating: sender, as: UTF8.self) else { return }
            sender = []
            var name: String?
            var address = text
            if let open = text.lastIndex(of: "<"), let close = text[open...].firstIndex(of: ">") {
                address = String(text[text.index(after: open)..<close])
                let display = text[..<open].filter { $0 != "\"" }
                let trimmed = display.drop(while: { $0 == " " || $0 == "\t" })
                name = String(trimmed.reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
            }
            tally.rowsScanned += 1
            tally.addRecord(keys: ["full_name", "email"], values: [name, address.trimmingBlanks()])
        }
        var lastHeaderWasFrom = false
        forEachLine(bytes) { line in
            if line.starts(with: Array("From ".utf8)) {
                if inHeader { finishHeader() }
                inHeader = true
                sender = []
                lastHeaderWasFrom = false
                return
            }
            guard inHeader else { return }
            if line.isEmpty {
                finishHeader()
                return
            }
            if line.first == UInt8(ascii: " ") || line.first == UInt8(ascii: "\t") {
                if lastHeaderWasFrom { sender += line }
                return
            }
            lastHeaderWasFrom = line.count > 5 && line.prefix(5).map { $0 | 0x20 } == Array("from:".utf8)
            if lastHeaderWasFrom { sender = Array(line.dropFirst(5)) }
        }
        if inHeader { finishHeader() }
        return true
    }

    /// Each line of `bytes` without its line end (LF or CR LF).
    private static func forEachLine(_ bytes: UnsafeRawBufferPointer, _ body: (ArraySlice<UInt8>) -> Void) {
        var start = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == UInt8(ascii: "\n") {
                var end = index
                if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                body(ArraySlice(bytes[start..<end]))
                start = index + 1
            }
            index += 1
        }
        if start < bytes.endIndex { body(ArraySlice(bytes[start..<bytes.endIndex])) }
    }
}

private extension String {
    func trimmingBlanks() -> String {
        let scalars = unicodeScalars.drop(while: { $0 == " " || $0 == "\t" })
        return String(String.UnicodeScalarView(scalars.reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed()))
    }
}
