/// What the personal-data analyzer found in one committed data store (a JSON, NDJSON, CSV, TSV, SQL dump, SQLite or Excel
/// file): counts of distinct values by kind, the record keys that hold them and at most two redacted samples.
/// One report becomes one finding per file version, never one finding per email.
public struct PersonalDataReport: Sendable, Hashable {
    public enum Format: String, Sendable {
        case json, ndjson, csv, tsv, sql, sqlite, xlsx, vcard, icalendar, mbox, iso20022, hl7v2, gedcom, nacha
        case smsBackup = "sms-backup"
    }

    public var format: Format
    /// Records holding personal data: JSON objects that directly hold a value, CSV/TSV rows, SQL `INSERT` rows,
    /// SQLite rows, a sheet's rows.
    public var records: Int
    /// Distinct email addresses (lowercased, with a top-level domain of 2–24 letters).
    public var emails: Int
    /// How many of `emails` are at reserved domains (example.com/.org/.net, `*.test`, `*.example`, `*.invalid`,
    /// `localhost`): test data, which lowers the severity without hiding the file.
    public var reservedDomainEmails: Int
    /// Of `emails`, those read inside running text: a corpus of documents (scraped forum threads, papers' pages)
    /// mentions addresses; a store lists them in fields of their own.
    public var proseEmails: Int
    /// Distinct phone numbers (digits, with the country code when written with `+` or `00`).
    public var phones: Int
    /// How many of `phones` are in ranges set aside for fiction (North American 555-0100–0199, Ofcom's drama
    /// ranges such as 07700 900xxx): test data, like reserved-domain emails.
    public var fictionalPhones: Int
    /// Distinct payment card numbers with a known issuer prefix and a valid Luhn check digit.
    public var cards: Int
    /// Distinct IBANs passing the ISO 13616 mod-97 check.
    public var ibans: Int
    /// Distinct US social security numbers outside the never-issued ranges.
    public var nationalIDs: Int
    /// Field or column names that hold personal data, in first-seen order: those whose values matched
    /// (`Email`, `Phone`) and those named for a person's name, address or birth date (`Name`, `city`, `dob`).
    public var keys: [String]
    /// At most two redacted samples (`a***@gmail.com`, `+1 ***-***-4567`); never a full value. Each is the least
    /// value of its kind (an email at a non-reserved domain first), so that a file version always shows the same.
    public var samples: [String]
    /// Records and rows looked at, holding personal data or not.
    public var rowsScanned: Int
    /// Tables whose rows hold personal data (SQL dumps and SQLite), in first-seen order.
    public var tables: [String]
    /// Non-empty values in fields named for a person's name, address or birth date, in records holding personal data.
    public var nameValues: Int
    public var addressValues: Int
    public var birthDateValues: Int
    /// True when a SQLite table had more rows than the analyzer reads (`maxRowsPerTable`): counts are lower bounds.
    public var truncated: Bool

    public init(format: Format, records: Int = 0, emails: Int = 0, reservedDomainEmails: Int = 0, proseEmails: Int = 0, phones: Int = 0,
                fictionalPhones: Int = 0, cards: Int = 0, ibans: Int = 0, nationalIDs: Int = 0, keys: [String] = [],
                samples: [String] = [], rowsScanned: Int = 0, tables: [String] = [], nameValues: Int = 0,
                addressValues: Int = 0, birthDateValues: Int = 0, truncated: Bool = false) {
        self.format = format
        self.records = records
        self.emails = emails
        self.reservedDomainEmails = reservedDomainEmails
        self.proseEmails = proseEmails
        self.phones = phones
        self.fictionalPhones = fictionalPhones
        self.cards = cards
        self.ibans = ibans
        self.nationalIDs = nationalIDs
        self.keys = keys
        self.samples = samples
        self.rowsScanned = rowsScanned
        self.tables = tables
        self.nameValues = nameValues
        self.addressValues = addressValues
        self.birthDateValues = birthDateValues
        self.truncated = truncated
    }

    /// Distinct values of every kind.
    public var distinctValues: Int { emails + phones + cards + ibans + nationalIDs }

    /// True when the people in the store are made up: every phone number is in a fictional range, and every email is
    /// at a reserved domain or each record's fictional phone vouches for its address (seed rows of `555-0101` beside
    /// `john.smith@acme.com`). Their payment cards, IBANs and ids are then made up too, as long as there are no more
    /// of them than people (a load generator's shoppers at example.com, each with a card). Fixture data, lower severity.
    public var isReservedTestData: Bool {
        let people = max(emails, phones)
        return people > 0 && fictionalPhones == phones && (reservedDomainEmails == emails || phones >= emails)
            && cards + ibans + nationalIDs <= people
    }

    /// True when every address was read inside running text and nothing else personal was found: documents that
    /// mention people (pinecone-io/examples' scraped Q&A threads and arXiv pages), not records of them.
    public var isDocumentText: Bool {
        emails > 0 && proseEmails == emails && phones + cards + ibans + nationalIDs == 0
            && nameValues + addressValues + birthDateValues == 0
    }

    /// `61 records, 61 distinct emails, 60 phone numbers; keys Email, Phone, Name`.
    public var summary: String {
        func counted(_ count: Int, _ singular: String, _ plural: String) -> String {
            "\(count) \(count == 1 ? singular : plural)"
        }
        var parts = [counted(records, "record", "records")]
        if emails > 0 {
            var part = counted(emails, "distinct email", "distinct emails")
            if reservedDomainEmails > 0 { part += " (\(reservedDomainEmails) at reserved domains)" }
            parts.append(part)
        }
        if phones > 0 {
            var part = counted(phones, "phone number", "phone numbers")
            if fictionalPhones > 0 { part += " (\(fictionalPhones) in fictional ranges)" }
            parts.append(part)
        }
        if cards > 0 { parts.append(counted(cards, "payment card number", "payment card numbers")) }
        if ibans > 0 { parts.append(counted(ibans, "IBAN", "IBANs")) }
        if nationalIDs > 0 { parts.append(counted(nationalIDs, "US social security number", "US social security numbers")) }
        if truncated { parts.append("rows truncated") }
        var text = parts.joined(separator: ", ")
        if !keys.isEmpty { text += "; keys " + keys.joined(separator: ", ") }
        return text
    }
}
