/// Collects what the record extractors read: distinct values by kind, records holding personal data, the keys that
/// hold it, the least value of each kind (for redacted samples: the same whatever order the records come in).
/// Memory grows with the number of distinct values, never with the input.
struct PersonalDataTally {
    /// A data store needs this many records holding personal data…
    static let minimumRecords = 3
    /// …or this many distinct values.
    static let minimumDistinctValues = 10
    /// Keys and tables listed at most (a file keyed by ids would otherwise list every id).
    static let maximumNames = 32

    var rowsScanned = 0
    var truncated = false
    private(set) var records = 0
    /// Records whose only personal field is one part of a name (`surname`): a store of nothing else names nobody.
    private var recordsNamedByOnePart = 0
    private(set) var keys: [String] = []
    private var keySet: Set<String> = []
    private var tables: [String] = []
    private var emails: Set<String> = []
    private var reservedEmails = 0
    /// Distinct emails first read inside running text (`PersonalDataReport.proseEmails`).
    private var proseEmails = 0
    private var phones: Set<String> = []
    private var fictionalPhones = 0
    private var cards: Set<String> = []
    private var ibans: Set<String> = []
    private var nationalIDs: Set<String> = []
    private var nameValues = 0
    private var addressValues = 0
    private var birthDateValues = 0
    private var leastEmail: String?
    private var leastReservedEmail: String?
    private var leastPhone: String?
    private var leastCard: String?
    private var leastIBAN: String?
    private var leastNationalID: String?
    private var meanings: [String: PersonalDataKey] = [:]

    var distinctValues: Int { emails.count + phones.count + cards.count + ibans.count + nationalIDs.count }

    /// One record, field names and values side by side (nil: SQL `NULL`). It holds personal data when a value is an
    /// email, phone, card, IBAN or SSN, or a field named like `first_name` or `dob` is filled in; then it counts,
    /// and its personal-data keys are added in field order. Returns whether it counted.
    @discardableResult
    mutating func addRecord(keys recordKeys: [String], values: [String?], table: String? = nil) -> Bool {
        guard !Self.describesPackage(recordKeys) else { return false }
        var holdsValue = false
        var identifiesPerson = false
        var namePartOnly = true
        var found: [String] = []
        var categories: [PersonalDataKey.Category] = []
        for (key, value) in zip(recordKeys, values) {
            guard let value, !value.isEmpty else { continue }
            let meaning = meaning(of: key)
            if add(value, meaning) {
                holdsValue = true
                found.append(key)
            } else if let category = meaning.category, value.utf8.contains(where: { $0 > 0x20 }), value != "null" {
                found.append(key)
                categories.append(category)
                identifiesPerson = identifiesPerson || meaning.identifiesPerson
                namePartOnly = namePartOnly && (meaning.isNamePart || !meaning.identifiesPerson)
            }
        }
        guard holdsValue || identifiesPerson else { return false }
        records += 1
        if !holdsValue, namePartOnly, categories.count < 2 { recordsNamedByOnePart += 1 }
        for key in found where keys.count < Self.maximumNames && keySet.insert(key).inserted { keys.append(key) }
        for category in categories {
            switch category {
            case .name: nameValues += 1
            case .address: addressValues += 1
            case .birthDate: birthDateValues += 1
            }
        }
        if let table, tables.count < Self.maximumNames, !tables.contains(table) { tables.append(table) }
        return true
    }

    /// A value outside any record (an array of addresses): counted, but no record.
    @discardableResult
    mutating func addValue(_ value: String, key: String?) -> Bool {
        let meaning = key.map { self.meaning(of: $0) } ?? PersonalDataKey.unnamed
        return add(value, meaning)
    }

    /// Reorders `keys` by `position` (e.g. the offset of the key's first appearance in the file), keeping the
    /// current order among equal positions.
    mutating func orderKeys(by position: (String) -> Int) {
        keys = keys.enumerated().sorted { (position($0.element), $0.offset) < (position($1.element), $1.offset) }
            .map(\.element)
    }

    /// The report, or nil when there is too little structure and volume to call this a data store.
    /// `volumeOnly`: records do not count (package manifests list a few people by design).
    func report(format: PersonalDataReport.Format, volumeOnly: Bool = false) -> PersonalDataReport? {
        // Records that all name the same one address or number are one person's metadata (a pipeline export's
        // creator, modifier and owner), not a store of people.
        let enoughRecords = !volumeOnly && records >= Self.minimumRecords && distinctValues != 1
        guard enoughRecords || distinctValues >= Self.minimumDistinctValues else { return nil }
        // Surnames and nothing else (an NLP course's `surname,nationality`): one part of a name identifies nobody.
        guard distinctValues > 0 || recordsNamedByOnePart < records else { return nil }
        let samples = [
            (leastEmail ?? leastReservedEmail).map(EmailAddress.redacted),
            leastPhone.map(PhoneNumber.redacted),
            leastCard.map(PaymentCard.redacted),
            leastIBAN.map(IBAN.redacted),
            leastNationalID.map(SocialSecurityNumber.redacted),
        ].compactMap { $0 }
        return PersonalDataReport(
            format: format, records: records, emails: emails.count, reservedDomainEmails: reservedEmails, proseEmails: proseEmails,
            phones: phones.count, fictionalPhones: fictionalPhones, cards: cards.count, ibans: ibans.count,
            nationalIDs: nationalIDs.count, keys: keys, samples: Array(samples.prefix(2)), rowsScanned: rowsScanned,
            tables: tables, nameValues: nameValues, addressValues: addressValues, birthDateValues: birthDateValues,
            truncated: truncated)
    }

    private mutating func meaning(of key: String) -> PersonalDataKey {
        if let known = meanings[key] { return known }
        let meaning = PersonalDataKey(key)
        if meanings.count < 4096 { meanings[key] = meaning }
        return meaning
    }

    /// Counts the personal data in one field value; true when there was some.
    private mutating func add(_ value: String, _ meaning: PersonalDataKey) -> Bool {
        if meaning.saysCryptoMaterial { return false }
        if value.utf8.contains(UInt8(ascii: "@")) {
            var addresses: [String] = []
            EmailAddress.scan(value) { addresses.append($0) }
            let inProse = Self.isRunningText(value, addressBytes: addresses.reduce(0) { $0 + $1.utf8.count })
            for address in addresses where emails.insert(address).inserted {
                if inProse { proseEmails += 1 }
                if EmailAddress.isReserved(address) {
                    reservedEmails += 1
                    Self.keepLeast(address, in: &leastReservedEmail)
                } else {
                    Self.keepLeast(address, in: &leastEmail)
                }
            }
            return !addresses.isEmpty
        }
        var value = value
        return value.withUTF8 { raw in
            var start = 0, end = raw.count
            while start < end, raw[start] <= 0x20 { start += 1 }
            while end > start, raw[end - 1] <= 0x20 { end -= 1 }
            guard (7...42).contains(end - start) else { return false }
            let trimmed = UnsafeBufferPointer(rebasing: raw[start..<end])
            var digitCount = 0
            for byte in trimmed where byte >= 0x30 && byte <= 0x39 { digitCount += 1 }
            guard digitCount >= 7, !meaning.saysIdentifier, !meaning.saysTime else { return false }
            if meaning.saysPhone, let phone = PhoneNumber.normalized(trimmed, keySaysPhone: true) {
                addPhone(phone)
            } else if let card = PaymentCard.digits(trimmed) {
                Self.insert(card, into: &cards, least: &leastCard)
            } else if let ssn = SocialSecurityNumber.digits(trimmed, keySaysSSN: meaning.saysNationalID) {
                Self.insert(ssn, into: &nationalIDs, least: &leastNationalID)
            } else if let iban = IBAN.compact(trimmed) {
                Self.insert(iban, into: &ibans, least: &leastIBAN)
            } else if meaning.category != .address,
                      let phone = PhoneNumber.normalized(trimmed, keySaysPhone: meaning.saysPhone) {
                addPhone(phone)
            } else {
                return false
            }
            return true
        }
    }

    /// A field holding a passage of text (a forum post, a paper's page, a bundled file's contents): 200 bytes or more
    /// with a space every 20 bytes at least, or of which the addresses in it are less than a quarter (a minified
    /// script's `@author` comment). An address in it is one a writer mentioned, not a record's contact field; a long
    /// field that is mostly addresses is a list of them. `addressBytes`: the bytes of the addresses read in it.
    static func isRunningText(_ value: String, addressBytes: Int) -> Bool {
        let bytes = value.utf8
        guard bytes.count >= 200 else { return false }
        return bytes.reduce(0, { $0 + ($1 == 0x20 || $1 == 0x0A ? 1 : 0) }) * 20 >= bytes.count || addressBytes * 4 < bytes.count
    }

    /// Keys that describe a software package: its licence beside its repository, licence file or home page
    /// (license-checker's list of dependencies). The address in such a record is a publisher's, no one's on file.
    static func describesPackage(_ keys: [String]) -> Bool {
        let lowered = Set(keys.map { $0.lowercased() })
        return !lowered.isDisjoint(with: ["license", "licenses", "licence"])
            && !lowered.isDisjoint(with: ["repository", "licensefile", "licenseurl", "homepage"])
    }

    private mutating func addPhone(_ phone: String) {
        guard phones.insert(phone).inserted else { return }
        if PhoneNumber.isFictional(phone) { fictionalPhones += 1 }
        Self.keepLeast(phone, in: &leastPhone)
    }

    private static func insert(_ value: String, into set: inout Set<String>, least: inout String?) {
        if set.insert(value).inserted { keepLeast(value, in: &least) }
    }

    private static func keepLeast(_ value: String, in least: inout String?) {
        if least.map({ value < $0 }) ?? true { least = value }
    }
}
