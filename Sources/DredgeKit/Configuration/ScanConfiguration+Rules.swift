extension ScanConfiguration {
    /// Kinds whose secrets are not random by nature (a default password, a path), so `min_entropy` leaves them alone.
    static let entropyExempt: Set<Rule.Kind> = [.weakCredential, .file, .pii]

    /// The rules to run: without those in `disable_rules` (an id no rule has is an error naming its line), and with
    /// entropy floors raised to `min_entropy`.
    func rules(from rules: [Rule]) throws -> [Rule] {
        let known = Set(rules.map(\.id))
        for disabled in disabledRules where !known.contains(disabled.id) {
            throw DredgeError.invalidConfiguration(file: file ?? Self.fileName, line: disabled.line,
                                                   message: "`disable_rules`: no rule has the id `\(disabled.id)`")
        }
        let disabled = Set(disabledRules.map(\.id))
        return rules.filter { !disabled.contains($0.id) }.map { rule in
            var rule = rule
            if let minEntropy, !Self.entropyExempt.contains(rule.kind) {
                rule.minEntropy = max(rule.minEntropy, minEntropy)
                rule.entropyFloorIsStrict = true
            }
            return rule
        }
    }
}
