@testable import DredgeKit
import Foundation
import GRDB
import Testing

/// The personal-data analyzer on real files generated here with deterministic, synthetic values (reserved and
/// fictional ranges where they exist: 555 numbers, Ofcom's drama ranges, test card and IBAN shapes).
@Suite struct PersonalDataScannerTests {
    // MARK: - JSON, NDJSON

    @Test func nestedEventsJSONCountsPeopleOnce() throws {
        let people = (0..<50).map { index in
            """
            {"id": \(index), "type": "signup", "ts": \(1_700_000_000 + index), "event_data": {"Email": "user\(index)@mail\(index % 5).com", \
            "Phone": "+1 415-638-\(String(format: "%04d", 100 + index))", "Name": "Person \(index)", "plan": "pro"}}
            """
        }
        // One person signs up twice: distinct counts must not double.
        let json = #"{"version": "2.1.0", "events": ["# + (people + [people[7]]).joined(separator: ",\n") + "]}"
        let report = try #require(analyze("exports/events.json", json))
        #expect(report.format == .json)
        #expect(report.records == 51)
        #expect(report.emails == 50)
        #expect(report.phones == 50)
        #expect(report.reservedDomainEmails == 0)
        #expect(report.keys == ["Email", "Phone", "Name"])
        #expect(report.nameValues == 51)
        #expect(report.samples == ["u***@mail0.com", "+1 ***-***-0100"])
        #expect(report.summary == "51 records, 50 distinct emails, 50 phone numbers; keys Email, Phone, Name")
    }

    /// Crypto test vectors: hex nonces that happen to pass mod-97 after a country code (`ad…`) and all-digit IVs that
    /// pass Luhn are bytes, not bank accounts or cards.
    @Test func cryptoTestVectorsAreNoDataStore() throws {
        let nonces = ["ad069f945ffa4d1278220ad2", "ad832a63b257c01d196cc53c", "ad68cfffb5423bd9c3d03e12", "ad529d39cb2ff16d74275ade"]
        let ivs = ["5357552048759219", "5993135871879419", "4145104940678285"]
        var tests: [String] = []
        for (index, nonce) in (nonces + nonces + nonces).enumerated() {
            tests.append(#"{"tcId": \#(index + 1), "nonce": "\#(nonce)", "iv": "\#(ivs[index % 3])", "msg": "\#(ivs[(index + 1) % 3])", "ct": "00ff", "result": "valid"}"#)
        }
        let json = #"{"algorithm": "AES-GCM", "testGroups": [{"tests": ["# + tests.joined(separator: ",\n") + "]}]}"
        #expect(analyze("Tests/Vectors/aes_gcm_test.json", json) == nil)
        // The same values under field names that do hold account numbers still count.
        let accounts = (0..<12).map { #"{"account": "\#(["AD1200012030200359100100", "DE89370400440532013000", "GB82WEST12345698765432"][$0 % 3])", "card": "\#(ivs[$0 % 3])"}"# }
        #expect(analyze("exports/accounts.json", "[" + accounts.joined(separator: ",\n") + "]") != nil)
    }

    @Test func ndjsonByExtensionAndByContent() throws {
        let lines = (0..<20).map { index in
            #"{"user_id": \#(index), "email": "member\#(index)@post.example-mail.de", "mobile": "07700 900\#(String(format: "%03d", index))", "active": true}"#
        }
        let text = lines.joined(separator: "\n") + "\n"
        for path in ["exports/users.ndjson", "exports/users.jsonl", "exports/users-dump"] {
            let report = try #require(analyze(path, text), "\(path)")
            #expect(report.format == .ndjson, "\(path)")
            #expect(report.records == 20)
            #expect(report.emails == 20)
            #expect(report.phones == 20)
            #expect(report.keys == ["email", "mobile"])
            #expect(report.rowsScanned == 20)
            #expect(report.fictionalPhones == 20)  // Ofcom's drama range 07700 900xxx
        }
    }

    /// Documents over `RecordExtractor.wholeDocumentLimit` are read as a token stream: same counts and keys.
    @Test func streamingReaderAgreesWithJSONSerialization() throws {
        let people = (0..<30).map { index in
            #"{"id": \#(index), "profile": {"first_name": "Ann\#(index)", "contact": {"email": "ann\#(index)\u0040corp.io", "#
                + #""phones": ["+44 20 7946 \#(String(format: "%04d", index))", "07700 900\#(String(format: "%03d", index))"]}}, "#
                + #""tags": [["x", "y"], ["z"]], "score": -1.5e3, "ok": true, "none": null, "note": "say \"hi\"\n"}"#
        }
        let documents = [
            "[" + people.joined(separator: ",") + "]",
            #"{"data": {"rows": ["# + people.joined(separator: ",") + #"], "emails": [["a@corp.io", "b@corp.io"]]}}"#,
            #"{"jane@corp.io": {"ssn": "123-45-6789"}, "sam@corp.io": {"ssn": "234-56-7890"}, "ada@corp.io": {"ssn": "345-67-8901"}, "list": [], "empty": {}}"#,
        ]
        for document in documents {
            let (whole, wholeAccepted) = Self.tally(document) { RecordExtractor.json($0, into: &$1, wholeDocumentLimit: .max) }
            let (stream, streamAccepted) = Self.tally(document) { RecordExtractor.json($0, into: &$1, wholeDocumentLimit: 0) }
            #expect(wholeAccepted && streamAccepted)
            var expected = try #require(whole.report(format: .json))
            var actual = try #require(stream.report(format: .json))
            #expect(Set(expected.samples) == Set(actual.samples))
            expected.samples = []
            actual.samples = []
            #expect(actual == expected)
        }
        let first = try #require(Self.tally(documents[0]) { RecordExtractor.json($0, into: &$1, wholeDocumentLimit: 0) }.0
            .report(format: .json))
        #expect(first.records == 60)  // profile (first_name) and contact (email, phones) of each person
        #expect(first.emails == 30)
        #expect(first.phones == 60)
        #expect(first.keys == ["first_name", "email", "phones"])

        for malformed in [#"{"a": }"#, "[1, 2", #"{"a" 1}"#, #""just a string""#, "{} {}", #"{"a": tru}"#, "[1 2]", "]"] {
            #expect(!Self.tally(malformed) { RecordExtractor.json($0, into: &$1, wholeDocumentLimit: .max) }.1, "\(malformed)")
            #expect(!Self.tally(malformed) { RecordExtractor.json($0, into: &$1, wholeDocumentLimit: 0) }.1, "\(malformed)")
        }
        // Several top-level objects are NDJSON, not a JSON document.
        #expect(Self.tally("{\"a\": 1}\n{\"b\": 2}") { RecordExtractor.jsonStream($0, into: &$1) == 2 }.1)
    }

    // MARK: - CSV, TSV

    @Test func csvExportWithQuotedCommas() throws {
        var csv = "id,name,email,phone,city,signup_date\r\n"
        for index in 0..<12 {
            csv += "\(index),\"Doe, Jane \(index)\",jane.doe\(index)@corp-mail.com,(555) 123-\(4500 + index),\"Springfield, IL\",2024-01-\(10 + index)\r\n"
        }
        // A quoted field with a doubled quote and a line break inside must not shift the columns.
        csv += "12,\"O\"\"Brien,\nSean\",sean@corp-mail.com,(555) 123-4599,Dublin,2024-02-01\r\n"
        let report = try #require(analyze("exports/customers.csv", csv))
        #expect(report.format == .csv)
        #expect(report.records == 13)
        #expect(report.emails == 13)
        #expect(report.phones == 13)
        #expect(report.keys == ["name", "email", "phone", "city"])
        #expect(report.nameValues == 13)
        #expect(report.addressValues == 13)
        #expect(report.summary == "13 records, 13 distinct emails, 13 phone numbers; keys name, email, phone, city")
    }

    @Test func semicolonCSVAndHeaderlessCSV() throws {
        let semicolons = "Name;E-Mail;Telefon\n" + (0..<5).map { "Person \($0);p\($0)@firma.de;+49 30 901820\($0)" }
            .joined(separator: "\n")
        let report = try #require(analyze("kunden.csv", semicolons))
        #expect(report.records == 5)
        #expect(report.emails == 5)
        #expect(report.phones == 5)
        let headerless = (0..<4).map { "Person \($0),p\($0)@firma.de,+49 30 901820\($0)" }.joined(separator: "\n")
        let second = try #require(analyze("kunden.csv", headerless))
        #expect(second.records == 4)
        #expect(second.keys == ["column 2", "column 3"])
    }

    @Test func excelExportsInUTF16AndWithByteOrderMark() throws {
        let rows = (0..<6).map { "Person \($0)\tp\($0)@firma.de\t+49 30 901820\($0)" }
        let tsv = "Name\tEmail\tPhone\r\n" + rows.joined(separator: "\r\n")
        let utf16 = Data([0xFF, 0xFE]) + tsv.data(using: .utf16LittleEndian)!
        let report = try #require(utf16.withUnsafeBytes { PersonalDataScanner.analyze(path: "export.txt", bytes: $0) })
        #expect(report.format == .tsv)
        #expect(report.records == 6)
        #expect(report.keys == ["Name", "Email", "Phone"])
        let csv = Data([0xEF, 0xBB, 0xBF]) + Data(tsv.replacingOccurrences(of: "\t", with: ",").utf8)
        let second = try #require(csv.withUnsafeBytes { PersonalDataScanner.analyze(path: "export.csv", bytes: $0) })
        #expect(second.keys == ["Name", "Email", "Phone"])
    }

    @Test func tsvWithNationalIDsAndIBANs() throws {
        var tsv = "first_name\tlast_name\tssn\tiban\tdob\n"
        for index in 0..<8 {
            let ssn = "\(123 + index)-\(45 + index)-\(6789 - index)"
            let iban = Self.iban(country: "GB", bban: "WEST1234569876\(String(format: "%04d", index))")
            tsv += "Ann\(index)\tLee\t\(ssn)\t\(iban)\t1990-01-\(10 + index)\n"
        }
        // Never-issued ranges: area 000, 666, 900-999; group 00; serial 0000. And a mistyped IBAN.
        for ssn in ["000-12-3456", "666-12-3456", "900-12-3456", "987-65-4321", "123-00-4567", "123-45-0000"] {
            tsv += "Bad\tSSN\t\(ssn)\tGB82WEST12345698765433\t\n"
        }
        let report = try #require(analyze("hr/people.tsv", tsv))
        #expect(report.format == .tsv)
        #expect(report.nationalIDs == 8)
        #expect(report.ibans == 8)
        #expect(report.records == 14)  // the bad rows still name a person (first_name)
        #expect(report.keys == ["first_name", "last_name", "ssn", "iban", "dob"])
        #expect(report.birthDateValues == 8)
        #expect(report.samples.count == 2)
        #expect(report.samples.first?.hasPrefix("GB****") == true)
        #expect(report.samples.last == "***-**-6789")
    }

    // MARK: - SQL dumps

    @Test func mysqlDumpWithMultiRowInsert() throws {
        var rows: [String] = []
        var cards: [String] = []
        for index in 0..<15 {
            let card = Self.cardNumber(prefix: "4", length: 16, seed: index)
            cards.append(card)
            let grouped = stride(from: 0, to: 16, by: 4).map { start in
                String(card.dropFirst(start).prefix(4))
            }.joined(separator: " ")
            rows.append("(\(index),'Ann O\\'Neil \(index)','ann\(index)@shop.co.uk','+44 20 7946 \(String(format: "%04d", index))','\(grouped)',NULL,now())")
        }
        let dump = """
            -- MySQL dump 10.13  Distrib 8.0.36
            /*!40101 SET NAMES utf8mb4 */;
            DROP TABLE IF EXISTS `customers`;
            CREATE TABLE `customers` (
              `id` int NOT NULL AUTO_INCREMENT,
              `full_name` varchar(255) DEFAULT NULL,
              `email` varchar(255) NOT NULL,
              `phone` varchar(32) DEFAULT NULL,
              `card_number` varchar(32) DEFAULT NULL,
              `notes` text,
              `created_at` datetime DEFAULT NULL,
              PRIMARY KEY (`id`),
              UNIQUE KEY `email` (`email`)
            ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
            LOCK TABLES `customers` WRITE;
            INSERT INTO `customers` VALUES \(rows.joined(separator: ","));
            UNLOCK TABLES;
            INSERT INTO `settings` (`key`, `value`) VALUES ('theme','dark'),('build','10.0.19045');
            """
        let report = try #require(analyze("backups/shop.sql", dump))
        #expect(report.format == .sql)
        #expect(report.records == 15)
        #expect(report.rowsScanned == 17)
        #expect(report.emails == 15)
        #expect(report.phones == 15)
        #expect(report.cards == 15)
        #expect(report.keys == ["full_name", "email", "phone", "card_number"])
        #expect(report.tables == ["customers"])
        #expect(!report.samples.contains { sample in cards.contains { sample.contains($0.suffix(8)) } })
    }

    @Test func postgresDumpWithColumnListAndCopy() throws {
        let dump = """
            SET standard_conforming_strings = on;
            CREATE TABLE public.patients (
                id integer NOT NULL,
                email text,
                date_of_birth date,
                notes text
            );
            CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN NEW.notes := 'it''s; fine'; RETURN NEW; END; $$;
            INSERT INTO public.patients (id, email, date_of_birth, notes) VALUES (1, 'p1@clinic.org', '1980-02-03', 'C:\\temp'), (2, 'p2@clinic.org', '1981-02-03', NULL);
            COPY public.patients (id, email, date_of_birth, notes) FROM stdin;
            3\tp3@clinic.org\t1982-02-03\t\\N
            4\tp4@clinic.org\t1983-02-03\tline\\nbreak
            \\.
            SELECT pg_catalog.setval('public.patients_id_seq', 4, true);
            """
        let report = try #require(analyze("db/seed.sql", dump))
        #expect(report.records == 4)
        #expect(report.emails == 4)
        #expect(report.keys == ["email", "date_of_birth"])
        #expect(report.birthDateValues == 4)
        #expect(report.tables == ["patients"])
    }

    // MARK: - vCard

    /// A contacts export: each card a record, its EMAIL, TEL, ADR and BDAY read under parameters (`;TYPE=CELL`),
    /// group prefixes (`item1.`) and folded lines; CRLF as vCard writes it. A single card (one person's own) is no
    /// data store, and the same cards under a `.txt` name are not read as vCard.
    @Test func vcardExportIsReadCardByCard() throws {
        let cards = (0..<6).map { index in
            [
                "BEGIN:VCARD", "VERSION:3.0", "N:Lindqvist\(index);Ana;;;", "FN:Ana Lindqvist\(index)",
                "item1.EMAIL;TYPE=INTERNET;TYPE=HOME:ana.lindqvist\(index)@", " post.example-mail.de",
                "TEL;TYPE=CELL:+49 1523 77482\(String(format: "%02d", index))",
                "ADR;TYPE=HOME:;;Lindenstrasse \(index + 3);Kassel;;34117;Germany", "BDAY:1984-03-1\(index)", "END:VCARD",
            ].joined(separator: "\r\n")
        }
        let text = cards.joined(separator: "\r\n") + "\r\n"
        let report = try #require(analyze("exports/crm-contacts.vcf", text))
        #expect(report.format == .vcard)
        #expect(report.records == 6)
        #expect(report.emails == 6)
        #expect(report.phones == 6)
        #expect(report.keys == ["full_name", "email", "tel", "address", "bday"])
        #expect(analyze("team/ana.vcf", cards[0] + "\r\n") == nil)
        #expect(analyze("notes/contacts.txt", text) == nil)
    }

    // MARK: - iCalendar and mbox (blind19d)

    /// An event's attendee list: each ATTENDEE and ORGANIZER a record of its CN and mailto address, quoted
    /// parameters (a colon or semicolon inside `CN="…"`) and folded lines read. One organizer over many events is
    /// one address, no data store; a text without BEGIN:VCALENDAR is not read as a calendar.
    @Test func icalendarAttendeesAreRecords() throws {
        let attendees = (0..<5).map { index in
            "ATTENDEE;CN=\"Duarte; Ines \(index)\";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ines.duarte\(index)@\r\n gmx.net"
        }
        let text = (["BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", "SUMMARY:Panel: Q4",
                     "ORGANIZER;CN=\"Roe: Jane\":mailto:jane.roe@corp-mail.io"] + attendees + ["END:VEVENT", "END:VCALENDAR"])
            .joined(separator: "\r\n") + "\r\n"
        let report = try #require(analyze("exports/panel.ics", text))
        #expect(report.format == .icalendar)
        #expect(report.records == 6)
        #expect(report.emails == 6)
        #expect(report.keys == ["full_name", "email"])
        let organizerOnly = "BEGIN:VCALENDAR\n" + String(repeating: "BEGIN:VEVENT\nORGANIZER;CN=Jane Roe:mailto:jane.roe@corp-mail.io\nEND:VEVENT\n", count: 5) + "END:VCALENDAR\n"
        #expect(analyze("calendars/standups.ics", organizerOnly) == nil)
        #expect(analyze("exports/panel.ics", text.replacingOccurrences(of: "BEGIN:VCALENDAR", with: "BEGIN:NOTES")) == nil)
    }

    /// A mailbox export: each message (an RFC 4155 `From ` envelope line, then its header) a record of its sender's
    /// name and address, a folded `From:` header joined; bodies are not read. A file that does not open with an
    /// envelope line is no mailbox.
    @Test func mboxSendersAreRecords() throws {
        let messages = (0..<4).map { index in
            [
                "From kofi.mensah\(index)@proton.me  Mon Nov  9 09:1\(index):22 2026",
                "From: \"Kofi Mensah \(index)\"", " <kofi.mensah\(index)@proton.me>", "To: support@corp-mail.io",
                "Subject: Delivery", "", "Please call me on +44 7700 900\(index)12.", "From the desk of nobody", "",
            ].joined(separator: "\n")
        }
        let text = messages.joined(separator: "\n")
        let report = try #require(analyze("Mail/support.mbox", text))
        #expect(report.format == .mbox)
        #expect(report.records == 4)
        #expect(report.emails == 4)
        #expect(report.phones == 0)
        #expect(report.keys == ["full_name", "email"])
        #expect(analyze("Mail/support.mbox", "Notes\n" + text) == nil)
    }

    /// An ISO 20022 payment file (a SEPA payroll run): each transaction a record of its party's name and IBAN; the
    /// group header's initiating party and debtor account are no record. The same XML without the pain.001
    /// namespace is markup, not read; one transaction is below the floor.
    @Test func iso20022PaymentTransactionsAreRecords() throws {
        let ibans = ["DE14697738208419824188", "FR8640896329113271891895905", "DE84652602518342569443"]
        let transactions = ibans.enumerated().map { index, iban in
            "<CdtTrfTxInf><PmtId><EndToEndId>PAY-\(index)</EndToEndId></PmtId><Amt><InstdAmt Ccy=\"EUR\">2\(index)10.00</InstdAmt></Amt>\n"
                + "<Cdtr><Nm>Kofi Mensah \(index)</Nm></Cdtr><CdtrAcct><Id><IBAN>\(iban)</IBAN></Id></CdtrAcct></CdtTrfTxInf>"
        }
        let text = (["<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                     "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.09\"><CstmrCdtTrfInitn>",
                     "<GrpHdr><InitgPty><Nm>Corp Ltd</Nm></InitgPty></GrpHdr><PmtInf><Dbtr><Nm>Corp Ltd</Nm></Dbtr>",
                     "<DbtrAcct><Id><IBAN>DE86463316371033955917</IBAN></Id></DbtrAcct>"]
            + transactions + ["</PmtInf></CstmrCdtTrfInitn></Document>"]).joined(separator: "\n")
        let report = try #require(analyze("payroll/salaries.xml", text))
        #expect(report.format == .iso20022)
        #expect(report.records == 3)
        #expect(report.ibans == 3)
        #expect(report.keys == ["full_name", "iban"])
        #expect(analyze("payroll/salaries.xml", text.replacingOccurrences(of: "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09", with: "urn:corp:payroll")) == nil)
        #expect(analyze("payroll/one.xml", text.replacingOccurrences(of: transactions[1] + "\n" + transactions[2], with: "")) == nil)
    }

    /// An HL7 v2 admissions feed: each PID segment a record of the patient's name, birth date, address, phone (the
    /// telephone component, or the area and local number components) and SSN; MSH, EVN and PV1 segments are none.
    /// Segments end at CR as the standard says, or at LF as files on disk often do. One patient is below the floor,
    /// and the same segments without an `MSH` header are not read as HL7.
    @Test func hl7v2PatientSegmentsAreRecords() throws {
        let patients = [
            "PID|1||5520931^^^HOSP^MR||OKONJO^ADAEZE^N||19790411|F|||14 Wren Close^^Millbrook^NY^12545||^PRN^PH^^1^845^6620419|||||V1|224-61-9083",
            "PID|1||5520932^^^HOSP^MR~318-52-7716^^^USSSA^SS||BERGSTROM^NILS||19581203|M|||802 Orchard Ave^^Rhinebeck^NY^12572||(845)314-2286|||||V2|318-52-7716",
            "PID|1||5520933^^^HOSP^MR||QUISPE^ROSA||20010718|F|||7 Mill Lane^^Tivoli^NY^12583||^PRN^CP^^1^914^2275031|||||V3|509-33-4162",
        ]
        let messages = patients.enumerated().map { index, pid in
            "MSH|^~\\&|ADMIT|HOSP|EHR|HOSP|20261130091\(index)||ADT^A04^ADT_A01|Q\(index)|P|2.5.1\rEVN|A04|20261130091\(index)\r\(pid)\rPV1|1|O|CLINIC^2^1"
        }
        for separator in ["\r", "\n", "\r\n"] {
            let text = messages.joined(separator: "\r").replacingOccurrences(of: "\r", with: separator)
            let report = try #require(analyze("interfaces/inbound/adt.hl7", text))
            #expect(report.format == .hl7v2)
            #expect(report.records == 3)
            #expect(report.phones == 3)
            #expect(report.nationalIDs == 3)
            #expect(report.keys == ["full_name", "dob", "address", "phone", "ssn"])
        }
        #expect(analyze("interfaces/inbound/one.hl7", messages[0]) == nil)
        #expect(analyze("interfaces/inbound/adt.hl7", patients.joined(separator: "\r")) == nil)
    }

    /// blind22d: a GEDCOM family tree: each living individual (`0 @I…@ INDI`) a record of name, birth date, address,
    /// phone and email; a person with a death event is history, not personal data, and a tree of ancestors alone
    /// is none. The same lines without the `0 HEAD` header are not read as GEDCOM.
    @Test func gedcomLivingIndividualsAreRecords() throws {
        func person(_ id: Int, _ name: String, _ born: String, _ phone: String, _ email: String, died: Bool = false) -> String {
            "0 @I\(id)@ INDI\n1 NAME \(name)\n1 SEX F\n1 BIRT\n2 DATE \(born)\n2 PLAC Aarhus\n"
                + (died ? "1 DEAT\n2 DATE 1931\n" : "")
                + "1 RESI\n2 ADDR 4 Kaj Munks Vej\n2 PHON \(phone)\n2 EMAIL \(email)\n"
        }
        let living = [person(1, "Signe /Halvorsen/", "3 MAR 1984", "+45 31 72 94 05", "signe.halvorsen@mail.test"),
                      person(2, "Ole /Halvorsen/", "19 JUL 1956", "+45 26 18 40 77", "ole.h@mail.test"),
                      person(3, "Karin /Dahl/", "8 JAN 2001", "+45 42 90 13 68", "karin.dahl@mail.test")]
        let header = "0 HEAD\n1 SOUR Gramps\n1 GEDC\n2 VERS 5.5.1\n1 CHAR UTF-8\n"
        for separator in ["\n", "\r\n"] {
            let text = (header + living.joined() + "0 TRLR\n").replacingOccurrences(of: "\n", with: separator)
            let report = try #require(analyze("family/halvorsen.ged", text))
            #expect(report.format == .gedcom)
            #expect(report.records == 3)
            #expect(report.emails == 3)
            #expect(report.phones == 3)
        }
        let ancestors = (1...3).map { person($0, "Anders /Halvorsen/", "\($0) MAY 1850", "", "", died: true) }.joined()
        #expect(analyze("family/ancestors.ged", header + ancestors + "0 TRLR\n") == nil)
        #expect(analyze("family/halvorsen.ged", living.joined()) == nil)
    }

    /// blind22d: an SMS Backup & Restore backup: each message a record of the correspondent's number and contact name
    /// (`(Unknown)` is no name); an XML file of another root is not read this way.
    @Test func smsBackupMessagesAreRecords() throws {
        let messages = [("+4917631840275", "Mara Lindqvist"), ("+4915209184736", "(Unknown)"), ("+4916094712358", "Jonas Berger"),
                        ("+4917631840275", "Mara Lindqvist")].map { number, name in
            "  <sms protocol=\"0\" address=\"\(number)\" date=\"1764400000000\" type=\"1\" body=\"see you at 6\" read=\"1\" contact_name=\"\(name)\" />"
        }
        let text = "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<!--File Created By SMS Backup & Restore-->\n<smses count=\"4\">\n"
            + messages.joined(separator: "\n") + "\n</smses>\n"
        let report = try #require(analyze("backups/sms-20261130.xml", text))
        #expect(report.format == .smsBackup)
        #expect(report.records == 4)
        #expect(report.phones == 3)
        #expect(analyze("config/messages.xml", text.replacingOccurrences(of: "smses", with: "messages")) == nil)
    }

    /// blind22d: a NACHA ACH file (a payroll run): each entry detail record (`6…`) a record of the receiver's name;
    /// 94-character records under a file header (`101…`) and a batch header (`5…`). One entry is below the floor.
    @Test func nachaEntryDetailRecordsAreRecords() throws {
        func pad(_ text: String) -> String { text.padding(toLength: 94, withPad: " ", startingAt: 0) }
        let header = [pad("101 021000021 1234567892611300900A094101FIRST NATIONAL         ACME CORP"),
                      pad("5220ACME CORP                           1234567890PPDPAYROLL   261130261201   1021000020000001")]
        let entries = [("4417293058", "NDIAYE AWA"), ("9021837465", "HALVORSEN TORE"), ("5530918274", "CASTILLO MARISOL")]
            .enumerated().map { index, entry in
                pad("62202100002" + entry.0.padding(toLength: 17, withPad: " ", startingAt: 0) + "0000312000"
                    + "EMP\(index)".padding(toLength: 15, withPad: " ", startingAt: 0)
                    + entry.1.padding(toLength: 22, withPad: " ", startingAt: 0) + "  0021000020000001")
            }
        let text = (header + entries + [pad("9000001000001")]).joined(separator: "\n") + "\n"
        let report = try #require(analyze("payroll/PPD_20261130.ach", text))
        #expect(report.format == .nacha)
        #expect(report.records == 3)
        #expect(analyze("payroll/one.ach", (header + [entries[0]]).joined(separator: "\n")) == nil)
    }

    // MARK: - SQLite

    @Test func sqliteDatabaseBuiltWithGRDB() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dredge-pii-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let leftoversBefore = Self.analyzerTemporaryFiles()

        for walMode in [false, true] {
            let path = directory.appendingPathComponent(walMode ? "wal.sqlite" : "app.db").path
            let queue = try DatabaseQueue(path: path)
            if walMode { _ = try queue.writeWithoutTransaction { try String.fetchOne($0, sql: "PRAGMA journal_mode=WAL") } }
            try queue.write { db in
                try db.execute(sql: "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT, phone INTEGER, full_name TEXT, avatar BLOB)")
                try db.execute(sql: "CREATE TABLE settings (key TEXT, value TEXT)")
                for index in 0..<30 {
                    try db.execute(sql: "INSERT INTO users (email, phone, full_name, avatar) VALUES (?, ?, ?, ?)",
                                   arguments: ["u\(index)@users.net", 14_155_550_100 + index, "User \(index)", Data([0, 1, 2])])
                }
                try db.execute(sql: "INSERT INTO settings VALUES ('version', '10.0.19045'), ('installed', '1700000000')")
            }
            if walMode { _ = try queue.writeWithoutTransaction { try $0.checkpoint(.truncate) } }
            try queue.close()
            let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
            #expect(bytes[18] == (walMode ? 2 : 1))

            let report = try #require(bytes.withUnsafeBytes { PersonalDataScanner.analyze(path: "app/data/app.db", bytes: $0) })
            #expect(report.format == .sqlite)
            #expect(report.records == 30)
            #expect(report.rowsScanned == 32)
            #expect(report.emails == 30)
            #expect(report.phones == 30)  // integers in a column named phone
            #expect(report.keys == ["email", "phone", "full_name"])
            #expect(report.tables == ["users"])
            #expect(!report.truncated)

            let limited = try #require(bytes.withUnsafeBytes {
                PersonalDataScanner.analyze(path: "app.db", bytes: $0, maxRowsPerTable: 10)
            })
            #expect(limited.records == 10)
            #expect(limited.truncated)
        }
        #expect(Self.analyzerTemporaryFiles() == leftoversBefore, "the temporary copy is deleted")

        // A corrupt database is no report, not a crash.
        var corrupt = Array(SQLiteRecords.header) + Array(repeating: UInt8(0xAB), count: 4096)
        corrupt[16] = 0x10
        #expect(corrupt.withUnsafeBytes { PersonalDataScanner.analyze(path: "broken.db", bytes: $0) } == nil)
    }

    // MARK: - Not data stores

    @Test func documentsWithMaintainerEmailsAreNotDataStores() {
        let readme = """
            # libfrob

            Maintainer: Jane Roe <jane.roe@corp.com>
            Co-maintainer: Sam Poe <sam.poe@corp.com>

            Report bugs to the maintainers, or call +44 20 7946 0958.
            """
        #expect(analyze("README.md", readme) == nil)
        #expect(analyze("README", readme) == nil)
        #expect(analyze("docs/notes.txt", readme) == nil)
        #expect(analyze("debian/control", "Source: libfrob\nMaintainer: Jane Roe <jane.roe@corp.com>\nUploaders: Sam Poe <sam.poe@corp.com>\n") == nil)
        #expect(analyze("Sources/App/Contact.swift", #"let support = "help@corp.com"; let sales = "sales@corp.com""#) == nil)
        let people = (0..<30).map { "Person \($0) <p\($0)@corp.com>" }.joined(separator: "\n")
        #expect(analyze("AUTHORS", people) == nil)
        #expect(analyze(".mailmap", people) == nil)
        let sbom = #"{"components": ["# + (0..<20).map { #"{"name": "crate\#($0)", "author": "Dev \#($0) <dev\#($0)@corp.com>"}"# }
            .joined(separator: ",") + "]}"
        #expect(analyze("sboms/app.cyclonedx.json", sbom) == nil)
        #expect(analyze("bom.json", sbom) == nil)
        #expect(analyze("components.json", sbom)?.emails == 20)
    }

    /// A search demo's corpus of scraped forum threads mentions addresses inside the posts' text: documents, scored
    /// low; a customer list with the same addresses in a field of their own is a store, whatever its other fields hold.
    @Test func addressesInsideRunningTextAreDocumentsNotRecords() throws {
        let post = "I followed the deployment guide and the server still fails to load the model after the upgrade. "
            + "The logs show a timeout on the worker, and restarting does not help at all. "
        let threads = (0..<6).map { index in
            #"{"thread": "Load failure \#(index)", "question": "\#(post)Contact me at dev\#(index)@mail\#(index).com if you need the full trace.", "context": "\#(post)"}"#
        }.joined(separator: "\n")
        let corpus = try #require(analyze("data/forum-qa.jsonl", threads))
        #expect(corpus.emails == 6 && corpus.proseEmails == 6 && corpus.isDocumentText)
        let rule = try #require(try PatternPackLoader.builtin().flatMap(\.rules).first { $0.id == "pii.data-store" })
        #expect(ConfidenceScore.score(rule: rule, validation: corpus.validation, paths: ["data/forum-qa.jsonl"]) == .low)
        let customers = (0..<6).map { index in
            #"{"email": "dev\#(index)@mail\#(index).com", "note": "\#(post)"}"#
        }.joined(separator: "\n")
        let store = try #require(analyze("data/customers.jsonl", customers))
        #expect(store.proseEmails == 0 && !store.isDocumentText)
        #expect(ConfidenceScore.score(rule: rule, validation: store.validation, paths: ["data/customers.jsonl"]) == rule.confidence)
    }

    /// A file's contents kept in a JSON field (a gateway's seed of bundled scripts) mention their authors inside the
    /// code, with few spaces if minified: documents, scored low. A dependency list of licence-checker's names each
    /// package's publisher, no person on file.
    @Test func filesContentsAndPackageListsAreNoStoresOfPeople() throws {
        let script = "!function(e){var t=e.length;for(var n=0;n<t;n++){e[n]=e[n]*2}return e}(window.items||[]);" + String(repeating: "x=y+1;", count: 30)
        let files = (0..<4).map { index in
            #"{"path": "static/js/lib\#(index).min.js", "contents": "/*! @author Dev \#(index) <dev\#(index)@mail\#(index).com> */\#(script)"}"#
        }.joined(separator: ",\n")
        let bundle = try #require(analyze("spec/fixtures/01_initial_files.json", "[" + files + "]"))
        #expect(bundle.emails == 4 && bundle.isDocumentText)
        let packages = (0..<6).map { index in
            #""pkg\#(index)@1.0.\#(index)": {"licenses": "MIT", "repository": "https://github.com/dev\#(index)/pkg\#(index)", "publisher": "Dev \#(index)", "email": "dev\#(index)@mail\#(index).com", "licenseFile": "node_modules/pkg\#(index)/LICENSE"}"#
        }.joined(separator: ",\n")
        #expect(analyze("licenses/dependencies.json", "{" + packages + "}") == nil)
        // A long field that is mostly addresses is a list of people, and records without a licence are records.
        let list = (0..<20).map { "member\($0)@mail\($0).com" }.joined(separator: ";")
        let lists = try #require(analyze("exports/lists.json", #"[{"name": "all", "members": "\#(list)"}, {"name": "x", "members": "a@b.org"}]"#))
        #expect(lists.emails >= 20 && lists.proseEmails == 0)
    }

    /// An export whose records all name one person (created by, modified by, owner) is that person's metadata.
    @Test func recordsOfOnePersonAreNotADataStore() {
        let person = #"{"displayName": "Jane Roe", "uniqueName": "jane.roe@corp.com", "id": "bb3f"}"#
        let pipeline = #"{"name": "release", "createdBy": \#(person), "modifiedBy": \#(person), "owner": \#(person), "stages": [{"rank": 1}]}"#
        #expect(analyze("New release pipeline.json", pipeline) == nil)
        // Two people in the same shape are records of people.
        let other = person.replacingOccurrences(of: "jane.roe", with: "sam.poe")
        let shared = #"{"name": "release", "createdBy": \#(person), "modifiedBy": \#(other), "owner": \#(person)}"#
        #expect(analyze("release.json", shared)?.emails == 2)
    }

    /// A list of surnames and the language each comes from (an NLP course's `surnames.csv`) names nobody; first and
    /// last names side by side, or a surname beside a birth date, are people.
    @Test func onePartOfANameAloneIsNoPerson() {
        let languages = ["English", "French", "Arabic", "Greek"]
        var surnames = "surname,nationality\n"
        for index in 0..<40 { surnames += "Name\(index)son,\(languages[index % 4])\n" }
        #expect(analyze("data/surnames.csv", surnames) == nil)
        var people = "first_name,last_name\n"
        for index in 0..<40 { people += "Ann\(index),Lee\(index)\n" }
        #expect(analyze("crm/people.csv", people)?.records == 40)
        var births = "surname,dob\n"
        for index in 0..<40 { births += "Lee\(index),1990-01-\(10 + index % 20)\n" }
        #expect(analyze("crm/births.csv", births)?.records == 40)
    }

    @Test func packageManifestWithAuthorIsNotADataStore() {
        let manifest = """
            {
              "name": "frob",
              "version": "1.2.3",
              "author": {"name": "Jane Roe", "email": "jane.roe@corp.com", "url": "https://corp.com"},
              "contributors": [
                {"name": "Sam Poe", "email": "sam.poe@corp.com"},
                {"name": "Ada Ng", "email": "ada.ng@corp.com"},
                {"name": "Bo Li", "email": "bo.li@corp.com"}
              ],
              "maintainers": ["Jane Roe <jane.roe@corp.com>"],
              "dependencies": {"left-pad": "^1.3.0"}
            }
            """
        #expect(analyze("package.json", manifest) == nil)
        #expect(analyze("packages/frob/package.json", manifest) == nil)
        #expect(analyze("composer.json", manifest) == nil)
        // The same three people as a record file of their own are a data store.
        #expect(analyze("team.json", manifest)?.records == 5)  // author, contributors, and the root's maintainers
    }

    // MARK: - Decoys

    /// Values that look like numbers but are no phone, card, SSN or IBAN, by class.
    static let decoyClasses: [(String, @Sendable (Int) -> [String: Any])] = [
        ("timestamps", { i in ["created": 1_700_000_000 + i, "created_ms": 1_700_000_000_123 + i, "created_us": 1_700_000_000_123_456 + i,
                               "updated": "\(1_700_000_000 + i)", "at": "2024-01-15T10:30:\(String(format: "%02d", i % 60))Z",
                               "logged": "2024-01-15 10:30:00", "epoch_text": "17000000\(String(format: "%02d", i))"] }),
        ("ISO dates", { i in ["date": "2024-01-\(String(format: "%02d", i % 28 + 1))", "compact": "202401\(String(format: "%02d", i % 28 + 1))",
                              "eu": "15.01.2024", "us": "01/15/2024", "spaced": "2024 01 15", "dmy": "15-01-2024"] }),
        ("version numbers", { i in ["version": "1.2.\(i)", "build": "10.0.\(19045 + i)", "pre": "4.18.2-beta.\(i)",
                                    "tag": "v2.3.\(i)", "four": "1.2.3.\(4567 + i)", "os": "10.0.19045.\(3803 + i)"] }),
        ("order ids", { i in ["order_id": "\(1_002_003_000 + i)", "invoice": "INV-2024-\(String(format: "%06d", i))",
                              "order_ref": "2024-\(String(format: "%06d", 123 + i))", "sku": "100-2003-\(4000 + i)",
                              "long_id": "\(12_345_678_901_234 + i)", "ticket": 98_765_432_100 + i, "tracking": "1Z999AA1012345678\(i % 10)"] }),
        ("prices", { i in ["price": "1299.\(String(format: "%02d", i))", "usd": "$12.50", "total": "1,299,000.00",
                           "eur": "1.299.000,00 €", "spaced": "12 345 678.90", "cents": 129_900 + i, "float": 1_299_000.5] }),
        ("IP addresses", { i in ["ip": "192.168.100.\(100 + i)", "private": "10.0.0.\(i + 1)", "gateway": "172.16.254.\(i + 1)",
                                 "padded": "010.001.002.\(String(format: "%03d", i))", "v6": "2001:db8::ff00:42:\(8329 + i)", "loopback": "::1"] }),
        ("postal codes", { i in ["zip4": "02134-\(1000 + i)", "postcode": "SW1A 1AA", "plz": "10115", "cep": "01310-\(100 + i)",
                                 "zip": "0\(2134 + i)"] }),
        ("UUIDs", { i in ["uuid": "123e4567-e89b-12d3-a456-4266141740\(String(format: "%02d", i))",
                          "numeric_uuid": "12345678-1234-1234-1234-1234567890\(String(format: "%02d", i))",
                          "request_id": "00000000-0000-4000-8000-0000000000\(String(format: "%02d", i))"] }),
    ]

    @Test(arguments: decoyClasses.map(\.0)) func decoysAreNotPhoneNumbers(_ decoyClass: String) throws {
        let make = try #require(Self.decoyClasses.first { $0.0 == decoyClass }?.1)
        let records = (0..<40).map { index in make(index).merging(["email": "user\(index)@corp.io"]) { first, _ in first } }
        let data = try JSONSerialization.data(withJSONObject: ["records": records], options: [.sortedKeys])
        let report = try #require(data.withUnsafeBytes { PersonalDataScanner.analyze(path: "decoys.json", bytes: $0) })
        let values = records.reduce(0) { $0 + $1.count - 1 }
        let miscounted = report.phones + report.cards + report.nationalIDs + report.ibans
        print("decoy class \(decoyClass): \(values) values, \(miscounted) miscounted")
        #expect(report.emails == 40)
        #expect(miscounted == 0, "\(decoyClass): \(report.phones) phones, \(report.cards) cards, \(report.nationalIDs) SSNs, \(report.ibans) IBANs")
        #expect(report.keys.first == "email")
        #expect(report.keys.dropFirst().allSatisfy { PersonalDataKey($0).category == .address }, "\(report.keys)")
    }

    /// The decoys' positive control: the same records with real numbers in them do count.
    @Test func phoneFormatsAreRecognised() {
        let accepted: [(String, String)] = [
            ("(555) 123-4567", "5551234567"), ("555-123-4567", "5551234567"), ("555.123.4567", "5551234567"),
            ("1-800-555-0199", "18005550199"), ("07700 900123", "07700900123"), ("020 7946 0958", "02079460958"),
            ("+44 20 7946 0958", "+442079460958"), ("+44 (0)20 7946 0958", "+442079460958"),
            ("0044 20 7946 0958", "+442079460958"), ("+1 555 123 4567", "+15551234567"), ("+15551234567", "+15551234567"),
            ("+33 1 23 45 67 89", "+33123456789"), ("+49 (30) 901820", "+4930901820"), ("555-123-4567 x89", "5551234567"),
            ("01.23.45.67.89", "0123456789"),
        ]
        for (text, expected) in accepted {
            #expect(Self.phone(text, keySaysPhone: false) == expected, "\(text)")
        }
        let rejected = ["2024-01-15", "20240115", "1700000000", "1.2.3", "10.0.19045", "192.168.100.200", "1299.99",
                        "+99 123 456 789", "+0 555 123 4567", "123-4567", "2024-000123", "555 123 45 67 89 01 23", "1,299.00",
                        "(555 123-4567", "555--123--4567", "0000000000", "02134-1234",
                        "0.0.2-20241214", "0.0.1-1679728194", "0.0.20240730", "+4230-00131", "+404251-0740023"]
        for text in rejected {
            #expect(Self.phone(text, keySaysPhone: false) == nil, "\(text)")
        }
        #expect(Self.phone("4155550123", keySaysPhone: true) == "4155550123")
        #expect(Self.phone("4155550123", keySaysPhone: false) == nil)
    }

    // MARK: - Cards, reserved domains, samples

    @Test func cardsFailingLuhnAreNotCounted() throws {
        var records: [[String: Any]] = []
        for index in 0..<12 {
            let valid = Self.cardNumber(prefix: ["4", "51", "2221", "6011"][index % 4], length: 16, seed: index)
            let last = valid.last!.wholeNumberValue!
            let mistyped = valid.dropLast() + String((last + 1) % 10)
            records.append(["holder": "Card Holder \(index)", "pan": valid, "other_pan": String(mistyped)])
        }
        records.append(["pan": Self.cardNumber(prefix: "37", length: 15, seed: 99)])  // American Express: 15 digits
        records.append(["pan": Self.cardNumber(prefix: "9", length: 16, seed: 5)])  // Luhn-valid, no issuer prefix
        records.append(["pan": Self.cardNumber(prefix: "4", length: 17, seed: 5)])  // Luhn-valid, no Visa length
        let data = try JSONSerialization.data(withJSONObject: records)
        let report = try #require(data.withUnsafeBytes { PersonalDataScanner.analyze(path: "payments.json", bytes: $0) })
        #expect(report.cards == 13)
        #expect(report.records == 13)
        #expect(report.samples.count == 1)
        #expect(report.samples.first?.hasPrefix("************") == true)
    }

    /// Record ids that happen to pass Luhn behind a card network's prefix (a browser feature table's `chrome_id`s) are
    /// ids: the same numbers under a card's field name are cards.
    @Test func identifiersThatPassLuhnAreNotCards() throws {
        let numbers = (0..<20).map { Self.cardNumber(prefix: ["4", "51", "6011"][$0 % 3], length: 16, seed: $0) }
        for key in ["chrome_id", "featureId", "Feature ID", "ID", "id"] {
            let records = numbers.map { [key: $0, "title": "Feature \($0.suffix(3))"] }
            let data = try JSONSerialization.data(withJSONObject: ["data": records])
            #expect(data.withUnsafeBytes { PersonalDataScanner.analyze(path: "data/features.json", bytes: $0) } == nil, "\(key)")
        }
        for key in ["card_number", "pan", "paid", "valid"] {
            let records = numbers.map { [key: $0, "title": "Feature \($0.suffix(3))"] }
            let data = try JSONSerialization.data(withJSONObject: ["data": records])
            let report = try #require(data.withUnsafeBytes { PersonalDataScanner.analyze(path: "data/payments.json", bytes: $0) }, "\(key)")
            #expect(report.cards == numbers.count, "\(key)")
        }
    }

    /// Made-up people (blind23c: opentelemetry-demo's load generator and quote service) carry made-up cards and
    /// phones: shoppers at example.com each with a card, and seed customers at invented firms whose phones are all
    /// `555-01xx` with no area code. A store with more cards than people, or one real phone, is still data.
    @Test func madeUpPeopleAndTheirCardsAreTestData() throws {
        let shoppers = (0..<9).map { ["email": "shopper\($0)@example.com", "creditCardNumber": Self.cardNumber(prefix: "4", length: 16, seed: $0)] }
        let people = try #require(try JSONSerialization.data(withJSONObject: shoppers).withUnsafeBytes {
            PersonalDataScanner.analyze(path: "src/loadgenerator/people.json", bytes: $0)
        })
        #expect(people.cards == 9 && people.reservedDomainEmails == 9)
        #expect(people.isReservedTestData)
        #expect(people.severity == .low)
        let dump = [["email": "billing@example.com"]] + (0..<9).map { ["creditCardNumber": Self.cardNumber(prefix: "4", length: 16, seed: 40 + $0)] }
        let cards = try #require(try JSONSerialization.data(withJSONObject: dump).withUnsafeBytes {
            PersonalDataScanner.analyze(path: "exports/payments.json", bytes: $0)
        })
        #expect(cards.cards == 9 && !cards.isReservedTestData && cards.severity == .high)

        let rows = (1...12).map { "(\($0),'Firm \($0)','Person \($0)','p\($0)@firm\($0).com','555-01\(10 + $0)','\($0) Main St','Austin')" }
        let table = "CREATE TABLE customers (id INT, company_name TEXT, contact_name TEXT, email TEXT, phone TEXT, address TEXT, city TEXT);\n"
        let seed = try #require(analyze("src/sql/quotes.sql", table + "INSERT INTO customers VALUES\n" + rows.joined(separator: ",\n") + ";\n"))
        #expect(seed.emails == 12 && seed.phones == 12 && seed.fictionalPhones == 12)
        #expect(seed.isReservedTestData && seed.severity == .low)
        let real = try #require(analyze("src/sql/quotes.sql", table + "INSERT INTO customers VALUES\n" + (rows + ["(13,'Firm','P','p13@firm13.com','736-0299','1 Main St','Austin')"]).joined(separator: ",\n") + ";\n"))
        #expect(real.phones == 13 && !real.isReservedTestData)
        #expect(PhoneNumber.isFictional("5550101") && !PhoneNumber.isFictional("7360299"))
    }

    @Test func reservedDomainEmailsAreCountedApart() throws {
        let addresses = (0..<5).map { "user\($0)@example.com" } + ["a@qa.test", "b@qa.test", "c@app.test", "d@sub.example.org",
                        "e@EXAMPLE.NET", "root@localhost", "x@mail.invalid", "y@docs.example"]
            + ["real1@gmail.com", "real2@corp.io", "real3@uni.ac.uk", "real4@web.de"]
        let csv = "email,name\n" + addresses.map { "\($0),Someone" }.joined(separator: "\n")
        let report = try #require(analyze("fixtures/users.csv", csv))
        #expect(report.emails == 17)
        #expect(report.reservedDomainEmails == 13)
        #expect(!report.isReservedTestData)
        #expect(report.samples == ["r***@gmail.com"])
        #expect(report.summary == "17 records, 17 distinct emails (13 at reserved domains); keys email, name")

        let onlyTest = try #require(analyze("fixtures/users.csv", "email\n" + addresses.prefix(5).joined(separator: "\n")))
        #expect(onlyTest.isReservedTestData)
        #expect(onlyTest.samples == ["u***@example.com"])

        // Fictional phone ranges are test data too: North American 555-0100..0199, Ofcom's 07700 900xxx, 020 7946 0xxx.
        let fixtures = "email,phone\n" + (0..<6).map { "qa\($0)@example.org,+1 212-555-01\($0)0" }.joined(separator: "\n")
            + "\nqa6@example.org,07700 900123\nqa7@example.org,+44 20 7946 0001"
        let fixture = try #require(analyze("seed.csv", fixtures))
        #expect(fixture.phones == 8)
        #expect(fixture.fictionalPhones == 8)
        #expect(fixture.isReservedTestData)
        #expect(fixture.summary == "8 records, 8 distinct emails (8 at reserved domains), 8 phone numbers (8 in fictional ranges); keys email, phone")
        let real = try #require(analyze("seed.csv", fixtures + "\nqa8@example.org,+1 212-736-0299"))
        #expect(real.fictionalPhones == 8)
        #expect(!real.isReservedTestData)
        // Any line of the 555 exchange is nobody's phone (sample apps' owners at `6085551023`); another exchange is.
        #expect(PhoneNumber.isFictional("6085551023"))
        #expect(PhoneNumber.isFictional("+12125550299"))
        #expect(!PhoneNumber.isFictional("6085561023"))
        let sample = (0..<8).map { "INSERT INTO owners VALUES (\($0), 'George', 'Franklin', '110 W. Liberty St.', 'Madison', '608555\(1023 + 37 * $0)');\n" }.joined()
        let owners = try #require(analyze("db/data.sql", "CREATE TABLE owners (id INT, first_name TEXT, last_name TEXT, address TEXT, city TEXT, telephone TEXT);\n" + sample))
        #expect(owners.phones == 8 && owners.phones == owners.fictionalPhones)
        #expect(owners.isReservedTestData)
        // Test data scores low wherever it lives; a store of one real number beside them does not.
        let rule = try #require(ProviderPrefixesTests.compiled.rules.first { $0.id == "pii.data-store" })
        #expect(ConfidenceScore.score(rule: rule, validation: owners.validation, paths: ["src/main/resources/db/data.sql"]) == .low)
        #expect(ConfidenceScore.score(rule: rule, validation: real.validation, paths: ["exports/customers.csv"]) == .high)
        // A framework's seed script (Spring Boot's data.sql under resources/, a db/seeds file) is a sample app's rows,
        // whatever domains its addresses use; a dump elsewhere is not.
        for seed in ["src/main/resources/db/mysql/data.sql", "src/main/resources/import.sql", "db/seeds.rb.json", "scripts/populateDB.sql"] {
            #expect(ConfidenceScore.score(rule: rule, validation: real.validation, paths: [seed]) == .low, "\(seed)")
        }
        #expect(ConfidenceScore.score(rule: rule, validation: real.validation, paths: ["backups/data.sql"]) == .high)
    }

    @Test func gitRemotesAndURLUsersAreNotEmails() throws {
        let records = (0..<12).map { index in
            ["repository": "git@github.com:org/repo\(index).git", "mirror": "ssh://git@gitlab.com/org/repo\(index)",
             "site": "https://deploy\(index)@files.corp.io/path", "owner": "Owner <owner\(index)@corp.io>"]
        }
        let data = try JSONSerialization.data(withJSONObject: ["repos": records])
        let report = try #require(data.withUnsafeBytes { PersonalDataScanner.analyze(path: "repos.json", bytes: $0) })
        #expect(report.emails == 12)
        #expect(report.keys == ["owner"])
    }

    /// Read on usememos/memos: `go list`'s JSON names each package inside its module
    /// (`golang.org/x/oauth2/internal@golang.org/x/oauth2`): a path goes on after the `@…`, so it is no mailbox.
    @Test func modulePathsAreNotEmails() throws {
        let packages = (0..<12).map { index in
            ["package": "golang.org/x/net\(index)/internal@golang.org/x/net\(index)", "version": "0.\(index).0"]
        }
        let data = try JSONSerialization.data(withJSONObject: ["packages": packages])
        let report = data.withUnsafeBytes { PersonalDataScanner.analyze(path: "golist.json", bytes: $0) }
        #expect(report == nil || report?.emails == 0)
        var found: [String] = []
        EmailAddress.scan("mail ops@corp.io/ or ops@corp.io.") { found.append($0) }
        #expect(found == ["ops@corp.io", "ops@corp.io"])
    }

    /// Homebrew's lock file names bottles `name@version-…` (blind31e, a dotfiles repository's `Brewfile.lock.json`):
    /// package files, not mailboxes; an address at a mail host that happens to be short stays one.
    @Test func packageFilesNamedAtAVersionAreNotEmails() {
        var found: [String] = []
        EmailAddress.scan("\"node@10--10.24.1.big_sur.bottle.tar.gz\" \"pkg@1.2.0.tgz\" lib@4.1.lock ops@shop.co_ ann@mail.md") { found.append($0) }
        #expect(found == ["ann@mail.md"])
    }

    @Test func samplesNeverShowAFullValue() throws {
        let people = (0..<10).map { index in
            ["email": "jane.roe\(index)@gmail.com", "tel": "+1 (415) 555-01\(String(format: "%02d", index))",
             "card": Self.cardNumber(prefix: "52", length: 16, seed: index)]
        }
        let data = try JSONSerialization.data(withJSONObject: ["people": people])
        let report = try #require(data.withUnsafeBytes { PersonalDataScanner.analyze(path: "people.json", bytes: $0) })
        #expect(report.samples.count == 2)
        let secrets = people.flatMap { $0.values } + people.map { $0["tel"]!.filter(\.isNumber) }
        for sample in report.samples {
            #expect(!secrets.contains { sample.contains($0) }, "\(sample)")
            #expect(!sample.contains("jane.roe"))
        }
        #expect(report.samples[0].hasPrefix("j***@gmail.com"))
        #expect(report.samples[1] == "+1 ***-***-0100")
        #expect(!report.summary.contains("@"))
    }

    // MARK: - Scale

    /// Correctness at scale only: its speed is a benchmark's business, not a timed test's (a loaded CI machine
    /// made a wall-clock bound here fail on a build that was fine).
    @Test func fiveMegabyteJSONStreamsToTheSameReport() throws {
        var text = "[\n"
        var index = 0
        while text.utf8.count < 5_000_000 {
            text += #"{"id":\#(index),"email":"person\#(index)@mail.com","phone":"+1 415-555-\#(String(format: "%04d", index % 10_000))","# +
                #""name":"Person \#(index)","created":"2024-01-15T10:30:00Z","tags":["a","b"],"meta":{"ip":"10.0.\#(index % 256).1","v":"1.2.3"}},"# + "\n"
            index += 1
        }
        text += #"{"id":-1}]"#
        let bytes = Array(text.utf8)
        let result = try #require(bytes.withUnsafeBytes { PersonalDataScanner.analyze(path: "big.json", bytes: $0) })
        #expect(result.records == index)
        #expect(result.emails == index)
        #expect(result.phones == 10_000)

        // Over `RecordExtractor.wholeDocumentLimit` the document was read as a token stream; JSONSerialization's
        // tree gives the same report.
        #expect(bytes.count > RecordExtractor.wholeDocumentLimit)
        var tally = PersonalDataTally()
        _ = bytes.withUnsafeBytes { RecordExtractor.json($0, into: &tally, wholeDocumentLimit: .max) }
        #expect(tally.report(format: .json) == result)
    }

    // MARK: - Helpers

    private func analyze(_ path: String, _ text: String) -> PersonalDataReport? {
        Array(text.utf8).withUnsafeBytes { PersonalDataScanner.analyze(path: path, bytes: $0) }
    }

    private static func tally(_ text: String,
                              _ read: (UnsafeRawBufferPointer, inout PersonalDataTally) -> Bool) -> (PersonalDataTally, Bool) {
        var tally = PersonalDataTally()
        let accepted = Array(text.utf8).withUnsafeBytes { read($0, &tally) }
        return (tally, accepted)
    }

    private static func phone(_ text: String, keySaysPhone: Bool) -> String? {
        Array(text.utf8).withUnsafeBufferPointer { PhoneNumber.normalized($0, keySaysPhone: keySaysPhone) }
    }

    private static func analyzerTemporaryFiles() -> Set<String> {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path)) ?? []
        return Set(names.filter { $0.hasPrefix("dredge-sqlite-") })
    }

    /// A `length`-digit number starting with `prefix`, filled from `seed`, with a valid Luhn check digit.
    static func cardNumber(prefix: String, length: Int, seed: Int) -> String {
        var digits = prefix.compactMap(\.wholeNumberValue)
        var state = UInt64(seed) &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        while digits.count < length - 1 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            digits.append(Int((state >> 33) % 10))
        }
        let sum = digits.reversed().enumerated().reduce(0) { sum, pair in
            let doubled = pair.offset % 2 == 0 ? pair.element * 2 : pair.element
            return sum + (doubled > 9 ? doubled - 9 : doubled)
        }
        return digits.map(String.init).joined() + String((10 - sum % 10) % 10)
    }

    /// An IBAN with correct ISO 13616 check digits for `country` and `bban`.
    static func iban(country: String, bban: String) -> String {
        let rearranged = bban + country + "00"
        var remainder = 0
        for character in rearranged {
            let value = character.wholeNumberValue ?? Int(character.asciiValue! - 55)
            for digit in String(value) { remainder = (remainder * 10 + digit.wholeNumberValue!) % 97 }
        }
        return country + String(format: "%02d", 98 - remainder) + bban
    }
}

