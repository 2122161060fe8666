/// What a record field's name says about its value. Names are compared lowercased without `_`, `-`, spaces and dots,
/// so `first_name`, `firstName` and `First Name` are one name.
struct PersonalDataKey: Sendable {
    enum Category: Sendable {
        case name, address, birthDate
    }

    /// Personal data by name alone: listed in the report's keys even when no value pattern matches.
    var category: Category?
    /// A name that by itself makes a record personal (`first_name`, `full_name`, `dob`), unlike `name` or `city`,
    /// which products and shops have too.
    var identifiesPerson = false
    /// One part of a name (`surname`, `first_name`): a store that holds nothing else personal (an NLP dataset's
    /// `surname,nationality`) names nobody.
    var isNamePart = false
    var saysPhone = false
    var saysNationalID = false
    /// A field of cryptographic test material (`nonce`, `iv`, `msg`, `ct`): its digits and hex are bytes, never a
    /// card, phone or IBAN, however often a run of them passes Luhn or mod-97.
    var saysCryptoMaterial = false
    /// A field that names an identifier (`id`, `user_id`, `chromeId`, `Feature ID`): its digits number a record, never a
    /// card, phone or IBAN, however often a run of them passes Luhn (caniuse's data.json: 16 of its `chrome_id`s did,
    /// and it was called a store of payment cards).
    var saysIdentifier = false
    /// A field that names a moment (`Timestamp`, `LastObserved`, `modified_time`): its digits count time (.NET's ticks,
    /// 18 digits from 63…, pass Luhn one time in ten), never a card, phone or IBAN (Visual Studio's `.vs/slnx.sqlite`
    /// cache in a Red-DiscordBot fork: 15 "cards", blind21c).
    var saysTime = false
    static let timeSuffixes = ["timestamp", "time", "ticks", "observed", "modified", "updated"]

    static let personNames: Set<String> = ["firstname", "lastname", "fullname", "givenname", "familyname", "surname",
                                           "middlename", "forename", "fname", "lname", "maidenname", "customername",
                                           "contactname", "patientname", "employeename", "legalname", "personname"]
    static let nameParts: Set<String> = ["firstname", "lastname", "givenname", "familyname", "surname", "middlename", "forename",
                                         "fname", "lname", "maidenname"]
    static let otherNames: Set<String> = ["name", "displayname", "nickname"]
    static let addresses: Set<String> = ["address", "streetaddress", "street", "address1", "address2", "addressline1",
                                         "addressline2", "homeaddress", "postaladdress", "mailingaddress",
                                         "billingaddress", "shippingaddress", "city", "town", "zip", "zipcode",
                                         "postcode", "postalcode"]
    static let birthDates: Set<String> = ["dob", "birthdate", "dateofbirth", "birthday", "bday", "birthdt"]
    static let phoneNames: Set<String> = ["tel", "telno", "telnr", "telnumber", "cell", "cellno", "cellnumber", "fax",
                                          "faxno", "faxnumber", "msisdn", "contactnumber"]
    static let nationalIDNames: Set<String> = ["ssn", "socialsecurity", "socialsecuritynumber", "socialsecurityno",
                                               "ssnumber", "taxpayerid"]

    static let cryptoMaterialNames: Set<String> = ["iv", "nonce", "key", "msg", "ct", "ciphertext", "pt", "plaintext",
                                                   "tag", "aad", "digest", "hash", "sig", "signature", "salt", "seed",
                                                   "mac", "hmac", "psk", "pskid", "ikm", "okm", "prk", "info", "enc",
                                                   "sharedsecret", "exportervalue", "publickey", "privatekey", "skrm",
                                                   "pkrm", "skem", "pkem", "secret", "result", "expected", "tcid"]

    /// A value without a field name (an element of an array of arrays).
    static let unnamed = PersonalDataKey("")

    init(_ key: String) {
        let folded = String(String.UnicodeScalarView(key.lowercased().unicodeScalars.filter {
            !["_", "-", " ", "."].contains($0)
        }))
        if Self.personNames.contains(folded) {
            category = .name
            identifiesPerson = true
            isNamePart = Self.nameParts.contains(folded)
        } else if Self.otherNames.contains(folded) {
            category = .name
        } else if Self.addresses.contains(folded) {
            category = .address
        } else if Self.birthDates.contains(folded) {
            category = .birthDate
            identifiesPerson = true
        }
        saysPhone = Self.phoneNames.contains(folded) || folded.contains("phone") || folded.contains("mobile")
        saysNationalID = Self.nationalIDNames.contains(folded) || folded.hasSuffix("ssn")
        saysCryptoMaterial = Self.cryptoMaterialNames.contains(folded)
        saysIdentifier = Self.namesIdentifier(key)
        saysTime = Self.timeSuffixes.contains { folded.hasSuffix($0) }
    }

    /// `id` alone, or as the key's last word: after a separator, or capitalised after a lowercase letter or digit.
    static func namesIdentifier(_ key: String) -> Bool {
        let bytes = Array(key.utf8)
        guard bytes.count >= 2, bytes[bytes.count - 2] | 0x20 == UInt8(ascii: "i"), bytes[bytes.count - 1] | 0x20 == UInt8(ascii: "d")
        else { return false }
        guard bytes.count > 2 else { return true }
        let before = bytes[bytes.count - 3]
        if [UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: " "), UInt8(ascii: ".")].contains(before) { return true }
        let capitalised = bytes[bytes.count - 2] == UInt8(ascii: "I")
        return capitalised && ((UInt8(ascii: "a")...UInt8(ascii: "z")).contains(before) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(before))
    }
}
