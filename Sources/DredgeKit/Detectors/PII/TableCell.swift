/// One value of a table's row as a reader of CSV, TSV or a SQL dump gives it: its text as the format decodes it (nil
/// for SQL's `NULL`, COPY's `\N` and expressions) and where its bytes lie in the blob, inside any quotes (nil when no
/// literal holds it). The personal-data tally reads the text; a secret's finding needs the bytes' place.
struct TableCell {
    let text: String?
    let range: Range<Int>?
}
