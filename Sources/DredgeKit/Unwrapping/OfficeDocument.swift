/// Office Open XML files are zips of XML parts. Two kinds are read as what they show, not as their parts: an Excel
/// workbook's sheets as tables of records (`SpreadsheetRecords`) and a Word document's body as lines of text
/// (`WordDocumentText`). The rest of such a zip is read member by member, as any zip's.
enum OfficeDocument {
    /// `.xlsx` or `.docx` when the zip holds that kind's main part: a member's name stands uncompressed in its local
    /// header, whatever the file is called.
    static func kind(of zip: UnsafeRawBufferPointer) -> ContentLayer.Kind? {
        if zip.contains(Array(SpreadsheetRecords.workbook.utf8)) { return .xlsx }
        if zip.contains(Array(WordDocumentText.body.utf8)) { return .docx }
        return nil
    }

    /// Whether a member of a document of `kind` is one of the parts read for what they show.
    static func isPart(_ path: String, of kind: ContentLayer.Kind) -> Bool {
        kind == .xlsx ? SpreadsheetRecords.isPart(path) : path == WordDocumentText.body
    }
}
