import Foundation

extension RecordExtractor {
    /// The namespaces of ISO 20022 payment files that list people: customer credit transfers (`pain.001`, a payroll
    /// or supplier run), direct debits (`pain.008`, a member or customer collection) and account statements and
    /// notifications (`camt.052`/`camt.053`/`camt.054`).
    static let iso20022Namespaces = [
        "urn:iso:std:iso:20022:tech:xsd:pain.001", "urn:iso:std:iso:20022:tech:xsd:pain.008",
        "urn:iso:std:iso:20022:tech:xsd:camt.052", "urn:iso:std:iso:20022:tech:xsd:camt.053",
        "urn:iso:std:iso:20022:tech:xsd:camt.054",
    ].map { Array($0.utf8) }

    /// True when the first 4 KiB name one of `iso20022Namespaces` (the document element's `xmlns`).
    static func isISO20022PaymentFile(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let probe = Array(bytes.prefix(4096))
        return iso20022Namespaces.contains { needle in
            guard probe.count >= needle.count else { return false }
            return (0...(probe.count - needle.count)).contains { start in
                probe[start] == needle[0] && probe[start..<(start + needle.count)].elementsEqual(needle)
            }
        }
    }

    /// An ISO 20022 payment file (SEPA and other schemes' XML): each transaction, `<CdtTrfTxInf>` of a credit
    /// transfer, `<DrctDbtTxInf>` of a direct debit or `<TxDtls>` of a statement entry, is a record of the first
    /// party name in it (`<Cdtr><Nm>`, `<Dbtr><Nm>`, keyed `full_name`) and its first `<IBAN>` (keyed `iban`), so a
    /// payroll run counts as a CSV of names and IBANs would. The initiating party and the debtor account of the
    /// group header are outside every transaction and not read. False when the text names no such namespace.
    static func iso20022(_ bytes: UnsafeRawBufferPointer, into tally: inout PersonalDataTally) -> Bool {
        guard isISO20022PaymentFile(bytes) else { return false }
        let text = String(decoding: bytes, as: UTF8.self)
        for tag in ["CdtTrfTxInf", "DrctDbtTxInf", "TxDtls"] {
            var rest = text[...]
            while let open = rest.range(of: "<\(tag)>") {
                guard let close = rest[open.upperBound...].range(of: "</\(tag)>") else { break }
                let transaction = rest[open.upperBound..<close.lowerBound]
                rest = rest[close.upperBound...]
                tally.rowsScanned += 1
                let name = ["<Cdtr>", "<Dbtr>", "<UltmtCdtr>", "<UltmtDbtr>"].lazy
                    .compactMap { party in transaction.range(of: party).flatMap { element("Nm", in: transaction[$0.upperBound...]) } }
                    .first
                let iban = element("IBAN", in: transaction)
                tally.addRecord(keys: ["full_name", "iban"], values: [name, iban])
            }
        }
        return true
    }

    /// The text of the first `<name>…</name>` in `text`, trimmed; nil when there is none or it is empty.
    private static func element(_ name: String, in text: Substring) -> String? {
        guard let open = text.range(of: "<\(name)>"),
              let close = text[open.upperBound...].range(of: "</\(name)>") else { return nil }
        let value = text[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespacesAndNewlines)
        return value.isEmpty ? nil : value
    }
}
