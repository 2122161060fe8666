/// Reads the records of a data store (JSON, NDJSON, CSV/TSV, SQL dump, SQLite) into a `PersonalDataTally`, one
/// extension per format. Each reader is linear in its input and returns false when the bytes are not that format.
enum RecordExtractor {}
