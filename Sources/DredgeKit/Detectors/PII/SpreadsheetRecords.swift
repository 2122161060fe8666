/// The rows of an Excel workbook (`.xlsx`, `.xlsm`: Office Open XML, ECMA-376 part 1 §18), sheet by sheet, as the
/// records of a table: a sheet's first row that holds text names its columns, and each row after it is a record of
/// those columns (a cell under no name is named by its column's letters, `F`). A cell's text is in the sheet
/// (`inlineStr`, a formula's cached `str`) or, as Excel writes it, in the workbook's shared strings (`s`, an index);
/// numbers and booleans are their text as written. The workbook is a zip whose parts are XML: `xl/workbook.xml` names
/// the sheets, `xl/_rels/workbook.xml.rels` says which part holds each, `xl/sharedStrings.xml` the strings.
enum SpreadsheetRecords {
    /// Whether a zip member is one of the parts read here (the rest of the workbook is matched as any member).
    static func isPart(_ path: String) -> Bool {
        path == workbook || path == relations || path == sharedStrings
            || (path.hasPrefix("xl/worksheets/") && path.hasSuffix(".xml") && !path.dropFirst(14).contains("/"))
    }

    /// Calls `body` with each record of each sheet (its sheet's name, column names and values), in the workbook's order,
    /// up to `maxRowsPerTable` a sheet, and once with nil columns for a sheet cut short there; false when `parts` (by
    /// path in the zip) hold no workbook naming a sheet.
    static func forEachRow(parts: [String: [UInt8]], maxRowsPerTable: Int,
                           _ body: (_ sheet: String, _ keys: [String]?, _ values: [String?]?) -> Void) -> Bool {
        guard let book = parts[workbook] else { return false }
        let sheets = sheetParts(book, relations: parts[relations] ?? [])
        guard !sheets.isEmpty else { return false }
        let strings = parts[sharedStrings].map(sharedStringList) ?? []
        for (name, path) in sheets {
            guard let sheet = parts[path] else { continue }
            readSheet(name, sheet, strings: strings, limit: max(0, maxRowsPerTable), body)
        }
        return true
    }

    /// The parts of a workbook's zip that `forEachRow(parts:)` reads; nil when it is no workbook.
    static func parts(of zip: UnsafeRawBufferPointer, limits: UnwrapLimits = UnwrapLimits()) -> [String: [UInt8]]? {
        guard ArchiveReader.format(of: zip) == .zip, OfficeDocument.kind(of: zip) == .xlsx else { return nil }
        var parts: [String: [UInt8]] = [:]
        _ = ArchiveReader.forEachMember(in: zip, format: .zip, budget: .init(limits.inflatedBytes), limits: limits) { path, bytes in
            if let path, isPart(path) { parts[path] = Array(bytes) }
        }
        return parts[workbook] == nil ? nil : parts
    }

    /// Reads the sheets' records into `tally` (the personal-data analyzer); false when `zip` is no workbook.
    static func read(_ zip: UnsafeRawBufferPointer, maxRowsPerTable: Int, into tally: inout PersonalDataTally) -> Bool {
        guard let parts = parts(of: zip) else { return false }
        return forEachRow(parts: parts, maxRowsPerTable: maxRowsPerTable) { sheet, keys, values in
            guard let keys, let values else {
                tally.truncated = true
                return
            }
            tally.rowsScanned += 1
            tally.addRecord(keys: keys, values: values, table: sheet)
        }
    }

    // MARK: parts

    /// Each sheet's name and its part's path, in the workbook's order.
    private static func sheetParts(_ book: [UInt8], relations: [UInt8]) -> [(name: String, path: String)] {
        var targets: [String: String] = [:]
        MarkupEvents.read(relations) { event in
            if case let .start("Relationship", attributes) = event, let id = attributes["Id"], let target = attributes["Target"] {
                targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            }
        }
        var sheets: [(name: String, path: String)] = []
        MarkupEvents.read(book) { event in
            guard case let .start("sheet", attributes) = event, let name = attributes["name"] else { return }
            // Without its relation, a sheet is found where Excel puts it: the n-th sheet in `sheetN.xml`.
            let path = attributes["id"].flatMap { targets[$0] } ?? "xl/worksheets/sheet\(sheets.count + 1).xml"
            sheets.append((name, path))
        }
        return sheets
    }

    /// The shared strings in order: each `si`'s text, its runs (`r`) joined, phonetic guides (`rPh`) left out.
    private static func sharedStringList(_ part: [UInt8]) -> [String] {
        var strings: [String] = []
        var current = ""
        var inText = false
        var phonetic = 0
        MarkupEvents.read(part) { event in
            switch event {
            case .start("si", _): current = ""
            case .end("si"): strings.append(current)
            case .start("rPh", _): phonetic += 1
            case .end("rPh"): phonetic -= 1
            case .start("t", _): inText = phonetic == 0
            case .end("t"): inText = false
            case .text(let text) where inText: current += text
            default: break
            }
        }
        return strings
    }

    /// One sheet's records.
    private static func readSheet(_ name: String, _ part: [UInt8], strings: [String], limit: Int,
                                  _ body: (_ sheet: String, _ keys: [String]?, _ values: [String?]?) -> Void) {
        var header: [Int: String]?
        var row: [Int: String] = [:]
        var records = 0
        var cutShort = false
        // The cell being read: its column, type, and the text of its value (`v`) or inline string (`is` then `t`).
        var column = 0
        var type = ""
        var value = ""
        var inValue = false
        var nextColumn = 0
        MarkupEvents.read(part) { event in
            guard !cutShort else { return }
            switch event {
            case .start("row", _):
                row = [:]
                nextColumn = 0
            case .start("c", let attributes):
                column = attributes["r"].flatMap(columnIndex) ?? nextColumn
                nextColumn = column + 1
                type = attributes["t"] ?? "n"
                value = ""
            case .start("v", _), .start("t", _):
                inValue = true
            case .end("v"), .end("t"):
                inValue = false
            case .text(let text) where inValue:
                value += text
            case .end("c"):
                let text = type == "s" ? Int(value).flatMap { strings.indices.contains($0) ? strings[$0] : nil } : value
                if let text, !text.isEmpty { row[column] = text }
            case .end("row"):
                guard !row.isEmpty else { return }
                guard let names = header else {
                    header = row
                    return
                }
                guard records < limit else {
                    cutShort = true
                    body(name, nil, nil)
                    return
                }
                records += 1
                let columns = row.keys.sorted()
                body(name, columns.map { names[$0] ?? columnName($0) }, columns.map { row[$0] })
            default:
                break
            }
        }
    }

    /// `C7` → 2; nil for a reference without column letters or with more than Excel's three (`XFD`, the last).
    private static func columnIndex(_ reference: String) -> Int? {
        var index = 0
        var letters = 0
        for byte in reference.utf8 {
            guard byte >= 65, byte <= 90 else { break }
            index = index * 26 + Int(byte - 64)
            letters += 1
            if letters > 3 { return nil }
        }
        return letters == 0 ? nil : index - 1
    }

    /// 2 → `C`, 27 → `AB`.
    private static func columnName(_ index: Int) -> String {
        var name: [UInt8] = []
        var rest = index + 1
        while rest > 0 {
            name.insert(UInt8(65 + (rest - 1) % 26), at: 0)
            rest = (rest - 1) / 26
        }
        return String(decoding: name, as: UTF8.self)
    }

    static let workbook = "xl/workbook.xml"
    private static let relations = "xl/_rels/workbook.xml.rels"
    private static let sharedStrings = "xl/sharedStrings.xml"
}
