/// The personal-data analyzer for committed data stores: JSON and NDJSON records, CSV and TSV exports, SQL dumps and
/// SQLite databases and Excel workbooks. It counts distinct emails, phone numbers, payment cards, IBANs and US SSNs, names the keys that
/// hold them and keeps two redacted samples. Linear in the input; memory grows only with distinct values.
public enum PersonalDataScanner {
    /// nil when the content is not a data store of personal records: not a structured format (plain text, Markdown,
    /// source code), a document that lists a project's people by design (README, AUTHORS, a package manifest with a
    /// few maintainers), or fewer than 3 records holding personal data and fewer than 10 distinct values.
    /// `maxRowsPerTable` bounds the rows read from each SQLite table or sheet.
    public static func analyze(path: String, bytes: UnsafeRawBufferPointer,
                               maxRowsPerTable: Int = 10_000) -> PersonalDataReport? {
        if SQLiteRecords.hasHeader(bytes) {
            var tally = PersonalDataTally()
            guard SQLiteRecords.read(bytes, maxRowsPerTable: maxRowsPerTable, into: &tally) else { return nil }
            return tally.report(format: .sqlite)
        }
        if ArchiveReader.format(of: bytes) == .zip {
            var tally = PersonalDataTally()
            guard SpreadsheetRecords.read(bytes, maxRowsPerTable: maxRowsPerTable, into: &tally) else { return nil }
            return tally.report(format: .xlsx)
        }
        switch TextDecoding.classify(bytes) {
        case .binary:
            return nil
        case .utf16(let littleEndian):
            let text = TextDecoding.utf8(fromUTF16: bytes, littleEndian: littleEndian)
            return text.withUnsafeBytes { analyzeText(path: path, bytes: $0) }
        case .text:
            return analyzeText(path: path, bytes: bytes)
        }
    }

    private static func analyzeText(path: String, bytes: UnsafeRawBufferPointer) -> PersonalDataReport? {
        var text = bytes
        if text.starts(with: [0xEF, 0xBB, 0xBF]) { text = UnsafeRawBufferPointer(rebasing: text.dropFirst(3)) }
        let volumeOnly = DataStoreFormat.isManifest(path: path)
        for format in DataStoreFormat.candidates(path: path, bytes: text) {
            var tally = PersonalDataTally()
            let accepted = switch format {
            case .json: RecordExtractor.json(text, into: &tally)
            case .ndjson: RecordExtractor.ndjson(text, into: &tally)
            case .sql: RecordExtractor.sql(text, into: &tally)
            case .vcard: RecordExtractor.vcard(text, into: &tally)
            case .icalendar: RecordExtractor.icalendar(text, into: &tally)
            case .mbox: RecordExtractor.mbox(text, into: &tally)
            case .iso20022: RecordExtractor.iso20022(text, into: &tally)
            case .hl7v2: RecordExtractor.hl7v2(text, into: &tally)
            case .gedcom: RecordExtractor.gedcom(text, into: &tally)
            case .smsBackup: RecordExtractor.smsBackup(text, into: &tally)
            case .nacha: RecordExtractor.nacha(text, into: &tally)
            case .delimited(let delimiter): RecordExtractor.delimited(text, delimiter: delimiter, into: &tally)
            }
            if accepted { return tally.report(format: format.reportFormat, volumeOnly: volumeOnly) }
        }
        return nil
    }
}
