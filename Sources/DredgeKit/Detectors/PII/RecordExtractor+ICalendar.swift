extension RecordExtractor {
    /// iCalendar (RFC 5545): an exported calendar or an invitation names its people in `ATTENDEE` and `ORGANIZER`
    /// properties, `ATTENDEE;CN="Ana Silva";ROLE=REQ-PARTICIPANT:mailto:ana.silva@…`. Each such property is a record:
    /// its `CN` parameter keyed `full_name` and its `mailto:` address keyed `email`, so an attendee list counts as a
    /// CSV of names and addresses would (one organizer repeated over many events is one distinct value, no store).
    /// Folded lines are joined as in vCard. False when the text holds no `BEGIN:VCALENDAR`.
    static func icalendar(_ bytes: UnsafeRawBufferPointer, into tally: inout PersonalDataTally) -> Bool {
        var sawCalendar = false
        forEachContentLine(bytes) { line in
            guard let text = String(validating: line, as: UTF8.self) else { return }
            // Parameters end at the first colon outside a quoted parameter value (`CN="Silva: Ana"`), and are
            // separated by semicolons outside quotes.
            var parts: [String] = []
            var current = ""
            var quoted = false
            var value: Substring?
            for index in text.indices {
                let character = text[index]
                if character == "\"" {
                    quoted.toggle()
                } else if !quoted, character == ";" {
                    parts.append(current)
                    current = ""
                    continue
                } else if !quoted, character == ":" {
                    value = text[text.index(after: index)...]
                    break
                }
                current.append(character)
            }
            guard let value else { return }
            parts.append(current)
            let name = parts[0].uppercased()
            if name == "BEGIN", value.uppercased() == "VCALENDAR" {
                sawCalendar = true
                return
            }
            guard sawCalendar, name == "ATTENDEE" || name == "ORGANIZER" else { return }
            var commonName: String?
            for parameter in parts.dropFirst() where parameter.uppercased().hasPrefix("CN=") {
                commonName = String(parameter.dropFirst(3).filter { $0 != "\"" })
            }
            var address = Substring(value)
            if address.lowercased().hasPrefix("mailto:") { address = address.dropFirst(7) }
            tally.rowsScanned += 1
            tally.addRecord(keys: ["full_name", "email"], values: [commonName, String(address)])
        }
        return sawCalendar
    }
}
