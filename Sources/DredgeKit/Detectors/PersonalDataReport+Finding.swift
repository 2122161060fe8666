extension PersonalDataReport {
    /// Severity from what the store holds and how much: cards, IBANs and national ids are high, as are ten or more
    /// emails at real domains; a store of made-up people (example.com addresses, fictional 555-01xx numbers, and the
    /// cards a load generator gives them) is low, still reported.
    var severity: Severity {
        if isReservedTestData { return .low }
        if cards > 0 || nationalIDs > 0 || ibans > 0 { return .high }
        return emails - reservedDomainEmails >= 10 ? .high : .medium
    }

    /// The facts a finding carries, shown by every report: the summary line, the counts, keys and redacted samples.
    var validation: Validation {
        var details: [(String, String)] = [("summary", summary), ("format", format.rawValue), ("records", String(records))]
        for (name, count) in [("emails", emails), ("reserved_domain_emails", reservedDomainEmails), ("phones", phones),
                              ("cards", cards), ("ibans", ibans), ("national_ids", nationalIDs)] where count > 0 {
            details.append((name, String(count)))
        }
        if !keys.isEmpty { details.append(("keys", keys.joined(separator: ", "))) }
        if !tables.isEmpty { details.append(("tables", tables.joined(separator: ", "))) }
        if !samples.isEmpty { details.append(("samples", samples.joined(separator: ", "))) }
        if truncated { details.append(("truncated", "true")) }
        if isReservedTestData { details.append(("test_data", "true")) }
        if isDocumentText { details.append(("document_text", "true")) }
        return Validation(.unchecked, details)
    }
}
