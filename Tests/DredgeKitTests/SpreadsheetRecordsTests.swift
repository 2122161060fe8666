@testable import DredgeKit
import Foundation
import TestSupport
import Testing

/// Excel workbooks written by openpyxl and XlsxWriter (`fixtures/spreadsheets`): their sheets are read as tables of
/// records, so a column's name stands before each value, as a setting's name does in a file.
@Suite struct SpreadsheetRecordsTests {
    private func workbook(_ name: String) throws -> Data {
        try Data(contentsOf: FixturePaths.fixtures.appendingPathComponent("spreadsheets/\(name)"))
    }

    private func records(_ name: String) throws -> [(sheet: String, keys: [String], values: [String?])] {
        let bytes = try workbook(name)
        var rows: [(sheet: String, keys: [String], values: [String?])] = []
        let parts = try #require(bytes.withUnsafeBytes { SpreadsheetRecords.parts(of: $0) })
        let opened = SpreadsheetRecords.forEachRow(parts: parts, maxRowsPerTable: 100) { sheet, keys, values in
            rows.append((sheet, keys ?? [], values ?? []))
        }
        #expect(opened)
        return rows
    }

    @Test func inlineStringsAreReadUnderTheirColumnsNames() throws {
        let rows = try records("vendors-openpyxl.xlsx")
        let vendor = try #require(rows.first)
        #expect(vendor.sheet == "Vendors")
        #expect(vendor.keys == ["Vendor", "Login", "Password", "Stripe key", "Seats"])
        #expect(vendor.values[0] == "Acme Payments" && vendor.values[2] == "9emhlV647wWjTG" && vendor.values[4] == "12")
        // An empty cell is no column of its record.
        #expect(rows[1].keys == ["Vendor", "Login", "Seats"])
        #expect(rows.filter { $0.sheet == "Customers" }.count == 4)
    }

    @Test func sharedAndRichStringsAreReadAndASettingsTableIsWrittenAsSettings() throws {
        let rows = try records("settings-xlsxwriter.xlsx")
        #expect(rows.allSatisfy { $0.sheet == "Settings & keys" })  // `&amp;` in the workbook's XML
        let token = try #require(rows.first { $0.values.first == "api_token" })
        #expect(token.values == ["api_token", "qPHJwVDAKGeV71vGYKyj9kLIx91T2jC5UQtwgZUj", "rotate <monthly>"])
        #expect(rows.contains { $0.values == ["Deploy password", "Winter-Harbour-2031"] })  // two runs of rich text, joined
        #expect(rows.contains { $0.keys == ["value"] && $0.values == ["19"] })  // a formula's cached value, not its text

        let line = String(decoding: DatabaseText.row(keys: token.keys, values: token.values), as: UTF8.self)
        #expect(line == "{\"api_token\": \"qPHJwVDAKGeV71vGYKyj9kLIx91T2jC5UQtwgZUj\", \"note\": \"rotate <monthly>\"}\n")
    }

    @Test func aWorkbookOfCustomersIsAPersonalDataStore() throws {
        let bytes = try workbook("vendors-openpyxl.xlsx")
        let report = try #require(bytes.withUnsafeBytes { PersonalDataScanner.analyze(path: "exports/customers.xlsx", bytes: $0) })
        #expect(report.format == .xlsx)
        #expect(report.tables.contains("Customers"))
        #expect(report.phones >= 4)
        // A workbook of settings holds no person's data.
        let settings = try workbook("settings-xlsxwriter.xlsx")
        #expect(settings.withUnsafeBytes { PersonalDataScanner.analyze(path: "ops/settings.xlsx", bytes: $0) } == nil)
    }

    @Test func aZipThatIsNoWorkbookHasNoRecords() {
        let zip = Array("PK\u{3}\u{4}".utf8) + Array(repeating: 0, count: 40)
        #expect(zip.withUnsafeBytes { SpreadsheetRecords.parts(of: $0) } == nil)
        #expect(!SpreadsheetRecords.forEachRow(parts: ["xl/sharedStrings.xml": Array("<sst/>".utf8)], maxRowsPerTable: 10) { _, _, _ in })
    }

    @Test func markupEventsDecodeEntitiesAndSkipWhatIsNoContent() {
        let xml = #"<?xml version="1.0"?><!-- a > comment --><x:row r="1"><c a='1>2'/><t>a&amp;b &#x41;&#66; &bogus;</t><![CDATA[<raw>]]></x:row>"#
        var events: [String] = []
        MarkupEvents.read(Array(xml.utf8)) { event in
            switch event {
            case let .start(name, attributes): events.append("<\(name) \(attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ","))>")
            case let .end(name): events.append("</\(name)>")
            case let .text(text): events.append(text)
            }
        }
        #expect(events == ["<row r=1>", "<c a=1>2>", "</c>", "<t >", "a&b AB &bogus;", "</t>", "<raw>", "</row>"])
    }

    @Test func wordTablesAreRecordsAndDeletedTextIsKept() {
        // As Word writes a tracked deletion and a table: runs inside `w:del` hold `w:delText`.
        let xml = #"<w:document><w:body><w:p><w:r><w:t xml:space="preserve">token: </w:t></w:r><w:del><w:r><w:delText>old-one</w:delText></w:r></w:del></w:p>"#
            + #"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>login</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>secret</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc></w:tr>"#
            + #"<w:tr><w:tc><w:p><w:r><w:t>ops</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>"#
        let text = String(decoding: WordDocumentText.text(of: Array(xml.utf8)), as: UTF8.self)
        #expect(text == "token: old-one\n{\"login\": \"ops\", \"secret\": \"a b\", \"3\": \"x\"}\n")
    }

    /// A workbook or document cut anywhere (a damaged commit, a half-written file) is read as far as it goes.
    @Test func aCutOrGarbledFileIsNeverFatal() throws {
        for name in ["spreadsheets/vendors-openpyxl.xlsx", "spreadsheets/settings-xlsxwriter.xlsx", "documents/runbook-python-docx.docx"] {
            let bytes = try Data(contentsOf: FixturePaths.fixtures.appendingPathComponent(name))
            for end in stride(from: 0, to: bytes.count, by: 61) {
                let cut = bytes.prefix(end)
                _ = cut.withUnsafeBytes { PersonalDataScanner.analyze(path: "cut.xlsx", bytes: $0) }
            }
        }
        let garbled = #"<sheetData><row><c t="s"><v>-1</v></c><c r="ZZZZZZZZZZZZZZZZ9" t="s"><v>99999999999999999999</v></c><c t="s"><v>-1</v><"#
            + #"</row><row><c r="A2"><v>x</v></c></row><p><w:tbl><w:tc></w:tr></w:tbl></w:tbl>&#xFFFFFFFF;&#;<"#
        let parts = ["xl/workbook.xml": Array(#"<sheets><sheet name="s" r:id="rId9"/></sheets>"#.utf8), "xl/worksheets/sheet1.xml": Array(garbled.utf8)]
        #expect(SpreadsheetRecords.forEachRow(parts: parts, maxRowsPerTable: 10) { _, _, _ in })
        _ = WordDocumentText.text(of: Array(garbled.utf8))
    }
}
